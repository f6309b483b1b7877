import * as z from 'zod/mini';
import { ruleFile } from '../../src/paths.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readRuleData } from '../../src/util/data-file.js';
import { profanityData } from '../profanity/data.js';
import { withoutAccents } from './accents.js';

/** Separates a word from its affix flags, and the flags from each other, in `SpellingData.words`. */
export const FLAG_MARK = '\t';
export const FLAG_SEPARATOR = '\u001f';
/** dictionary-en-gb's flag for words that are right but never suggested (index.aff: `NOSUGGEST !`). */
const NOSUGGEST = '!';

export interface SpellingData {
  /** dictionary-en-gb's affix file (casing, conversions, suggestion settings). */
  aff: string;
  /**
   * Every word form the dictionary accepts (affixes already applied), plus the
   * local words of dictionary.yaml, sorted by UTF-16 code units, one per line;
   * a root word is followed by a tab and its flags.
   */
  words: string;
  /** Where each line of `words` starts, then `words.length + 1`: little-endian 32-bit integers, base64. */
  lineStarts: string;
  /** The dictionary's compound rules (ordinals such as 21st), as regular-expression sources. */
  compoundRules: string[];
  /** Names a slip in which is a real mistake: the capitalised local words and names.yaml. */
  checkedNames: string[];
  /** Common misspellings (lower case) and their corrections, from misspellings.yaml. */
  misspellings: Record<string, string>;
  /** Loanword phrases of accents.yaml, without accents and in lower case ("deja vu"). */
  phrases: string[];
}

/** The schemas of the rule's data files: built only when the data is compiled, never in a run that reads dist/data. */
function schemas() {
  const text = z.string().check(z.trim(), z.minLength(1));
  const wordGroups = z
    .array(z.strictObject({ note: text, source: z.optional(z.string()), words: z.array(text).check(z.minLength(1)) }))
    .check(
      z.superRefine((groups, ctx) => {
        const seen = new Set<string>();
        groups.forEach((group, g) =>
          group.words.forEach((word, w) => {
            if (seen.has(word)) ctx.addIssue({ code: 'custom', message: `duplicate word "${word}"`, path: [g, 'words', w], input: word });
            seen.add(word);
          }),
        );
      }),
    );

  const accentsFile = z
    .array(z.strictObject({ note: text, source: z.optional(z.string()), words: z.optional(z.array(z.string().check(z.regex(/^[^\s\u0100-\uffff]+$/, 'one word, in Latin-1 letters')))), phrases: z.optional(z.array(text)) }))
    .check(
      z.superRefine((groups, ctx) => {
        const seen = new Set<string>();
        groups.forEach((group, g) =>
          [...(group.words ?? []), ...(group.phrases ?? [])].forEach((entry) => {
            if (seen.has(entry)) ctx.addIssue({ code: 'custom', message: `duplicate entry "${entry}"`, path: [g], input: entry });
            seen.add(entry);
          }),
        );
      }),
    );

  const misspellingsFile = z.record(z.string().check(z.regex(/^[\p{Ll}'-]+$/u, 'a misspelling in lower case')), text);
  return { wordGroups, accentsFile, misspellingsFile };
}

const internals = (spell: object) => spell as { data: Record<string, string[]>; compoundRules: RegExp[] };

/**
 * British English with Gosport's words, compiled by `npm run build` into
 * dist/data/spelling.json: building nspell from the dictionary takes longer
 * than a whole lint of one draft, so it is done once, at build time.
 */
export const spellingData: CompiledData<SpellingData> = {
  name: 'spelling',
  sources: () => [...profanityData.sources(), ruleFile('spelling', 'dictionary.yaml'), ruleFile('spelling', 'names.yaml'), ruleFile('spelling', 'misspellings.yaml'), ruleFile('spelling', 'accents.yaml')],
  async compile() {
    const { wordGroups, accentsFile, misspellingsFile } = schemas();
    const [{ default: dictionary }, { default: nspell }] = await Promise.all([import('dictionary-en-gb'), import('nspell')]);
    const view = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const spell = nspell({ aff: view(dictionary.aff), dic: view(dictionary.dic) });
    const localWords = readRuleData('spelling', 'dictionary.yaml', wordGroups).flatMap((group) => group.words);
    const accents = readRuleData('spelling', 'accents.yaml', accentsFile);
    // A word with accents is right without them too (crèche, creche; Siân, Sian).
    for (const word of [...localWords, ...accents.flatMap((group) => group.words ?? [])]) {
      spell.add(word);
      if (withoutAccents(word) !== word) spell.add(withoutAccents(word));
    }
    const phrases = accents.flatMap((group) => group.phrases ?? []).map((phrase) => withoutAccents(phrase).toLowerCase());
    // Swear words are spelt right: the profanity rule reports them, and a second report
    // ("shite": did you mean "shire"?) is noise, and costly to find suggestions for.
    // They are never offered as suggestions, though ("kung": did you mean "kunt"?).
    // Only those the profanity rule reports: its allowed words (feces, testical, hore) may be misspellings.
    const { terms, allowed } = await profanityData.compile();
    const allowedWords = new Set(allowed);
    const { data } = internals(spell);
    for (const term of terms) {
      const word = term.words[0]!;
      if (term.words.length !== 1 || term.kind === 'prefix' || allowedWords.has(word)) continue;
      data[word] = [...new Set([...(data[word] ?? []), NOSUGGEST])];
    }
    const lines = Object.keys(data)
      .sort()
      .map((word) => {
        const flags = data[word]!;
        return flags.length ? word + FLAG_MARK + flags.join(FLAG_SEPARATOR) : word;
      });
    const names = readRuleData('spelling', 'names.yaml', wordGroups).flatMap((group) => group.words);
    const starts = new Uint32Array(lines.length + 1);
    for (let i = 0, at = 0; i <= lines.length; i++) {
      starts[i] = at;
      at += (lines[i]?.length ?? 0) + 1;
    }
    const misspellings = readRuleData('spelling', 'misspellings.yaml', misspellingsFile);
    const wrong = Object.entries(misspellings).flatMap(([word, fix]) => [
      ...(spell.correct(word) ? [`"${word}" is in the dictionary, so it is not a misspelling`] : []),
      ...fix.split(' ').filter((w) => !spell.correct(w)).map((w) => `the correction "${w}" (of "${word}") is not in the dictionary`),
    ]);
    if (wrong.length) throw new Error(`rules/spelling/misspellings.yaml:\n  ${wrong.join('\n  ')}`);
    return {
      misspellings,
      phrases,
      aff: Buffer.from(dictionary.aff).toString('utf8'),
      words: lines.join('\n'),
      lineStarts: Buffer.from(starts.buffer).toString('base64'),
      compoundRules: internals(spell).compoundRules.map((rule) => rule.source),
      checkedNames: [...localWords, ...names].filter((word) => /^\p{Lu}/u.test(word)),
    };
  },
};
