import { prose } from '../../src/analysis/entities.js';
import { words } from '../../src/analysis/words.js';
import type { Post, PublishedText } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { britishVariant } from './british.js';
import { britishChecker, WordList } from './checker.js';
import { distance } from '../../src/util/did-you-mean.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const DISGUISE = /[!@$*+]/;

const REMEDY = 'if it is a name or a local word, add it to `dictionary:` in .gbc-post-lint.yaml.';

/** Suggestions for very long tokens cost more than they are worth. */
const MAX_SUGGEST_LENGTH = 24;

const checker = await britishChecker();

/** What a configuration adds to the dictionary, and the names checked for slips; one per resolved configuration. */
class Vocabulary {
  readonly extra: WordList;
  private readonly names: readonly string[];
  private readonly close = new Map<string, string | undefined>();

  constructor(words: string[]) {
    this.extra = new WordList(words);
    this.names = [...checker.checkedNames, ...words.filter((w) => /^\p{Lu}/u.test(w))];
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
  const known = (word: string) => extra.has(word) || checker.correct(word);
  const text = prose(published);
  for (const word of words(published)) {
    if (word.literal) continue;
    // Part of a word disguised with symbols (b!tch): that is for the profanity rule, not a misspelling.
    if (DISGUISE.test(text[word.start - 1] ?? '') || DISGUISE.test(text[word.end] ?? '')) continue;
    const value = word.value.replace(/’/g, "'");
    if (/\d/.test(value) || /^[^\p{L}]*$/u.test(value)) continue;
    if (context.options.ignoreAllCaps && isAcronym(value)) continue;
    if (isKnown(value, word.parts, known)) continue;
    // retext keeps a full stop on a word when the next word starts in lower case ("Friday. @GosportBC will…").
    const stop = /\.+$/.exec(value)?.[0].length ?? 0;
    if (stop && isKnown(value.slice(0, -stop), word.parts, known)) continue;
    const bare = stop ? value.slice(0, -stop) : value;
    const span = published.text.toSource(word.start, word.end - stop);
    const british = britishVariant(bare, checker);
    if (british) {
      context.report({ messageId: 'american', data: { word: bare, british }, span, suggestions: [british] });
      continue;
    }
    // A capitalised word inside a sentence is most likely a name (Whittington, Scunthorpe): report it
    // only when it is a slip away from a name worth checking (Wendesday, Gosprot).
    if (!context.options.checkNames && !word.sentenceStart && /^\p{Lu}\p{Ll}/u.test(bare)) {
      const near = vocabulary.closeName(bare);
      if (!near) continue;
      const advice = `did you mean "${near}"? If not, and ${REMEDY}`;
      context.report({ messageId: 'unknown', data: { word: bare, advice }, span, suggestions: [near] });
      continue;
    }
    let suggestions: string[] = [];
    if (budget.suggestions > 0 && bare.length <= MAX_SUGGEST_LENGTH) {
      budget.suggestions--;
      suggestions = checker.suggest(bare).slice(0, 3);
    }
    const advice = suggestions.length
      ? `did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}? If not, and ${REMEDY}`
      : `check it, and ${REMEDY}`;
    context.report({ messageId: 'unknown', data: { word: bare, advice }, span, suggestions });
  }
}

/** The name within two slips of `value`, or one for short words. */
function closest(value: string, names: readonly string[]): string | undefined {
  const limit = value.length >= 6 ? 2 : 1;
  let best: string | undefined;
  let bestDistance = limit + 1;
  for (const name of names) {
    if (Math.abs(name.length - value.length) > limit) continue;
    const d = distance(value, name);
    if (d < bestDistance) [best, bestDistance] = [name, d];
  }
  return best;
}

/** HMRC, SEND, and their plurals (HMOs, DMs). */
function isAcronym(value: string): boolean {
  return /^\p{Lu}[\p{Lu}&.'-]*\p{Lu}(?:'?s)?$/u.test(value);
}

/** A word is known as a whole, as a possessive (Gosport's), or when every part of a compound is (drop-in). */
function isKnown(value: string, parts: string[], known: (word: string) => boolean): boolean {
  if (known(value)) return true;
  const possessive = /^(.+?)'s?$/u.exec(value);
  if (possessive && known(possessive[1]!)) return true;
  const words = parts.map((p) => p.replace(/’/g, "'")).filter((p) => /\p{L}/u.test(p) && p !== "'");
  return words.length > 1 && words.every((p) => known(p) || /\d/.test(p) || isAcronym(p));
}

