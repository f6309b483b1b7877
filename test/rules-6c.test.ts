import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigLoader } from '../src/config/load.js';
import { lintText } from '../src/engine/lint.js';
import { RULE_IDS } from '../src/registry.js';
import type { SeveritySetting } from '../src/types.js';
import { dataLines, onlyRules } from './helpers/lint.js';

/**
 * The illegal and disrepute rules: each planted post is reported once, by the right rule, at the
 * right words, with every term rule on; ordinary council posts, local names and GB place names
 * stay silent; no entry is a word profanity already reports.
 */
const RULES_HERE = ['illegal', 'disrepute'].filter((id) => RULE_IDS.has(id));
// Every term rule there is (others may be merged later), so that a planted line is reported by one rule only.
const TERM_RULES = ['profanity', 'discrimination', 'sexual', 'political', 'commerce', 'illegal', 'disrepute'].filter((id) => RULE_IDS.has(id));

const data = dataLines;

const configWith = onlyRules;

async function findings(line: string, config: ReturnType<typeof configWith>) {
  const result = await lintText('post.md', line + '\n', config);
  return result.diagnostics.map((d) => `${d.ruleId}: ${d.excerpt}`);
}

for (const id of RULES_HERE) {
  describe(id, () => {
    const allTermRules = configWith(TERM_RULES);
    const only = configWith([id]);

    it(`test/data/${id}-posts.txt: each line is reported once, by ${id}, at the planted words (every term rule on)`, async () => {
      const wrong: string[] = [];
      const rows = data(`${id}-posts.txt`);
      expect(rows.length).toBeGreaterThanOrEqual(25);
      for (const row of rows) {
        const [words, line] = row.split('\t') as [string, string];
        const found = await findings(line, allTermRules);
        if (found.length !== 1 || found[0] !== `${id}: ${words}`) wrong.push(`${JSON.stringify(found)} ← ${line}`);
      }
      expect(wrong).toEqual([]);
    });

    for (const file of ['benign-posts.txt', 'local-names.txt']) {
      it(`test/data/${file}: ${id} finds nothing`, async () => {
        const noisy: string[] = [];
        for (const line of data(file)) {
          const found = await findings(line, only);
          if (found.length) noisy.push(`${found.join(', ')}  ← ${line}`);
        }
        expect(noisy).toEqual([]);
      });
    }

    it('GB place names in an ordinary sentence raise nothing', async () => {
      const reports: string[] = [];
      for (const place of data('gb-places.txt')) {
        for (const found of await findings(`We visited ${place} on Saturday.`, only)) reports.push(`${found} ← ${place}`);
      }
      expect(reports).toEqual([]);
    }, 120_000);

    it(`no term of rules/${id}/terms.yaml is a word profanity reports`, async () => {
      const profanityOnly = configWith(['profanity']);
      const entries = parse(readFileSync(join(import.meta.dirname, '..', 'rules', id, 'terms.yaml'), 'utf8')) as { term: string }[];
      const both: string[] = [];
      for (const { term } of entries) {
        const found = await findings(`They wrote ${term} on the wall.`, profanityOnly);
        if (found.length) both.push(`${term}: ${found.join(', ')}`);
      }
      expect(both).toEqual([]);
    });
  });
}
