import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigLoader } from '../src/config/load.js';
import { lintBytes } from '../src/engine/run.js';
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



describe('metadata, field by field', () => {
  it('one bad key in one media entry leaves the other fields and entries checked, with a did-you-mean', async () => {
    const text = [
      '---',
      'channel: x/GosportBC',
      'media:',
      '  - file: a.jpg',
      '    alt: image',
      '  - file: b.mp4',
      '    caption: true',
      '  - file: c.mp4',
      '    captions: c.vtt',
      '  - alt: A bin with no file',
      '---',
      'Hello there.',
      '',
    ].join('\n');
    const found = await lint(text, 'post.md', { 'image-alt-text': 'error' });
    expect(found.map((d) => `${brief(d)} ${d.message}`)).toEqual([
      expect.stringMatching(/^image-alt-text\/placeholder 5:10 "image"/),
      'metadata/unknownField 7:5 "caption" Unknown field `caption` in `media` entry 2; did you mean `captions`? The fields of a media entry are `file`, `alt`, `credit`, `licence`, `captions`.',
      'metadata/invalidField 10:5 "alt" `media` entry 4 has no `file:`: name the image or video, e.g. `- file: bin-day.jpg`.',
    ]);
  });

  it('`captions` is true, false or a captions file', async () => {
    const ok = await lint('---\nmedia:\n  - file: a.mp4\n    captions: a.vtt\n  - file: b.mp4\n    captions: false\n---\nHello.\n');
    expect(ok).toEqual([]);
    const bad = await lint('---\nmedia:\n  - file: a.mp4\n    captions: yes\n---\nHello.\n');
    expect(bad.map((d) => d.message)).toEqual(['`media` entry 1, `captions`: expected true, false or the name of a captions file such as bin-day.vtt.']);
  });

  it('`publish` takes an offset, minutes without seconds, and a space for the T', async () => {
    for (const publish of ['2026-12-18T09:00+01:00', '2026-12-18T09:00Z', '2026-12-18 09:00', '"2026-12-18 09:00:30-05:00"', '2026-12-18', '2026-12-18T09:00:00Z']) {
      expect(await lint(`---\npublish: ${publish}\n---\nHello.\n`), publish).toEqual([]);
    }
    for (const publish of ['2026-12-18T9:00', '2026-02-30', '18/12/2026', '2026-12-18T25:00']) {
      expect((await lint(`---\npublish: ${publish}\n---\nHello.\n`)).map((d) => d.messageId), publish).toEqual(['invalidField']);
    }
  });

  it('`platforms` suggests the name: twitter is now x', async () => {
    const found = await lint('---\nplatforms: [twitter, facebok, tiktok]\n---\nHello.\n');
    expect(found.map((d) => d.message)).toEqual([
      '`platforms.0`: Twitter is now X: write `x`. The platforms are x, facebook, instagram, linkedin, bluesky, mastodon, threads, youtube, tiktok.',
      '`platforms.1`: "facebok" is not a platform; did you mean `facebook`? The platforms are x, facebook, instagram, linkedin, bluesky, mastodon, threads, youtube, tiktok.',
    ]);
  });

  it('`conflicts` is `none`, a declaration or a list of declarations', async () => {
    expect(await lint('---\nconflicts: [Cllr A. Example is a trustee, Cllr B. Example owns the cafe]\n---\nHello.\n')).toEqual([]);
    expect((await lint('---\nconflicts: []\n---\nHello.\n')).map((d) => d.messageId)).toEqual(['invalidField']);
  });

  it('an unknown field is a sentence of its own', async () => {
    const [d] = await lint('---\ntags: [bins]\n---\nHello.\n');
    expect(d!.message).toMatch(/^Unknown field `tags`\. The fields are /);
  });
});

