import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMarkdownDraft } from '../src/drafts/markdown.js';
import type { Post } from '../src/drafts/post.js';
import type { Report } from '../src/rule.js';
import { LineIndex } from '../src/text/line-index.js';
import { matchPhrases, registerTermList, termHits, termListData, termRule, termScanCount, type TermContext, type TermOptions } from '../src/terms/index.js';
import type { Severity } from '../src/types.js';

/**
 * The shared term engine, with throwaway rules built from temporary YAML (never folders under rules/).
 */
const root = mkdtempSync(join(tmpdir(), 'gbc-terms-'));

/** A temporary rule's term list folder: terms.yaml and, when given, allow.yaml. */
function listDir(name: string, terms: string, allow?: string): string {
  const dir = join(root, name);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'terms.yaml'), terms);
  if (allow !== undefined) writeFileSync(join(dir, 'allow.yaml'), allow);
  return dir;
}

async function register(name: string, terms: string, allow?: string) {
  const data = termListData(name, { dir: listDir(name, terms, allow) });
  await registerTermList(name, data);
  return data;
}

function posts(markdown: string): Post[] {
  return parseMarkdownDraft(markdown, new LineIndex(markdown)).posts;
}

const none: TermOptions = { terms: [], allow: [] };

/** A context in which the given rules (with their options) are enabled. */
function context(rules: Record<string, TermOptions>, own: string): TermContext & { rules: Map<string, { severity: Severity; options: TermOptions }> } {
  return {
    options: rules[own] ?? none,
    rules: new Map(Object.entries(rules).map(([id, options]) => [id, { severity: 'error' as Severity, options }])),
  };
}

function hitsOf(text: string, id: string, options: TermOptions = none): string[] {
  const [post] = posts(text);
  return termHits(post!, id, context({ [id]: options }, id)).map((h) => h.text);
}

await register(
  't-kinds',
  `
- term: wheelchair-bound
  note: dated
  severity: warning
  replace: [wheelchair user]
  message: dated
- term: labour
  note: a party name is political only when campaigning
  with: [vote, thanks to]
- term: drugs
  note: fine in awareness campaigns
  unless: [awareness, amnesty]
- term: cluster
  note: inside words
  match: contains
- term: pre
  note: at the start of words
  match: prefix
- term: wise
  note: at the end of words
  match: ends
- term: mong
  note: a slur, and a surname
  names: true
- term: POS
  note: only as written
  case: exact
- term: bin day
  note: a phrase
`,
  `
- term: drugs policy
  note: an allowed phrase
- term: preen
  note: an allowed word
`,
);

describe('entry kinds', () => {
  it('plain words and phrases, any case, across spaces and hyphens, not across punctuation', () => {
    expect(hitsOf('Your BIN DAY is Monday, and bin-day is fun.', 't-kinds')).toEqual(['BIN DAY', 'bin-day']);
    expect(hitsOf('Put out your bin. Day and night.', 't-kinds')).toEqual([]);
  });

  it('with: only when a listed phrase is in the same sentence', () => {
    expect(hitsOf('Vote Labour on Thursday.', 't-kinds')).toEqual(['Labour']);
    expect(hitsOf('New homes, thanks to Labour councillors.', 't-kinds')).toEqual(['Labour']);
    expect(hitsOf('Labour and Reform members met the mayor. Please vote.', 't-kinds')).toEqual([]);
    expect(hitsOf('The labour ward at the hospital has moved.', 't-kinds')).toEqual([]);
  });

  it('unless: not when a neutralising phrase is in the same sentence', () => {
    expect(hitsOf('Buy drugs here.', 't-kinds')).toEqual(['drugs']);
    expect(hitsOf('Drugs awareness week starts today.', 't-kinds')).toEqual([]);
    expect(hitsOf('The knife and drugs amnesty bins are at the station. Drugs are dangerous.', 't-kinds')).toEqual(['Drugs']);
  });

  it('match kinds: contains, prefix and ends', () => {
    expect(hitsOf('A clustered set, a prefix, clockwise.', 't-kinds')).toEqual(['clustered', 'prefix', 'clockwise']);
    expect(hitsOf('Unclustered repress wisely', 't-kinds')).toEqual(['Unclustered']);
  });

  it('names: a capitalised use inside a sentence is a name', () => {
    expect(hitsOf('Thanks to Mr Mong for his help.', 't-kinds')).toEqual([]);
    expect(hitsOf('What a mong.', 't-kinds')).toEqual(['mong']);
  });

  it('case: exact matches only as written', () => {
    expect(hitsOf('Pay at the POS.', 't-kinds')).toEqual(['POS']);
    expect(hitsOf('The pos of the pieces.', 't-kinds')).toEqual([]);
  });

  it('allow.yaml wins over the list: an allowed phrase silences its words, an allowed word its partial match', () => {
    expect(hitsOf('Our drugs policy is online.', 't-kinds')).toEqual([]);
    expect(hitsOf('Birds preen.', 't-kinds')).toEqual([]);
    // Only that word: its other forms are still matched.
    expect(hitsOf('Birds preening.', 't-kinds')).toEqual(['preening']);
  });

  it('the configuration adds terms and allows words per rule', () => {
    expect(hitsOf('A numpty and a bin day.', 't-kinds', { terms: ['numpty'], allow: ['bin day'] })).toEqual(['numpty']);
    // A configured term beats a built-in allowed word.
    expect(hitsOf('Birds preen.', 't-kinds', { terms: ['preen'], allow: [] })).toEqual(['preen']);
  });
});

