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
    return this.words.filter((w) => Math.abs(w.length - value.length) <= limit && distance(lower, w.toLowerCase()) <= limit);
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
  const { checkNames, ignoreAllCaps } = context.options;

  /** Reports one token (a word, the stem of a possessive, or a part of a compound) the dictionary rejects. */
  const report = (bare: string, start: number, sentenceStart: boolean, beforeCapital: boolean): void => {
    const span = published.text.toSource(start, start + bare.length);
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
      // Inside a sentence, or followed by another capitalised word (Priya Patel, Hartley, Susan): a name.
      if (!sentenceStart || beforeCapital) return;
    }
    let suggestions: string[] = [];
    if (budget.suggestions > 0 && bare.length <= MAX_SUGGEST_LENGTH) {
      budget.suggestions--;
      suggestions = [...new Set([...vocabulary.closeWords(bare), ...checker.suggest(bare)])].slice(0, 3);
    }
    // At the start of a sentence or line, a capitalised word is reported only when it is one slip
    // (a letter left out, added, changed or swapped) from a dictionary word: Recieve, Cardbord.
    // Anything further off is most likely a name (Cockburn, a sponsor on a line of its own).
    if (capitalised && !checkNames && !suggestions.some((s) => distance(bare.toLowerCase(), s.toLowerCase()) <= 1)) return;
    const advice = suggestions.length
      ? `did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}? If not, and ${REMEDY}`
      : `check it, and ${REMEDY}`;
    context.report({ messageId: 'unknown', data: { word: bare, advice }, span, suggestions });
  };

  const skip = (value: string) =>
    value.length < 2 || /\d/.test(value) || !/\p{L}/u.test(value) || (ignoreAllCaps && isAcronym(value));

  for (const word of words(published)) {
    if (word.literal) continue;
    // Part of a word disguised with symbols (b!tch): that is for the profanity rule, not a misspelling.
    if (DISGUISE.test(text[word.start - 1] ?? '') || DISGUISE.test(text[word.end] ?? '')) continue;
    // retext keeps a full stop on a word when the next word starts in lower case ("Friday. @GosportBC will…").
    // "w/c" and "c/o" come as "w/" and "c".
    const bare = word.value.replace(/’/g, "'").replace(/[./]+$/, '');
    if (skip(bare) || known(bare)) continue;
    // Gosport's, residents': the stem is the word.
    const stem = /^(.+?)'s?$/u.exec(bare)?.[1] ?? bare;
    if (stem !== bare && (skip(stem) || known(stem))) continue;
    const parts = word.parts.filter((p) => p.end <= word.start + stem.length && /\p{L}/u.test(p.value) && p.value !== "'" && p.value !== '’');
    if (parts.length < 2) {
      report(stem, word.start, word.sentenceStart, word.beforeCapital);
      continue;
    }
    // A compound (drop-in, Lee-on-the-Solent, eco-freindly): the parts the dictionary rejects.
    parts.forEach((part, index) => {
      const value = part.value.replace(/’/g, "'");
      if (!skip(value) && !known(value)) report(value, part.start, word.sentenceStart && index === 0, word.beforeCapital && index === parts.length - 1);
    });
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
