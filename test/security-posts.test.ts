import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { lint } from './helpers/lint.js';

/**
 * Planted security problems (test/data/security-posts.txt): each post has exactly one
 * finding of the security rule, at the expected excerpt, in a markdown draft and in a YAML
 * draft alike; the message never repeats the secret.
 */
const rows = readFileSync(join(import.meta.dirname, 'data', 'security-posts.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'))
  .map((line) => line.split('\t') as [string, string]);

const yamlDraft = (post: string) => `channel: x/GosportBC\ntext: ${JSON.stringify(post)}\n`;

describe('planted security problems', () => {
  it('the list is long enough to mean something', () => {
    expect(rows.length).toBeGreaterThanOrEqual(30);
  });

  for (const [name, draft, file] of [
    ['markdown', (post: string) => post + '\n', 'post.md'],
    ['YAML', yamlDraft, 'post.yaml'],
  ] as const) {
    it(`each line is reported once, at the planted detail (${name})`, async () => {
      const wrong: string[] = [];
      for (const [excerpt, post] of rows) {
        const found = await lint(draft(post), file, { security: 'error' });
        const expected = name === 'markdown' ? excerpt : JSON.stringify(excerpt).slice(1, -1);
        if (found.length !== 1 || found[0]!.excerpt !== expected) wrong.push(`${JSON.stringify(found.map((d) => d.excerpt))} ← ${post}`);
        for (const d of found) if (d.message.includes(excerpt)) wrong.push(`message repeats ${excerpt}: ${d.message}`);
      }
      expect(wrong).toEqual([]);
    }, 60_000);
  }
});
