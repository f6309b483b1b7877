import { describe, expect, it, vi } from 'vitest';
import { brief, lint } from './helpers/lint.js';

// A rule that fails on some input must not stop the run: its failure is reported on that post.
vi.mock('../rules/profanity/index.js', () => ({
  check(post: { text: { text: string } }) {
    if (post.text.text.includes('boom')) throw new Error('unexpected input');
  },
}));

describe('a rule that throws', () => {
  it('becomes an internal-error diagnostic on that post, and the other rules and posts still run', async () => {
    const text = 'First post is fine.\n\n---\n\nSecond post goes boom and recieves a typo.\n';
    const diagnostics = await lint(text, 'draft.md', { profanity: 'error', spelling: 'warning' });
    expect(diagnostics.map(brief)).toEqual(['internal-error/- 5:1 ""', 'spelling/unknown 5:27 "recieves"']);
    expect(diagnostics[0]!.message).toMatch(/Rule profanity failed on this post: unexpected input/);
    expect(diagnostics[0]!.post).toBe(1);
  });
});