describe('termRule', () => {
  it('reports the entry message, the word, the replacement, suggestions capitalised like the word, the severity cap and the span', async () => {
    const check = await termRule(termListData('t-kinds', { dir: join(root, 't-kinds') }), { defaultMessage: 'found' });
    const text = 'Wheelchair-bound residents can vote. Bin day is Monday.';
    const [post] = posts(text);
    const reports: Report[] = [];
    check(post!, { ...context({ 't-kinds': none }, 't-kinds'), settings: {} as never, draft: {} as never, file: 'x.md', report: (r) => reports.push(r) });
    expect(reports).toEqual([
      { messageId: 'dated', data: { word: 'Wheelchair-bound', replacement: '"Wheelchair user"' }, span: { start: 0, end: 16 }, suggestions: ['Wheelchair user'], severity: 'warning' },
      { messageId: 'found', data: { word: 'Bin day' }, span: { start: 37, end: 44 } },
    ]);
  });
});

describe('one scan for every list', () => {
  it('several rules read one pass over each post', async () => {
    await register('t-one', '- term: apple\n  note: one\n- term: pear\n  note: both\n');
    await register('t-two', '- term: pear\n  note: both\n- term: plum\n  note: two\n');
    const rules = { 't-one': none, 't-two': none };
    const [first, second] = posts('Apple, pear and plum.\n\n---\n\nPlum and pear.\n');
    const before = termScanCount.published;
    expect(termHits(first!, 't-one', context(rules, 't-one')).map((h) => h.text)).toEqual(['Apple', 'pear']);
    expect(termHits(first!, 't-two', context(rules, 't-two')).map((h) => h.text)).toEqual(['pear', 'plum']);
    expect(termScanCount.published - before).toBe(1);
    expect(termHits(second!, 't-two', context(rules, 't-two')).map((h) => h.text)).toEqual(['Plum', 'pear']);
    expect(termHits(second!, 't-one', context(rules, 't-one')).map((h) => h.text)).toEqual(['pear']);
    expect(termScanCount.published - before).toBe(2);
  });

  it('each rule keeps its own options in the shared scan', () => {
    const rules = { 't-one': { terms: [], allow: ['pear'] }, 't-two': { terms: ['apple'], allow: [] } };
    const [post] = posts('Apple and pear.\n');
    expect(termHits(post!, 't-one', context(rules, 't-one')).map((h) => h.text)).toEqual(['Apple']);
    expect(termHits(post!, 't-two', context(rules, 't-two')).map((h) => h.text)).toEqual(['Apple', 'pear']);
  });
});

describe('matchPhrases', () => {
  it('matches a configured list with the same engine, once per list and text', () => {
    const partners = ['Hampshire Constabulary', 'Cllr A. Example'];
    const [post] = posts('Thanks to hampshire constabulary and Cllr A Example. #HampshireConstabulary\n');
    const found = matchPhrases(post!, partners);
    expect(found.map((h) => [h.text, h.phrase])).toEqual([
      ['hampshire constabulary', 'Hampshire Constabulary'],
      ['Cllr A Example', 'Cllr A. Example'],
      ['HampshireConstabulary', 'Hampshire Constabulary'],
    ]);
    expect(matchPhrases(post!, partners)).toBe(found);
  });
});

describe('building a term list', () => {
  const refused = (terms: string, allow?: string) => termListData('t-bad', { dir: listDir(`bad-${Math.random()}`, terms, allow) }).compile();

  it('refuses a term listed twice, naming the file, the entry and the key', async () => {
    await expect(refused('- term: apple\n  note: a\n- term: Apple\n  note: b\n')).rejects.toThrow(/terms\.yaml:3: entry 2 \(term "Apple"\): key `term`: listed twice \(first as entry 1\)/);
  });

  it('refuses a term that is also allowed', async () => {
    await expect(refused('- term: apple\n  note: a\n', '- term: apple\n  note: fruit\n')).rejects.toThrow(/terms\.yaml:1: entry 1 \(term "apple"\): key `term`: also in .*allow\.yaml \(entry 1\)/);
  });

  it('refuses an unknown key', async () => {
    await expect(refused('- term: apple\n  note: a\n  colour: red\n')).rejects.toThrow(/terms\.yaml:1: entry 1 \(term "apple"\): key `colour`: unknown key/);
  });

  it('refuses an entry without a note, and a bad severity', async () => {
    await expect(refused('- term: apple\n')).rejects.toThrow(/entry 1 \(term "apple"\): key `note`/);
    await expect(refused('- term: apple\n  note: a\n  severity: fatal\n')).rejects.toThrow(/key `severity`: expected one of "error", "warning", "suggestion"/);
  });
});
