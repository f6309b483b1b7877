import { words } from '../../src/analysis/words.js';
import type { Post } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { britishVariant } from './british.js';
import { britishChecker, WordList } from './checker.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

/** Suggestions for very long tokens cost more than they are worth. */
const MAX_SUGGEST_LENGTH = 24;

const wordLists = new Map<string, WordList>();

function extraWords(dictionary: string[], words: string[]): WordList {
  const key = JSON.stringify([dictionary, words]);
  let list = wordLists.get(key);
  if (!list) {
    list = new WordList([...dictionary, ...words]);
    wordLists.set(key, list);
  }
  return list;
}

export function check(post: Post, context: RuleContext<Options>): void {
  const checker = britishChecker();
  const extra = extraWords(context.settings.dictionary, context.options.words);
  const known = (word: string) => extra.has(word) || checker.correct(word);
  let suggestionsLeft = context.options.suggestions;

  for (const word of words(post)) {
    if (word.literal) continue;
    const value = word.value.replace(/’/g, "'");
    if (/\d/.test(value) || /^[^\p{L}]*$/u.test(value)) continue;
    if (context.options.ignoreAllCaps && isAcronym(value)) continue;
    if (isKnown(value, word.parts, known)) continue;

    const span = post.text.toSource(word.start, word.end);
    const british = britishVariant(value, checker);
    if (british) {
      context.report({ messageId: 'american', data: { word: value, british }, span, suggestions: [british] });
      continue;
    }
    let suggestions: string[] = [];
    if (suggestionsLeft > 0 && value.length <= MAX_SUGGEST_LENGTH) {
      suggestionsLeft--;
      suggestions = checker.suggest(value).slice(0, 3);
    }
    const remedy = 'if it is a name or a local word, add it to `dictionary:` in .gbc-post-lint.yaml.';
    const advice = suggestions.length
      ? `did you mean ${suggestions.map((s) => `"${s}"`).join(' or ')}? If not, and ${remedy}`
      : `check it, and ${remedy}`;
    context.report({ messageId: 'unknown', data: { word: value, advice }, span, suggestions });
  }
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

