import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigLoader } from '../src/config/load.js';
import { lintText } from '../src/engine/lint.js';
import { RULE_IDS } from '../src/registry.js';
import type { SeveritySetting } from '../src/types.js';
import { dataLines } from './helpers/lint.js';

/** The political and commerce rules: each planted post is reported once, by the right rule, at the planted words, with the other content rules on. */
const RULES = ['profanity', 'discrimination', 'sexual', 'political', 'commerce'];
const data = dataLines;

const overrides = new Map<string, SeveritySetting>([...RULE_IDS].map((r) => [r, RULES.includes(r) ? 'error' : 'off']));
const config = new ConfigLoader({ ruleOverrides: overrides, stopAt: import.meta.dirname }).forFile(join(import.meta.dirname, 'post.md'));

async function findings(line: string) {
  const result = await lintText('post.md', line + '\n', config);
  return result.diagnostics.map((d) => `${d.ruleId}: ${d.excerpt}`);
}

for (const id of ['political', 'commerce']) {
  describe(`${id}-posts.txt`, () => {
    it(`each line is reported once, by ${id}, at the planted words`, async () => {
      const wrong: string[] = [];
      const rows = data(`${id}-posts.txt`);
      expect(rows.length).toBeGreaterThanOrEqual(25);
      for (const row of rows) {
        const [words, line] = row.split('\t') as [string, string];
        const found = await findings(line);
        if (found.length !== 1 || found[0] !== `${id}: ${words}`) wrong.push(`${JSON.stringify(found)} ← ${line}`);
      }
      expect(wrong).toEqual([]);
    });
  });
}
