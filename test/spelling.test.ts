import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigLoader } from '../src/config/load.js';
import { lintText } from '../src/engine/lint.js';
import { brief, lint } from './helpers/lint.js';

const ROOT = join(import.meta.dirname, '..');
const spelling = (body: string) => lint(`---\nchannel: x/GosportBC\n---\n${body}\n`, 'draft.md', { spelling: 'warning' });

describe('spelling', () => {
  it('reports the misspelt part of a compound, not the whole word', async () => {
    const found = await spelling('Our eco-freindly cleaning products are on sale.');
    expect(found.map(brief)).toEqual(['spelling/unknown 4:9 "freindly"']);
    expect(found[0]!.message).toContain('"friendly"');
  });

  it('reports the stem of a possessive, with the British form for an American one', async () => {
    const found = await spelling("Visit the center's cafe and Gosprot's parks.");
    expect(found.map(brief)).toEqual(['spelling/american 4:11 "center"', 'spelling/unknown 4:29 "Gosprot"']);
    expect(found[1]!.message).toContain('did you mean "Gosport"');
  });

  it('leaves abbreviations such as w/c and c/o alone', async () => {
    expect(await spelling('Collections are suspended w/c 22 December; letters c/o the Town Hall.')).toEqual([]);
  });

  it('takes a capitalised word at a line start for a name unless it is close to a word', async () => {
    const found = await spelling('Sponsored by\nTescoplex\nRecieve a free caddy');
    expect(found.map(brief)).toEqual(['spelling/unknown 6:1 "Recieve"']);
  });

  it('offers the configured words first among suggestions', async () => {
    const file = join(ROOT, 'fixtures/spelling/invalid/org-dictionary/nature-reserve.md');
    const config = new ConfigLoader({ stopAt: ROOT }).forFile(file);
    const { diagnostics } = await lintText(file, '---\nchannel: x/GosportBC\n---\nBring your ecobriks to the Wildgrounds.\n', config);
    const slip = diagnostics.find((d) => d.excerpt === 'ecobriks');
    expect(slip?.message).toContain('did you mean "ecobricks"');
  });
});
