import { describe, expect, it, vi } from 'vitest';
import { MAX_DRAFT_BYTES, MAX_NESTING, nestingProblem } from '../src/drafts/limits.js';
import { project as scratch, run, type JsonReport } from './helpers/cli.js';
import { lint } from './helpers/lint.js';

// Huge and deeply nested drafts are input errors for that file; the others are still linted.

/** Bare drafts: the governance rules' notes on a draft with no register, channel or purpose are tested with those rules. */
const project = (files: Record<string, string | Buffer>) =>
  scratch({ '.gbc-post-lint.yaml': 'rules: { approved-channel: off, post-purpose: off }\n', ...files });

// A rule that recurses without end on some post stands for one that meets input nested deeper than the stack allows.
vi.mock('../rules/platform-length/index.js', () => ({
  check(post: { text: { text: string } }) {
    const recurse = (n: number): number => recurse(n + 1) + 1;
    if (post.text.text.includes('nested')) recurse(0);
  },
}));

const byFile = (out: { stdout: string }) =>
  Object.fromEntries((JSON.parse(out.stdout) as JsonReport).results.map((r) => [r.file, r.diagnostics.map((d) => `${d.ruleId}@${d.line}:${d.column} ${d.message}`)]));

describe('limits', { timeout: 60_000 }, () => {
  it('refuses a draft over 1 MiB as an input error, and goes on to the others', () => {
    const big = `text: |\n${'  Bins go out on Monday morning before seven.\n'.repeat(Math.ceil((2 * MAX_DRAFT_BYTES) / 46))}`;
    const dir = project({ 'big.yaml': big, 'ok.yaml': 'text: Bins go out on Monday.\n', 'bad.yaml': 'text: Bins on Tusday.\n' });
    const out = run(['-f', 'json', 'big.yaml', 'ok.yaml', 'bad.yaml'], { cwd: dir });
    expect(out.code).toBe(1);
    const results = byFile(out);
    expect(results['big.yaml']).toEqual([expect.stringMatching(/^input@1:1 The file is 2\.0 MiB; drafts over 1 MiB are not linted/)]);
    expect(results['ok.yaml']).toEqual([]);
    expect(results['bad.yaml']).toEqual([expect.stringMatching(/^spelling@1:15 /)]);

    const stdin = run(['-f', 'json', '--stdin', '--stdin-filename', 'big.yaml'], { cwd: dir, input: big });
    expect(byFile(stdin)['big.yaml']).toEqual([expect.stringMatching(/^input@1:1 The file is 2\.0 MiB/)]);
  });

  it('deep nesting is an input error at the place it starts (exit 1), not an internal error, and is reported at once', () => {
    const dir = project({
      'quotes.md': `Intro.\n\n${'> '.repeat(20_000)}deep\n`,
      'lists.md': `${'- '.repeat(6_000)}deep\n`,
      'links.md': `${'['.repeat(100_000)}x${'](u)'.repeat(100_000)}\n`,
      'flow.yaml': `text: Bins.\nextra: ${'['.repeat(100_000)}${']'.repeat(100_000)}\n`,
      'ok.md': 'Bins go out on Monday.\n',
    });
    const started = Date.now();
    const out = run(['-f', 'json', 'quotes.md', 'lists.md', 'links.md', 'flow.yaml', 'ok.md'], { cwd: dir });
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(out.code).toBe(1);
    expect(byFile(out)).toEqual({
      'quotes.md': [expect.stringMatching(/^input@3:1 Nested more than 64 deep \(block quotes or lists in one line\)/)],
      'lists.md': [expect.stringMatching(/^input@1:1 Nested more than 64 deep/)],
      'links.md': [expect.stringMatching(/^input@1:65 Nested more than 64 deep \(open brackets `\[`\)/)],
      'flow.yaml': [expect.stringMatching(/^input@2:72 Nested more than 64 deep \(brackets `\[` or braces `\{`\)/)],
      'ok.md': [],
    });
  });

  it('ordinary nesting is not too deep', () => {
    const text = `> quoted\n> > reply\n\n- a\n  - b\n    - c\n\n1. one\n2. two\n\n[link [with] brackets](https://example.org) ${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}\n`;
    expect(nestingProblem(text, 'markdown')).toBeUndefined();
    expect(nestingProblem('text: a\ntags: [[a, b], {c: [d]}]\n', 'yaml')).toBeUndefined();
    expect(nestingProblem(`${'> '.repeat(MAX_NESTING + 1)}x`, 'markdown')).toBeDefined();
  });

  it('a stack overflow in a rule is an input error on that post, not an internal error', async () => {
    const diagnostics = await lint('First post.\n\n---\n\nA nested post.\n', 'draft.md', { 'platform-length': 'error' });
    expect(diagnostics.map((d) => [d.ruleId, d.post, d.line])).toEqual([['input', 1, 5]]);
    expect(diagnostics[0]!.message).toMatch(/^The draft is nested too deeply to be read/);
  });
});
