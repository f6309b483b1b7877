import dictionary from 'dictionary-en-gb';
import nspell from 'nspell';
import { z } from 'zod';
import { readRuleData } from '../../src/util/data-file.js';

const dictionaryFile = z
  .array(
    z.strictObject({
      note: z.string().trim().min(1),
      source: z.string().optional(),
      words: z.array(z.string().trim().min(1)).min(1),
    }),
  )
  .superRefine((groups, ctx) => {
    const seen = new Set<string>();
    groups.forEach((group, g) =>
      group.words.forEach((word, w) => {
        if (seen.has(word)) ctx.addIssue({ code: 'custom', message: `duplicate word "${word}"`, path: [g, 'words', w] });
        seen.add(word);
      }),
    );
  });

export interface SpellChecker {
  correct(word: string): boolean;
  suggest(word: string): string[];
  /** Names a slip in which is a real mistake: the local words and names.yaml (days, months, holidays). */
  checkedNames: readonly string[];
}

let shared: SpellChecker | undefined;

/**
 * British English (dictionary-en-gb) plus the built-in Gosport and Hampshire
 * words of `dictionary.yaml`. Building it takes a while, so it is built once
 * per process, on first use; suggestions, which are slow, are cached.
 */
export function britishChecker(): SpellChecker {
  if (shared) return shared;
  // dictionary-en-gb hands over Uint8Arrays, which nspell reads like the Buffers its typings ask for.
  const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const spell = nspell({ aff: view(dictionary.aff), dic: view(dictionary.dic) });
  const localWords = readRuleData('spelling', 'dictionary.yaml', dictionaryFile).flatMap((group) => group.words);
  for (const word of localWords) spell.add(word);
  const suggestions = new Map<string, string[]>();
  shared = {
    correct: (word) => spell.correct(word),
    checkedNames: [...localWords, ...readRuleData('spelling', 'names.yaml', dictionaryFile).flatMap((group) => group.words)].filter((w) =>
      /^\p{Lu}/u.test(w),
    ),
    suggest(word) {
      let found = suggestions.get(word);
      if (!found) {
        found = spell.suggest(word);
        if (suggestions.size > 10_000) suggestions.clear();
        suggestions.set(word, found);
      }
      return found;
    },
  };
  return shared;
}

/**
 * Words accepted on top of the dictionary, with hunspell's case rules: a
 * lower-case entry accepts any capitalisation, a capitalised one only itself,
 * its capitalised and its all-capitals forms.
 */
export class WordList {
  private readonly exact = new Set<string>();
  private readonly anyCase = new Set<string>();

  constructor(readonly words: readonly string[]) {
    for (const word of words) {
      if (word === word.toLowerCase()) this.anyCase.add(word);
      else this.exact.add(word).add(word.toUpperCase());
    }
  }

  has(word: string): boolean {
    return this.anyCase.has(word.toLowerCase()) || this.exact.has(word);
  }
}

