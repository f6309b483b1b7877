import { words, type Word } from '../../src/analysis/words.js';
import type { Post, PublishedText } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { withoutAccents } from './accents.js';
import { britishVariant } from './british.js';
import { britishChecker, WordList } from './checker.js';
import { distance } from '../../src/util/did-you-mean.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const DISGUISE = /[!@$*+]/;
/** Words a Title Case heading leaves in lower case. */
const TITLE_SMALL_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of', 'on', 'or', 'the', 'to', 'with']);
const FILE_EXTENSION = /^(?:jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?|svg|pdf|docx?|xlsx?|pptx?|mp4|mov|mp3|csv)$/i;

const REMEDY = 'if it is a name or a local word, add it to `dictionary:` in .gbc-post-lint.yaml.';

/** Suggestions for very long tokens cost more than they are worth. */
const MAX_SUGGEST_LENGTH = 24;

const checker = await britishChecker();

/** What a configuration adds to the dictionary, and the names checked for slips; one per resolved configuration. */
class Vocabulary {
  readonly extra: WordList;
  private readonly names: readonly string[];
  private readonly words: readonly string[];
  private readonly close = new Map<string, string | undefined>();

  constructor(words: string[]) {
    this.extra = new WordList(words);
    this.words = words;
    this.names = [...checker.checkedNames, ...words.filter((w) => /^\p{Lu}/u.test(w))];
  }

  /** Configured words within a slip or two of `value`, offered before the dictionary's suggestions. */
  closeWords(value: string): string[] {
    const lower = value.toLowerCase();
    const limit = value.length >= 6 ? 2 : 1;
    return this.words.filter((w) => Math.abs(w.length - value.length) <= limit && distance(lower, w.toLowerCase(), limit) <= limit);
  }

  /** A checked name within two slips of `value` (Fairham → Fareham), or one slip for short words. */
  closeName(value: string): string | undefined {
    if (!this.close.has(value)) {
      if (this.close.size > 10_000) this.close.clear();
      this.close.set(value, closest(value, this.names));
    }
    return this.close.get(value);
  }
}

const vocabularies = new WeakMap<object, Vocabulary>();

export function check(post: Post, context: RuleContext<Options>): void {
  let vocabulary = vocabularies.get(context.options);
  if (!vocabulary) {
    vocabulary = new Vocabulary([...context.settings.dictionary, ...context.options.words]);
    vocabularies.set(context.options, vocabulary);
  }
  const budget = { suggestions: context.options.suggestions };
  // The post's text and its images' alt texts: screen readers read alt text out.
  for (const published of [post, ...post.attachments.flatMap((a) => (a.altText ? [a.altText] : []))]) {
    checkText(published, vocabulary, budget, context);
  }
}

