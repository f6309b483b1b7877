import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigLoader } from '../src/config/load.js';
import { lintText } from '../src/engine/lint.js';
import { RULE_IDS } from '../src/registry.js';
import type { SeveritySetting } from '../src/types.js';
import { dataLines } from './helpers/lint.js';

/**
 * Realistic council posts: benign ones must raise nothing (a rule that cries
 * wolf gets switched off), and each line of the "bad" lists exactly the one
 * expected finding.
 */
const data = dataLines;

function only(id: string) {
  const overrides = new Map<string, SeveritySetting>([...RULE_IDS].map((r) => [r, r === id ? 'error' : 'off']));
  return new ConfigLoader({ ruleOverrides: overrides, stopAt: import.meta.dirname }).forFile(join(import.meta.dirname, 'post.md'));
}

async function findings(id: string, line: string) {
  const result = await lintText('post.md', line + '\n', only(id));
  return result.diagnostics.map((d) => `${d.ruleId}: ${d.excerpt}`);
}

describe('benign council posts', () => {
  for (const file of ['benign-posts.txt', 'local-names.txt']) {
    for (const id of ['profanity', 'discrimination', 'sexual', 'political', 'commerce', 'security', 'spelling', 'respectful-tone', 'conflicts-of-interest', 'off-topic']) {
      it(`${file}: ${id} finds nothing`, async () => {
        const noisy: string[] = [];
        for (const line of data(file)) {
          const found = await findings(id, line);
          if (found.length) noisy.push(`${found.join(', ')}  ← ${line}`);
        }
        expect(noisy).toEqual([]);
      });
    }
  }
});

describe('profane posts', () => {
  it('each line is reported once, at the profane word', async () => {
    const wrong: string[] = [];
    for (const row of data('profane-posts.txt')) {
      const [word, line] = row.split('\t') as [string, string];
      const found = await findings('profanity', line);
      if (found.length !== 1 || found[0] !== `profanity: ${word}`) wrong.push(`${JSON.stringify(found)} ← ${line}`);
    }
    expect(wrong).toEqual([]);
  });
});

describe('misspelt posts', () => {
  it('each line is reported once, at the misspelt word, with the right suggestion', async () => {
    const wrong: string[] = [];
    for (const row of data('misspellings.txt')) {
      const [word, right, line] = row.split('\t') as [string, string, string];
      const result = await lintText('post.md', line + '\n', only('spelling'));
      const d = result.diagnostics;
      if (d.length !== 1 || d[0]!.excerpt !== word || !d[0]!.suggestions?.includes(right)) {
        wrong.push(`${JSON.stringify(d.map((x) => [x.excerpt, x.suggestions]))} ← ${word} → ${right}: ${line}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});

describe('realistic drafts', () => {
  // Realistic drafts (bins, planning, events, names, accents and loanwords, wildlife, faith festivals, kung fu and spotted dick,
  // lists of councillors, hashtags, alt text, calendars and threads) written to hunt false positives.
  it('test/data/benign-drafts: the recommended rules find nothing', async () => {
    const dir = join(import.meta.dirname, 'data', 'benign-drafts');
    // The folder's .gbc-post-lint.yaml holds the council's register (channels, notices, trusted domains).
    const config = new ConfigLoader({ stopAt: dir }).forFile(join(dir, 'draft.md'));
    const noisy: string[] = [];
    for (const name of readdirSync(dir).filter((n) => !n.startsWith('.')).sort()) {
      const result = await lintText(name, readFileSync(join(dir, name), 'utf8'), config);
      for (const d of result.diagnostics) noisy.push(`${name}:${d.line}:${d.column} ${d.ruleId}/${d.messageId ?? ''} ${JSON.stringify(d.excerpt)}`);
    }
    expect(noisy).toEqual([]);
  }, 60_000);
});
