import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

  it('accepts accented forms of dictionary words, loanword phrases and accented names at a line start', async () => {
    const text = [
      'Rosé, crème brûlée and a naïve fiancée: the entrée is à la carte, déjà vu for the café.',
      'Send your résumé to the Town Hall.',
      'Zoë will host, with José and Noël.',
      'Seán and Siân bring the cake.',
      '- Chloë Smith',
      'Renée Jones',
      'Éamonn welcomes you. Zoé too.',
      'Sian and Eamonn, the raison d’être of the evening; hors d’oeuvres et al.',
    ].join('\n');
    expect((await spelling(text)).map(brief)).toEqual([]);
  });

  it('an added or a missing accent is never a slip, either way', async () => {
    expect(await spelling('The cafe and the café, the creche and the crèche, the facade and the façade, Sian and Siân.')).toEqual([]);
  });

  it('still reports real misspellings with accents, and loanword parts used alone', async () => {
    const found = await spelling('The crèeme and the caffé; the brûlée alone; crème brûllée; Déja vue.');
    expect(found.map((d) => d.excerpt)).toEqual(['crèeme', 'caffé', 'brûlée', 'brûllée', 'vue']);
  }, 30_000);

  it('does not report a custom profanity term as a misspelling too', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gbc-spelling-'));
    writeFileSync(join(dir, '.gbc-post-lint.yaml'), 'rules:\n  approved-channel: off\n  post-purpose: off\n  profanity:\n    terms: [gobshyte]\n');
    const config = new ConfigLoader({ stopAt: dir }).forFile(join(dir, 'post.md'));
    const { diagnostics } = await lintText('post.md', 'Do not be a gobshyte or a gobshite. Recieve it.\n', config);
    expect(diagnostics.map(brief)).toEqual(['profanity/profane 1:13 "gobshyte"', 'profanity/profane 1:27 "gobshite"', 'spelling/unknown 1:37 "Recieve"']);
  });
});
