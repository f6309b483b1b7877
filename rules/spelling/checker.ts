import nspell from 'nspell';
import { loadCompiled } from '../../src/util/compiled.js';
import { withoutAccents } from './accents.js';
import { spellingData } from './data.js';
import { WordTable } from './word-table.js';

export interface SpellChecker {
  correct(word: string): boolean;
  suggest(word: string): string[];
  /** Names a slip in which is a real mistake: the local words and names.yaml (days, months, holidays). */
  checkedNames: readonly string[];
  /** The correction of a common misspelling (`recieve` → `receive`), whatever its case, if it is one. */
  misspelling(word: string): string | undefined;
  /** Whether a dictionary word is one slip from `word` (lower case); remembered per word. */
  oneSlipFromWord(word: string): boolean;
  /** Loanword phrases ("deja vu", "a la carte"), without accents, in lower case. */
  phrases: readonly string[];
}

/**
 * British English (dictionary-en-gb) plus the built-in Gosport and Hampshire
 * words of dictionary.yaml, from the data compiled at build time. nspell does
 * the checking and the suggesting as usual; only its word table is replaced
 * by one that loads in a few milliseconds. Suggestions, which are slow, are
 * cached for the run.
 */
export async function britishChecker(): Promise<SpellChecker> {
  const data = await loadCompiled(spellingData);
  const starts = Buffer.from(data.lineStarts, 'base64');
  // Copied into its own buffer: a Uint32Array needs 4-byte alignment.
  const table = new WordTable(data.words, new Uint32Array(starts.buffer.slice(starts.byteOffset, starts.byteOffset + starts.byteLength)));
  const spell = nspell(Buffer.from(data.aff));
  // nspell reads words from `data` (by key, and with `in`) and compounds from `compoundRules`.
  const internals = spell as unknown as { data: object; compoundRules: RegExp[] };
  internals.data = new Proxy(Object.create(null) as object, {
    get: (_, word) => (typeof word === 'string' ? table.get(word) : undefined),
    has: (_, word) => typeof word === 'string' && table.get(word) !== undefined,
  });
  internals.compoundRules = data.compoundRules.map((source) => new RegExp(source, 'i'));

  const suggestions = new Map<string, string[]>();
  const verdicts = new Map<string, boolean>();
  const slips = new Map<string, boolean>();
  return {
    correct(word) {
      // Most words of a run are the same few thousand: look each up once.
      let known = verdicts.get(word);
      if (known === undefined) {
        known = spell.correct(word);
        if (verdicts.size > 50_000) verdicts.clear();
        verdicts.set(word, known);
      }
      return known;
    },
    checkedNames: data.checkedNames,
    phrases: data.phrases,
    misspelling(word) {
      const lower = word.toLowerCase();
      return Object.hasOwn(data.misspellings, lower) ? data.misspellings[lower] : undefined;
    },
    oneSlipFromWord(word) {
      let found = slips.get(word);
      if (found === undefined) {
        // Straight to nspell: the few hundred made-up spellings tried would only crowd the verdict cache.
        found = oneSlip(word, (w) => spell.correct(w));
        if (slips.size > 10_000) slips.clear();
        slips.set(word, found);
      }
      return found;
    },
    suggest(word) {
      let found = suggestions.get(word);
      if (!found) {
        // Hashing every word costs more than a few suggestions (a pre-commit hook's draft),
        // and pays for itself over many (a repository's).
        if (suggestions.size >= 4) table.buildIndex();
        found = spell.suggest(word);
        if (suggestions.size > 10_000) suggestions.clear();
        suggestions.set(word, found);
      }
      return found;
    },
  };
}

/**
 * Words accepted on top of the dictionary, with hunspell's case rules: a
 * lower-case entry accepts any capitalisation, a capitalised one only itself
 * and its all-capitals form.
 */
export class WordList {
  private readonly exact = new Set<string>();
  private readonly anyCase = new Set<string>();

  constructor(words: readonly string[]) {
    // A word written with accents is accepted without them too (Siân, Sian).
    for (const word of words.flatMap((w) => [...new Set([w, withoutAccents(w)])])) {
      if (word === word.toLowerCase()) this.anyCase.add(word);
      else this.exact.add(word).add(word.toUpperCase());
    }
  }

  has(word: string): boolean {
    return this.anyCase.has(word.toLowerCase()) || this.exact.has(word);
  }
}

const ALPHABET = 'abcdefghijklmnopqrstuvwxyz';

/**
 * Whether a word `correct` accepts is one slip from `word` (lower case): a letter left out, added,
 * changed or two swapped. A few hundred look-ups, so it needs no suggestion budget.
 */
function oneSlip(word: string, correct: (w: string) => boolean): boolean {
  const known = (w: string) => w !== word && w.length > 1 && correct(w);
  for (let i = 0; i <= word.length; i++) {
    const head = word.slice(0, i);
    const tail = word.slice(i);
    if (tail && known(head + tail.slice(1))) return true;
    if (tail.length > 1 && known(head + tail[1] + tail[0] + tail.slice(2))) return true;
    for (const ch of ALPHABET) {
      if (known(head + ch + tail)) return true;
      if (tail && known(head + ch + tail.slice(1))) return true;
    }
  }
  return false;
}