function checkText(published: PublishedText, vocabulary: Vocabulary, budget: { suggestions: number }, context: RuleContext<Options>): void {
  const extra = vocabulary.extra;
  const plainKnown = (word: string) => extra.has(word) || checker.correct(word);
  // An accent added or left out is never a slip: rosé, naïve, Zoë are right because rose, naive, Zoe are.
  const known = (word: string) => {
    if (plainKnown(word)) return true;
    const plain = withoutAccents(word);
    return plain !== word && plainKnown(plain);
  };
  const raw = published.text.text;
  const { checkNames, ignoreAllCaps } = context.options;

  /** Reports one token (a word, the stem of a possessive, or a part of a compound) the dictionary rejects. */
  const report = (bare: string, start: number, sentenceStart: boolean, beforeCapital: boolean): void => {
    const span = published.text.toSource(start, start + bare.length);
    // A common misspelling is never a name, however it is capitalised (Tommorow, the Goverment).
    const fix = checker.misspelling(bare);
    if (fix) {
      const suggestion = /^\p{Lu}/u.test(bare) ? fix[0]!.toUpperCase() + fix.slice(1) : fix;
      const advice = `it is a common misspelling of "${suggestion}".`;
      context.report({ messageId: 'unknown', data: { word: bare, advice }, span, suggestions: [suggestion] });
      return;
    }
    const british = britishVariant(bare, checker);
    if (british) {
      context.report({ messageId: 'american', data: { word: bare, british }, span, suggestions: [british] });
      return;
    }
    const capitalised = /^\p{Lu}\p{Ll}/u.test(bare);
    // A capitalised word inside a sentence is most likely a name (Whittington, Scunthorpe): report it
    // only when it is a slip away from a name worth checking (Wendesday, Gosprot).
    if (capitalised && !checkNames) {
      const near = vocabulary.closeName(bare);
      if (near) {
        const advice = `did you mean "${near}"? If not, and ${REMEDY}`;
        context.report({ messageId: 'unknown', data: { word: bare, advice }, span, suggestions: [near] });
        return;
      }
      // Inside a sentence, or followed by another capitalised word (Priya Patel, Hartley, Susan): a name,
      // unless the line is written in Title Case ("Christmas Bin Colections") and the word is long enough
      // not to be a short name a slip from some word (Priya, Zumba, Kym).
      if ((!sentenceStart || beforeCapital) && !(titleCase(start) && bare.length >= 6)) return;
      // A capitalised word with accents is very likely a name, wherever it stands (Éamonn, Siân, Zoé).
      if (withoutAccents(bare) !== bare) return;
      // At the start of a sentence or line, a capitalised word is reported only when it is one slip
      // (a letter left out, added, changed or swapped) from a dictionary word: Recieve, Cardbord.
      // Anything further off is most likely a name (Cockburn, a sponsor on a line of its own).
      if (!checker.oneSlipFromWord(bare.toLowerCase())) return;
    }
    let suggestions: string[] = [];
    if (budget.suggestions > 0 && bare.length <= MAX_SUGGEST_LENGTH) {
      budget.suggestions--;
      // Suggested from the word without its accents: the dictionary has none, and nspell's search
      // through accented letters takes seconds (brûlée) where the plain word takes a fraction of one.
      suggestions = [...new Set([...vocabulary.closeWords(bare), ...checker.suggest(withoutAccents(bare))])].slice(0, 3);
    }
    const advice = suggestions.length
      ? `did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}? If not, and ${REMEDY}`
      : `check it, and ${REMEDY}`;
    context.report({ messageId: 'unknown', data: { word: bare, advice }, span, suggestions });
  };

  /**
   * Part of a word disguised with symbols (b!tch, w@nker), which is for the profanity rule, or a
   * file's extension (bin-day.png), which is for the image-alt-text rule. (The raw text: the prose
   * may have blanked "@nker" as a handle.)
   */
  const letter = (ch: string | undefined) => ch !== undefined && /\p{L}/u.test(ch);
  /** Symbols run from `from` in direction `step`, and a letter lies beyond them (f***ing, b!tch). */
  const symbolsThenLetter = (from: number, step: 1 | -1): boolean => {
    let k = from;
    while (DISGUISE.test(raw[k] ?? '')) k += step;
    return k !== from && letter(raw[k]);
  };
  const fragment = (start: number, end: number, value: string) =>
    symbolsThenLetter(start - 1, -1) ||
    symbolsThenLetter(end, 1) ||
    (raw[start - 1] === '.' && FILE_EXTENSION.test(value)) ||
    (value.startsWith('.') && FILE_EXTENSION.test(value.slice(1)));

  /** Lines in Title Case, by the offset of their start: capitals there say nothing about names. */
  const titleLines = new Map<number, boolean>();
  const titleCase = (offset: number): boolean => {
    const from = raw.lastIndexOf('\n', offset - 1) + 1;
    let verdict = titleLines.get(from);
    if (verdict === undefined) {
      const to = raw.indexOf('\n', offset);
      const text = raw.slice(from, to < 0 ? undefined : to);
      const line = text.match(/\p{L}[\p{L}'’]*/gu) ?? [];
      const capitals = line.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
      // Three or more capitalised words, no ordinary word in lower case, some of the capitals ordinary
      // words (Bin, Collections), and none of the punctuation of a list of names ("Hartley, Susan
      // (Conservative)", "Mistry – Anjali Mistry").
      verdict =
        capitals.length >= 3 &&
        line.every((w) => !/^\p{Ll}/u.test(w) || TITLE_SMALL_WORDS.has(w)) &&
        !/[,;:()–—&]/.test(text) &&
        capitals.some((w) => checker.correct(w.toLowerCase()));
      titleLines.set(from, verdict);
    }
    return verdict;
  };

  const skip = (value: string) =>
    // Another script (Ukrainian, Chinese): an English dictionary cannot judge it.
    !/[A-Za-z\u00c0-\u024f]/.test(value) || value.length < 2 || /\d/.test(value) || (ignoreAllCaps && isAcronym(value));

  const list = words(published);
  /** The words that are part of a loanword phrase (déjà vu), found on first need. */
  let inPhrase: Set<Word> | undefined;
  for (const word of list) {
    if (word.literal) continue;
    if (fragment(word.start, word.end, word.value)) continue;
    // retext keeps a full stop on a word when the next word starts in lower case ("Friday. @GosportBC will…").
    // "w/c" and "c/o" come as "w/" and "c".
    const bare = withoutTrailingDots(straightApostrophes(word.value));
    if (skip(bare) || known(bare)) continue;
    if ((inPhrase ??= phraseWords(list, raw)).has(word)) continue;
    // Gosport's, residents': the stem is the word.
    const stem = /^(.+?)'s?$/u.exec(bare)?.[1] ?? bare;
    if (stem !== bare && (skip(stem) || known(stem))) continue;
    const parts = word.parts.filter((p) => p.end <= word.start + stem.length && /\p{L}/u.test(p.value) && p.value !== "'" && p.value !== '’');
    if (parts.length < 2) {
      report(stem, word.start, word.sentenceStart, word.beforeCapital);
      continue;
    }
    // A compound (drop-in, Lee-on-the-Solent, eco-freindly): the parts the dictionary rejects.
    // A name such as Dong-hyun or Jean-luc: inside a sentence, the lower-case parts after a
    // capitalised one are part of the name.
    const named = (!word.sentenceStart || word.beforeCapital) && /^\p{Lu}/u.test(parts[0]!.value);
    parts.forEach((part, index) => {
      const value = part.value.replace(/’/g, "'");
      if (named && index > 0 && /^\p{Ll}/u.test(value) && !checker.misspelling(value)) return;
      if (!skip(value) && !fragment(part.start, part.end, value) && !known(value)) report(value, part.start, word.sentenceStart && index === 0, word.beforeCapital && index === parts.length - 1);
    });
  }
}

/** The loanword phrases by their first word: "deja" → [["deja", "vu"]]. */
const PHRASES = new Map<string, string[][]>();
for (const phrase of checker.phrases) {
  const tokens = phrase.split(' ');
  PHRASES.set(tokens[0]!, [...(PHRASES.get(tokens[0]!) ?? []), tokens]);
}

/** The words of `list` that make up a loanword phrase ("à la carte", "Déjà vu"), with or without accents, in any case. */
function phraseWords(list: readonly Word[], raw: string): Set<Word> {
  const found = new Set<Word>();
  const token = (word: Word) => withoutAccents(withoutTrailingDots(straightApostrophes(word.value))).toLowerCase();
  list.forEach((word, i) => {
    for (const tokens of PHRASES.get(token(word)) ?? []) {
      const run = list.slice(i, i + tokens.length);
      const matches =
        run.length === tokens.length &&
        run.every((w, k) => token(w) === tokens[k] && (k === 0 || /^[ \t]+$/.test(raw.slice(run[k - 1]!.end, w.start))));
      if (matches) for (const w of run) found.add(w);
    }
  });
  return found;
}

/** The name within two slips of `value`, or one for short words. */
function closest(value: string, names: readonly string[]): string | undefined {
  // Two slips only in longer names (Fairham for Fareham): a six-letter surname is often two from a place (Hassan, Haslar).
  const limit = value.length >= 7 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of names) {
    if (Math.abs(name.length - value.length) > limit) continue;
    const d = distance(value, name, limit);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** HMRC, SEND, and their plurals (HMOs, DMs). */
function isAcronym(value: string): boolean {
  return /^\p{Lu}[\p{Lu}&.'-]*\p{Lu}(?:'?s)?$/u.test(value);
}

/** The word without the full stops or slashes it ends with ("etc.", "and/"); as `.replace(/[./]+$/, '')`, without a pattern tried at every letter. */
function withoutTrailingDots(word: string): string {
  let end = word.length;
  while (end > 0 && (word.charCodeAt(end - 1) === 46 /* . */ || word.charCodeAt(end - 1) === 47 /* / */)) end--;
  return end === word.length ? word : word.slice(0, end);
}

/** Curly apostrophes written straight, as the dictionary has them (most words have none). */
function straightApostrophes(word: string): string {
  return word.includes('\u2019') ? word.replace(/\u2019/g, "'") : word;
}
