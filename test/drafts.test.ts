import { describe, expect, it } from 'vitest';
import { stylish } from '../src/reporters/stylish.js';
import { summarise } from '../src/reporters/summary.js';
import { brief, lint } from './helpers/lint.js';

const spelling = { spelling: 'warning' } as const;

describe('calendar entries and thread posts are numbered as a user counts them', () => {
  const calendar = [
    'channel: x/GosportBC',
    'posts:',
    '  - publish: 2026-12-01',
    '    text: First entry recieve.',
    '  - publish: 2026-12-02',
    '  - publish: 2026-12-03',
    '    text: Third entry teh.',
    '  - text:',
    '      - Thread one recieve.',
    '      - Thread two teh.',
    '  - text: Fifth entry recieve.',
    '',
  ].join('\n');

  it('in JSON: `post` indexes the posts of the file, `entry` and `threadPost` count from 1', async () => {
    const diagnostics = await lint(calendar, 'calendar.yaml', spelling);
    expect(diagnostics.map((d) => [d.ruleId, d.line, d.post, d.entry, d.threadPost])).toEqual([
      ['spelling', 4, 0, 1, undefined],
      // An entry with no text has no post.
      ['metadata', 5, null, 2, undefined],
      ['spelling', 7, 1, 3, undefined],
      ['spelling', 9, 2, 4, 1],
      ['spelling', 10, 3, 4, 2],
      ['spelling', 11, 4, 5, undefined],
    ]);
  });

  it('in stylish: "entry 4, post 2 of thread"', async () => {
    const diagnostics = await lint(calendar, 'calendar.yaml', spelling);
    const results = [{ file: 'calendar.yaml', diagnostics }];
    const out = stylish(results, { summary: summarise(results), color: false, cwd: '.' });
    const places = out.split('\n').flatMap((line) => /(?:warning|error)\s+((?:entry|post) [^:]*):/.exec(line)?.[1] ?? []);
    expect(places).toEqual(['entry 1', 'entry 2', 'entry 3', 'entry 4, post 1 of thread', 'entry 4, post 2 of thread', 'entry 5']);
  });

  it('a field problem of an entry names the entry, not a post of its thread', async () => {
    const text = ['posts:', '  - text: [One., Two.]', '    tags: [bins]', ''].join('\n');
    const [d] = await lint(text, 'calendar.yaml');
    expect([d!.messageId, d!.entry, d!.threadPost]).toEqual(['unknownField', 1, undefined]);
  });

  it('in a markdown thread and a YAML thread, the post of the thread', async () => {
    const md = await lint('First recieve.\n\n---\n\nSecond teh.\n', 'thread.md', spelling);
    expect(md.map((d) => [d.post, d.entry, d.threadPost])).toEqual([[0, undefined, 1], [1, undefined, 2]]);
    const yaml = await lint('text:\n  - First recieve.\n  - Second teh.\n', 'thread.yaml', spelling);
    expect(yaml.map((d) => [d.post, d.entry, d.threadPost])).toEqual([[0, undefined, 1], [1, undefined, 2]]);
    const single = await lint('First recieve.\n', 'post.md', spelling);
    expect(single.map((d) => [d.post, d.entry, d.threadPost])).toEqual([[0, undefined, undefined]]);
  });
});

export { brief };
