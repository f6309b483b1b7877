import { describe, expect, it, vi } from 'vitest';
import { lint } from './helpers/lint.js';

// A rule whose reports carry their own severity (a term list's entry that is only a warning).
vi.mock('../rules/profanity/index.js', () => ({
  check(post: { text: { text: string } }, context: { report: (r: object) => void }) {
    const at = post.text.text.indexOf('soft');
    if (at >= 0) context.report({ messageId: 'mild', data: { word: 'soft' }, span: { start: at, end: at + 4 }, severity: 'warning' });
    const hard = post.text.text.indexOf('hard');
    if (hard >= 0) context.report({ messageId: 'profane', data: { word: 'hard' }, span: { start: hard, end: hard + 4 } });
  },
}));

describe('a report with its own severity', () => {
  it('is reported at the lower of its severity and the configured one', async () => {
    const severities = async (setting: 'error' | 'warning' | 'suggestion') =>
      (await lint('A soft word and a hard word.\n', 'draft.md', { profanity: setting })).map((d) => `${d.excerpt}:${d.severity}`);
    expect(await severities('error')).toEqual(['soft:warning', 'hard:error']);
    expect(await severities('warning')).toEqual(['soft:warning', 'hard:warning']);
    expect(await severities('suggestion')).toEqual(['soft:suggestion', 'hard:suggestion']);
  });
});
