import * as z from 'zod/mini';
import { ruleFile } from '../../src/paths.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readRuleData } from '../../src/util/data-file.js';
import { splitWords } from './tokens.js';

/**
 * How a term is found: as whole words; inside longer words (clusterfuck);
 * at the end of a word (goddamn); or at the start of one (masturbation).
 */
export type MatchKind = 'word' | 'contains' | 'ends' | 'prefix';

export interface Term {
  /** Normalised words of the term (one for most terms). */
  words: string[];
  kind: MatchKind;
  mild: boolean;
  /** A capitalised use that does not start a sentence is a name (Dick Whittington). */
  names: boolean;
}

export interface ProfanityData {
  terms: Term[];
  /** Normalised words never reported when written plainly. */
  allowed: string[];
  /** Phrases whose words are never reported ("pussy willow"). */
  allowedPhrases: string[][];
}

/** Rejects a term listed twice in one file. */
const unique = <T extends { term: string }>() =>
  z.superRefine<T[]>((entries, ctx) => {
    const seen = new Set<string>();
    entries.forEach((entry, i) => {
      const key = entry.term.toLowerCase();
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `duplicate term "${entry.term}"`, path: [i, 'term'], input: entry.term });
      seen.add(key);
    });
  });

const text = z.string().check(z.trim(), z.minLength(1));

const termEntry = z.strictObject({
  term: text,
  note: text,
  source: z.optional(z.string()),
  match: z._default(z.enum(['word', 'contains', 'prefix']), 'word'),
  mild: z._default(z.boolean(), false),
  names: z._default(z.boolean(), false),
});
const termsFile = z.array(termEntry).check(unique<z.infer<typeof termEntry>>());

const allowEntry = z.strictObject({ term: text, note: text, source: z.optional(z.string()) });
const allowFile = z.array(allowEntry).check(unique<z.infer<typeof allowEntry>>());

/** The ordinary endings of a bad-words `stem*` entry: dick*, dicks, dicking… but not Dickens. */
function inflections(stem: string): string[] {
  if (stem.endsWith('e')) return [stem, stem + 's', stem + 'd', stem + 'r', stem + 'rs', stem.slice(0, -1) + 'ing', stem + 'y'];
  return ['', 's', 'es', 'ed', 'er', 'ers', 'ing', 'y'].map((ending) => stem + ending);
}

/** bad-words' list plus terms.yaml, minus allow.yaml: compiled by `npm run build` into dist/data/profanity.json. */
export const profanityData: CompiledData<ProfanityData> = {
  name: 'profanity',
  sources: () => [ruleFile('profanity', 'terms.yaml'), ruleFile('profanity', 'allow.yaml')],
  async compile() {
    const { Filter } = await import('bad-words');
    const allowedWords = new Set<string>();
    const allowedPhrases: string[][] = [];
    for (const entry of readRuleData('profanity', 'allow.yaml', allowFile)) {
      const words = splitWords(entry.term);
      if (words.length === 1) allowedWords.add(words[0]!);
      else allowedPhrases.push(words);
    }

    const own = readRuleData('profanity', 'terms.yaml', termsFile);
    const flags = new Map(own.map((t) => [splitWords(t.term).join(' '), t]));
    const terms = new Map<string, Term>();
    // Allowed words stay in the list, so that a disguised spelling ("pen1s") is still reported.
    const add = (raw: string, kind: MatchKind, mild = false, names = false, stem?: string) => {
      const words = splitWords(raw);
      if (!words.length) return;
      const flagged = flags.get(words.join(' ')) ?? (stem ? flags.get(stem) : undefined);
      const key = `${kind} ${words.join(' ')}`;
      if (!terms.has(key)) terms.set(key, { words, kind, mild: flagged?.mild ?? mild, names: flagged?.names ?? names });
    };

    for (const raw of new Filter().list) {
      const entry = raw.trim().replace(/;+$/, '');
      const stem = entry.replace(/^\*+|\*+$/g, '');
      if (!stem || /\*/.test(stem)) continue;
      const normalStem = splitWords(stem).join(' ');
      if (entry.startsWith('*') && entry.endsWith('*')) add(stem, 'contains');
      else if (entry.startsWith('*')) add(stem, 'ends');
      else if (entry.endsWith('*')) {
        // Allowing the stem allows its whole family (fitt* → fitted, fitting).
        if (allowedWords.has(normalStem)) continue;
        for (const form of inflections(normalStem)) add(form, 'word', false, false, normalStem);
      } else add(stem, 'word');
    }
    // Our own entries come last so that their flags win over a bad-words entry of the same term.
    for (const t of own) {
      const words = splitWords(t.term);
      terms.set(`${t.match} ${words.join(' ')}`, { words, kind: t.match, mild: t.mild, names: t.names });
    }
    return { terms: [...terms.values()], allowed: [...allowedWords], allowedPhrases };
  },
};
