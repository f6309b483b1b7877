import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigLoader } from '../src/config/load.js';
import { lintText } from '../src/engine/lint.js';

/**
 * The etiquette and election rules of issue 8 (respectful-tone, conflicts-of-interest,
 * off-topic, pre-election-period) with every recommended rule on, a register like the
 * council's, its councillors, partners and a pre-election period.
 */
const CONFIG = `channels:
  x/GosportBC: { owner: comms.team, platforms: [x], approved: 2019-04-01, notice: https://www.gosport.gov.uk/social-media }
  facebook/GosportBoroughCouncil: { owner: comms.team, platforms: [facebook], approved: 2012-06-01, notice: https://www.gosport.gov.uk/social-media }
allow:
  partners: [Gosport Ferry, First Bus]
councillors: [Jane Doe, Cllr A. Example, Peter Marsh, Kelly Hartley]
elections:
  - { name: Borough elections 2026, from: 2026-03-27, to: 2026-05-07 }
`;

function configFrom(text: string) {
  const dir = mkdtempSync(join(tmpdir(), 'gbc-etiquette-'));
  writeFileSync(join(dir, '.gbc-post-lint.yaml'), text);
  return new ConfigLoader({ stopAt: dir }).forFile(join(dir, 'draft.md'));
}
const config = configFrom(CONFIG);

async function problems(draft: string, file = 'draft.md') {
  const result = await lintText(file, draft, config);
  return result.diagnostics.map((d) => ({ found: `${d.severity} ${d.ruleId}/${d.messageId} ${JSON.stringify(d.excerpt)}`, message: d.message }));
}

describe('a new user', () => {
  it("is told clearly why a councillor's quote three weeks before polling day fails", async () => {
    // Polling day is Thursday 7 May 2026; the post goes out on Thursday 16 April.
    const draft = [
      '---',
      'channel: x/GosportBC',
      'publish: 2026-04-16T10:00:00Z',
      'purpose: engagement',
      '---',
      '"The new play area is a fantastic addition to Walpole Park," said Cllr Jane Doe. It opens on Saturday.',
      '',
    ].join('\n');
    const found = await problems(draft);
    expect(found.map((f) => f.found)).toEqual(['error pre-election-period/quotes "Cllr Jane Doe"']);
    const message = found[0]!.message;
    // The reason: the date it used, the period, the Code's words and what to do instead.
    expect(message).toContain('on 2026-04-16 (its `publish` date)');
    expect(message).toContain('Borough elections 2026 (2026-03-27 to 2026-05-07)');
    expect(message).toContain('Publicity Code (¶34)');
    expect(message).toContain('quote an officer');
    // The same post after polling day passes.
    expect(await problems(draft.replace('2026-04-16', '2026-05-14'))).toEqual([]);
  });

  it('is told which date was used when the draft has no publish date (today)', async () => {
    const pad = (n: number) => String(n).padStart(2, '0');
    const day = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
    const now = new Date();
    const today = day(now);
    const around = configFrom(`councillors: [Jane Doe]\nelections:\n  - { name: By-election, from: ${day(new Date(now.getTime() - 3 * 86_400_000))}, to: ${day(new Date(now.getTime() + 3 * 86_400_000))} }\n`);
    const result = await lintText('draft.md', '---\npurpose: engagement\n---\nJane Doe opened the new play area.\n', around);
    const found = result.diagnostics.filter((d) => d.ruleId === 'pre-election-period');
    expect(found.map((d) => `${d.messageId} ${d.excerpt}`)).toEqual(['names Jane Doe']);
    expect(found[0]!.message).toContain(`today, ${today} (the draft has no \`publish\` date)`);
  });
});

describe('planted problems (test/data/etiquette-problems.yaml)', () => {
  const cases = parse(readFileSync(join(import.meta.dirname, 'data', 'etiquette-problems.yaml'), 'utf8')) as { expect: string; excerpt: string; draft: string }[];
  it('each gives exactly its one finding, at the planted words', async () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const file = c.draft.startsWith('---') ? 'draft.md' : 'draft.yaml';
      const found = (await problems(c.draft, file)).map((f) => f.found.replace(/^\w+ /, ''));
      if (found.length !== 1 || found[0] !== `${c.expect} ${JSON.stringify(c.excerpt)}`) wrong.push(`${JSON.stringify(found)} ← expected ${c.expect} ${JSON.stringify(c.excerpt)}`);
    }
    expect(wrong).toEqual([]);
    for (const id of ['pre-election-period', 'respectful-tone', 'conflicts-of-interest', 'off-topic']) {
      expect(cases.filter((c) => c.expect.startsWith(`${id}/`)).length, id).toBeGreaterThanOrEqual(15);
    }
  }, 60_000);
});