describe('front matter that markdown does not read as front matter', () => {
  const post = 'The ferry runs every 15 minutes on Saturday.\n';
  it('after a blank line, closed by ----, opened by ----, or never closed: said at the right line, and still read', async () => {
    const cases: [string, string][] = [
      ['\n---\nchannel: x/GosportBC\nplatfroms: [x]\n---\n' + post, 'input/frontMatterNotFirst 2:1 "---"'],
      ['---\nchannel: x/GosportBC\nplatfroms: [x]\n----\n' + post, 'input/frontMatterFence 4:1 "----"'],
      ['----\nchannel: x/GosportBC\nplatfroms: [x]\n---\n' + post, 'input/frontMatterFence 1:1 "----"'],
      ['---\nchannel: x/GosportBC\nplatfroms: [x]\n' + post, 'input/frontMatterUnclosed 1:1 "---"'],
    ];
    for (const [text, expected] of cases) {
      const found = (await lint(text)).map(brief);
      // The metadata is read (the misspelt field is reported), and there is no empty post 1.
      expect(found, JSON.stringify(text)).toEqual(expect.arrayContaining([expected, expect.stringMatching(/^metadata\/unknownField [34]:1 "platfroms"$/)]));
      expect(found, JSON.stringify(text)).toHaveLength(2);
    }
  });

  it('the body after it is the post, with positions in the file', async () => {
    const found = await lint('---\nchannel: x/GosportBC\nThe ferry is late tooday.\n', 'post.md', spelling);
    expect(found.map(brief)).toEqual(['input/frontMatterUnclosed 1:1 "---"', 'spelling/unknown 3:19 "tooday"']);
  });

  it('a thematic break before ordinary text is left alone', async () => {
    expect((await lint('Opening times\n\n---\n\nVenue: Thorngate Halls\nTime: 10am\n')).map(brief)).toEqual([]);
  });
});

describe('a `---` straight under text', () => {
  it('is reported in a post of several blocks: add a blank line before it', async () => {
    const found = await lint('First post.\n---\nSecond post.\n');
    expect(found.map(brief)).toEqual(['metadata/setextUnderline 2:1 "---"']);
    expect(found[0]!.message).toContain('add a blank line before `---` to start a new post');
    expect(found[0]!.severity).toBe('warning');
  });

  it('makes the too-long message say so, instead of advising a `---` line', async () => {
    const long = 'Bins go out a day later this week because of the bank holiday on Monday. '.repeat(4);
    const [d] = await lint(`---\nchannel: x/GosportBC\n---\n${long}\n---\n`, 'post.md', { 'platform-length': 'error' });
    expect(d!.messageId).toBe('tooLongUnderline');
    expect(d!.message).toContain('The `---` on line 5 is straight under a line of text');
    expect(d!.message).toContain('add a blank line before `---` to start a new post');
  });
});

describe('the X length message names only the weights that apply', () => {
  const x = async (text: string) => (await lint(`---\nchannel: x/GosportBC\n---\n${text}\n`, 'post.md', { 'platform-length': 'error' }))[0]!.message;
  it('plain text, links, emoji, CJK and other heavy characters', async () => {
    expect(await x('a'.repeat(290))).toContain('of 280 characters as X counts them, 10 over');
    expect(await x('a'.repeat(270) + ' www.gosport.gov.uk/bins')).toContain('as X counts them (links 23),');
    expect(await x('a'.repeat(279) + ' 🎄')).toContain('as X counts them (emoji 2),');
    expect(await x('市政稅'.repeat(50))).toContain('as X counts them (Chinese, Japanese and Korean characters 2),');
    expect(await x('a'.repeat(278) + ' €5…')).toContain('as X counts them ("€", "…" 2),');
  });
});

describe('a file that is not UTF-8', () => {
  it('is reported at the first bad byte, not at 1:1', async () => {
    const loader = new ConfigLoader({ stopAt: import.meta.dirname });
    const bytes = Buffer.concat([Buffer.from('\uFEFFCafé opening times \uFFFD\n', 'utf8'), Buffer.from([0x74, 0x68, 0xe9, 0x20, 0x61, 0x0a])]);
    const result = await lintBytes('bad.md', join(import.meta.dirname, 'bad.md'), bytes, loader);
    expect(result.diagnostics.map((d) => [d.ruleId, d.line, d.column, d.excerpt])).toEqual([['input', 2, 3, '\uFFFD']]);
    expect(result.diagnostics[0]!.message).toContain('byte 0xE9 here is not UTF-8');
  });
});

describe('front matter with several mistakes', () => {
  it('reports each of them', async () => {
    const found = await lint('\n---\nchannel: x/GosportBC\n----\nHello.\n');
    expect(found.map(brief)).toEqual(['input/frontMatterNotFirst 2:1 "---"', 'input/frontMatterFence 4:1 "----"']);
  });
});

describe('a §8 exception shared by several posts', () => {
  it('is numbered by its calendar entry, or by none at the top of the file', async () => {
    const text = [
      'exception: { rules: [spelling] }',
      'posts:',
      '  - text: One.',
      '  - text: Two.',
      '  - text: [Three., Four.]',
      '    exception: { rules: [spelling], approvedBy: [a, b] }',
      '',
    ].join('\n');
    const found = await lint(text, 'calendar.yaml');
    expect(found.map((d) => [d.messageId, d.line, d.post, d.entry, d.threadPost])).toEqual([
      ['noReason', 1, null, undefined, undefined],
      ['noApprovers', 1, null, undefined, undefined],
      ['noReason', 6, null, 3, undefined],
    ]);
  });
});
