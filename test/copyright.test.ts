import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brief, lint } from './helpers/lint.js';

/** Planted copyright problems (stock file names, credits and text; uncredited media; a long quotation): recall and position. */
const rows = readFileSync(join(import.meta.dirname, 'data', 'copyright-planted.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));

const only = { copyright: 'error' } as const;

describe('planted copyright problems', () => {
  it('has at least 20 drafts', () => {
    expect(rows.length).toBeGreaterThanOrEqual(20);
  });

  it('each draft is reported exactly once, at the planted text', async () => {
    const wrong: string[] = [];
    for (const row of rows) {
      const [excerpt, format, draft] = row.split('\t') as [string, string, string];
      const found = await lint(draft + '\n', `post.${format}`, only);
      if (found.length !== 1 || found[0]!.excerpt !== excerpt) wrong.push(`${JSON.stringify(found.map(brief))} ← ${draft}`);
    }
    expect(wrong).toEqual([]);
  });

  it('is silent once each draft has a licence or an attribution', async () => {
    const licensed = rows
      .filter((row) => row.split('\t')[1] === 'yaml')
      .map((row) => row.split('\t')[2]!.replace(/\}\]\}$/, ', licence: "Stock licence 2026-118"}]}'));
    for (const draft of licensed) expect((await lint(draft + '\n', 'post.yaml', only)).map(brief), draft).toEqual([]);
  });
});
