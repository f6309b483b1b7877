import { describe, expect, it } from 'vitest';
import { decodeDraft } from '../src/drafts/read.js';
import { lint } from './helpers/lint.js';
import { sliceByPosition } from './helpers/markers.js';

/**
 * Every diagnostic points at the exact source span, in the original file:
 * 1-based lines, UTF-16 columns, end exclusive, excerpt = the text in between.
 */
const spelling = { spelling: 'warning' } as const;

async function at(text: string, file: string, rules: Record<string, 'warning' | 'error'> = spelling) {
  const diagnostics = await lint(text, file, rules);
  for (const d of diagnostics) expect(sliceByPosition(text, d.line, d.column, d.endLine, d.endColumn)).toBe(d.excerpt);
  return diagnostics.map((d) => [d.ruleId, d.line, d.column, d.endLine, d.endColumn, d.excerpt]);
}

describe('positions in markdown', () => {
  it('in the body, after front matter, with astral characters earlier on the line', async () => {
    const text = '---\nchannel: x/GosportBC\n---\n🎄🎅 We recieve gifts.\n';
    // The two emoji are four UTF-16 code units: "recieve" starts at column 9.
    expect(await at(text, 'a.md')).toEqual([['spelling', 4, 9, 4, 16, 'recieve']]);
  });

  it('with CRLF line endings', async () => {
    const text = '---\r\nchannel: x/GosportBC\r\n---\r\nLine one.\r\nWe recieve gifts.\r\n';
    expect(await at(text, 'a.md')).toEqual([['spelling', 5, 4, 5, 11, 'recieve']]);
  });

  it('after a BOM, which is not a column', async () => {
    const decoded = decodeDraft(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode('We recieve gifts.\n')]));
    if (!decoded.ok) throw new Error(decoded.message);
    expect(await at(decoded.text, 'a.md')).toEqual([['spelling', 1, 4, 1, 11, 'recieve']]);
  });

  it('through escapes, character references, emphasis, links and block quotes', async () => {
    const text = ['Fish \\& chips &amp; **recieve** [teh link](https://www.gosport.gov.uk)', '', '> quoted line', '> and recieve', ''].join('\n');
    expect(await at(text, 'a.md')).toEqual([
      ['spelling', 1, 23, 1, 30, 'recieve'],
      ['spelling', 1, 34, 1, 37, 'teh'],
      ['spelling', 4, 7, 4, 14, 'recieve'],
    ]);
  });

  it('after character references in the same text', async () => {
    const text = 'Fish &amp; chips &#163;5 &pound;6 &copy; recieve\n';
    expect(await at(text, 'a.md')).toEqual([['spelling', 1, 42, 1, 49, 'recieve']]);
  });

  it('in list items and headings, and across lines of a paragraph', async () => {
    const text = ['# Teh heading', '', '- first item', '- recieve item', ''].join('\n');
    expect(await at(text, 'a.md')).toEqual([
      ['spelling', 1, 3, 1, 6, 'Teh'],
      ['spelling', 4, 3, 4, 10, 'recieve'],
    ]);
  });

  it('in front matter values', async () => {
    const text = '---\nchannel: x/GosportBC\npurpose: "sales"\n---\nHello.\n';
    expect(await at(text, 'a.md')).toEqual([['metadata', 3, 10, 3, 17, '"sales"']]);
  });
});

describe('positions in YAML scalars', () => {
  it('plain, over folded lines', async () => {
    const text = 'text: We will\n  recieve the\n  bins.\n';
    expect(await at(text, 'a.yaml')).toEqual([['spelling', 2, 3, 2, 10, 'recieve']]);
  });

  it('single-quoted, after a doubled quote', async () => {
    const text = "text: 'It''s a recieve day'\n";
    expect(await at(text, 'a.yaml')).toEqual([['spelling', 1, 16, 1, 23, 'recieve']]);
  });

  it('double-quoted, after escapes (\\u00e9, \\n, \\") and an escaped line break', async () => {
    const text = 'text: "Caf\\u00e9 \\"open\\"\\nand we \\\n  recieve you"\n';
    expect(await at(text, 'a.yaml')).toEqual([['spelling', 2, 3, 2, 10, 'recieve']]);
  });

  it('literal block scalar', async () => {
    const text = 'text: |\n  First line.\n    Indented recieve line.\n';
    expect(await at(text, 'a.yaml')).toEqual([['spelling', 3, 14, 3, 21, 'recieve']]);
  });

  it('folded block scalar with CRLF and a BOM-free astral emoji', async () => {
    const text = 'text: >-\r\n  One 🌊\r\n  two recieve\r\n';
    expect(await at(text, 'a.yaml')).toEqual([['spelling', 3, 7, 3, 14, 'recieve']]);
  });

  it('in a thread list inside a calendar entry', async () => {
    const text = 'posts:\n  - text:\n      - First post.\n      - "Second \\U0001F600 recieve"\n';
    expect(await at(text, 'a.yaml')).toEqual([["spelling", 4, 28, 4, 35, "recieve"]]);
  });

  it('spans that cross lines keep the source text between them', async () => {
    const long = 'word '.repeat(58) + 'end';
    const text = `platforms: [x]\ntext: |\n  ${long.slice(0, 150)}\n  ${long.slice(150)}\n`;
    const [d] = await lint(text, 'a.yaml', { 'platform-length': 'error' });
    expect(d).toMatchObject({ ruleId: 'platform-length', line: 4 });
    expect(sliceByPosition(text, d!.line, d!.column, d!.endLine, d!.endColumn)).toBe(d!.excerpt);
  });
});
