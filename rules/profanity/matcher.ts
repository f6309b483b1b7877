import { Filter } from 'bad-words';
import { z } from 'zod';
import { readRuleData } from '../../src/util/data-file.js';

/**
 * How a term is found: as whole words; inside longer words (clusterfuck);
 * at the end of a word (goddamn); or at the start of one (masturbation).
 */
type MatchKind = 'word' | 'contains' | 'ends' | 'prefix';

export interface Term {
  /** Normalised words of the term (one for most terms). */
  words: string[];
  kind: MatchKind;
  mild: boolean;
  /** A capitalised use that does not start a sentence is a name (Dick Whittington). */
  names: boolean;
}

export interface Match {
  start: number;
  end: number;
  term: Term;
}

const unique = <T extends { term: string }>(entries: T[], ctx: z.RefinementCtx) => {
  const seen = new Set<string>();
  entries.forEach((entry, i) => {
    const key = entry.term.toLowerCase();
    if (seen.has(key)) ctx.addIssue({ code: 'custom', message: `duplicate term "${entry.term}"`, path: [i, 'term'] });
    seen.add(key);
  });
};

const termsFile = z
  .array(
    z.strictObject({
      term: z.string().trim().min(1),
      note: z.string().trim().min(1),
      source: z.string().optional(),
      match: z.enum(['word', 'contains', 'prefix']).default('word'),
      mild: z.boolean().default(false),
      names: z.boolean().default(false),
    }),
  )
  .superRefine(unique);

const allowFile = z
  .array(z.strictObject({ term: z.string().trim().min(1), note: z.string().trim().min(1), source: z.string().optional() }))
  .superRefine(unique);

const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '+': 't' };
/** The ordinary endings of a bad-words `stem*` entry: dick*, dicks, dicking… but not Dickens. */
function inflections(stem: string): string[] {
  if (stem.endsWith('e')) return [stem, stem + 's', stem + 'd', stem + 'r', stem + 'rs', stem.slice(0, -1) + 'ing', stem + 'y'];
  return ['', 's', 'es', 'ed', 'er', 'ers', 'ing', 'y'].map((ending) => stem + ending);
}

/** Tokens: letters and digits, with the symbols people use to disguise words (sh!t, @$$, f**k) inside them. */
export const TOKEN = /[\p{L}\p{M}\p{N}@$]+(?:[!+*_'’]+[\p{L}\p{M}\p{N}@$]+)*/gu;

/** Lower case, disguises undone when the token has at least two letters (so road numbers such as A55 stay as they are). */
export function normalise(token: string): string {
  const lower = token.toLowerCase().replace(/[’]/g, "'");
  if (!/[^\p{L}\p{M}']/u.test(lower)) return lower;
  const letters = lower.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 2 && !/^[@$!+]+$/u.test(lower.replace(/\p{L}/gu, ''))) return lower;
  return [...lower].map((ch) => LEET[ch] ?? (ch === '_' ? '' : ch)).join('');
}

/**
 * The compiled term list: bad-words' list plus `terms.yaml`, minus
 * `allow.yaml`, indexed by first word so that a post is matched in one pass
 * over its words.
 */
export class Matcher {
  private readonly byFirstWord = new Map<string, Term[]>();
  private readonly partial: Term[] = [];
  private readonly allowed = new Set<string>();
  private readonly allowedPhrases: string[][] = [];
  /** Single-word terms by length, for tokens disguised with asterisks (f**k). */
  private readonly byLength = new Map<number, string[]>();

  constructor(extraTerms: readonly string[] = [], extraAllow: readonly string[] = []) {
    const allow = readRuleData('profanity', 'allow.yaml', allowFile);
    for (const entry of [...allow.map((a) => a.term), ...extraAllow]) {
      const words = splitWords(entry);
      if (words.length === 1) this.allowed.add(words[0]!);
      else this.allowedPhrases.push(words);
    }

    const own = readRuleData('profanity', 'terms.yaml', termsFile);
    const flags = new Map(own.map((t) => [wordsKey(t.term), t]));
    // Allowed words stay in the index, so that a disguised spelling ("pen1s") is still reported.
    const add = (raw: string, kind: MatchKind, mild = false, names = false, stem?: string) => {
      const words = splitWords(raw);
      if (!words.length) return;
      const flagged = flags.get(words.join(' ')) ?? (stem ? flags.get(stem) : undefined);
      const term: Term = { words, kind, mild: flagged?.mild ?? mild, names: flagged?.names ?? names };
      if (kind !== 'word') {
        this.partial.push(term);
        return;
      }
      const list = this.byFirstWord.get(words[0]!) ?? [];
      if (list.some((t) => t.words.join(' ') === words.join(' '))) return;
      list.push(term);
      this.byFirstWord.set(words[0]!, list);
      if (words.length === 1) {
        const sameLength = this.byLength.get(words[0]!.length) ?? [];
        sameLength.push(words[0]!);
        this.byLength.set(words[0]!.length, sameLength);
      }
    };

    for (const raw of new Filter().list) {
      const entry = raw.trim().replace(/;+$/, '');
      const stem = entry.replace(/^\*+|\*+$/g, '');
      if (!stem || /\*/.test(stem)) continue;
      const normalStem = wordsKey(stem);
      if (entry.startsWith('*') && entry.endsWith('*')) add(stem, 'contains');
      else if (entry.startsWith('*')) add(stem, 'ends');
      else if (entry.endsWith('*')) {
        // Allowing the stem allows its whole family (fitt* → fitted, fitting).
        if (this.allowed.has(normalStem)) continue;
        for (const form of inflections(normalStem)) add(form, 'word', false, false, normalStem);
      } else add(stem, 'word');
    }
    for (const t of own) add(t.term, t.match, t.mild, t.names);
    for (const t of extraTerms) add(t, 'word');
  }

  /** Every match in `text` (whose masked parts are blanks), longest first where they overlap. */
  match(text: string): Match[] {
    const tokens = [...text.matchAll(TOKEN)].map((m) => ({
      raw: m[0],
      norm: normalise(m[0]),
      start: m.index,
      end: m.index + m[0].length,
    }));
    const allowedToken = new Set<number>();
    for (const phrase of this.allowedPhrases) {
      for (let i = 0; i + phrase.length <= tokens.length; i++) {
        if (phrase.every((w, k) => tokens[i + k]!.norm === w) && joined(text, tokens, i, phrase.length)) {
          for (let k = 0; k < phrase.length; k++) allowedToken.add(i + k);
        }
      }
    }

    const out: Match[] = [];
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      if (allowedToken.has(i)) continue;
      // An allowed word written plainly is fine; the same word disguised (pen1s, @$$) is not.
      const plainAllowed = this.allowed.has(token.raw.toLowerCase().replace(/’/g, "'"));
      let best: { term: Term; length: number } | undefined;
      for (const term of this.byFirstWord.get(token.norm) ?? []) {
        const n = term.words.length;
        if (n === 1 && plainAllowed) continue;
        if (n > 1 && !(i + n <= tokens.length && term.words.every((w, k) => tokens[i + k]!.norm === w) && joined(text, tokens, i, n))) continue;
        if (n > 1 && [...Array(n).keys()].some((k) => allowedToken.has(i + k))) continue;
        if (!best || n > best.length) best = { term, length: n };
      }
      if (!best && !plainAllowed && !this.allowed.has(token.norm)) {
        const term = this.partialMatch(token.norm) ?? this.disguised(token.raw);
        if (term) best = { term, length: 1 };
      }
      if (!best) continue;
      if (best.term.names && isName(text, token.raw, token.start)) continue;
      const last = tokens[i + best.length - 1]!;
      out.push({ start: token.start, end: last.end, term: best.term });
      i += best.length - 1;
    }
    return out;
  }

  private partialMatch(norm: string): Term | undefined {
    return this.partial.find((t) => {
      const part = t.words[0]!;
      if (t.kind === 'contains') return norm.includes(part);
      if (t.kind === 'ends') return norm.endsWith(part);
      return norm.startsWith(part);
    });
  }

  /** `f**k`: asterisks standing for letters. */
  private disguised(raw: string): Term | undefined {
    if (!raw.includes('*') || !/\p{L}/u.test(raw)) return undefined;
    const pattern = new RegExp(`^${raw.toLowerCase().replace(/[^\p{L}*]/gu, '').replace(/\*/g, '\\p{L}')}$`, 'u');
    const word = this.byLength.get(raw.replace(/[^\p{L}*]/gu, '').length)?.find((w) => pattern.test(w));
    return word ? this.byFirstWord.get(word)?.find((t) => t.words.length === 1) : undefined;
  }
}

function splitWords(phrase: string): string[] {
  return [...phrase.matchAll(TOKEN)].map((m) => normalise(m[0])).filter(Boolean);
}

function wordsKey(phrase: string): string {
  return splitWords(phrase).join(' ');
}

/** The tokens i…i+n-1 are separated only by spaces or hyphens (one phrase, not across punctuation). */
function joined(text: string, tokens: { start: number; end: number }[], i: number, n: number): boolean {
  for (let k = i; k < i + n - 1; k++) {
    if (!/^[\s-]{1,3}$/.test(text.slice(tokens[k]!.end, tokens[k + 1]!.start))) return false;
  }
  return true;
}

/** Capitalised (not all capitals) and not at the start of a sentence: a name such as "Dick Whittington". */
function isName(text: string, raw: string, start: number): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(raw)) return false;
  const before = text.slice(Math.max(0, start - 40), start).replace(/[\s"'“‘(\[]+$/u, '');
  return before !== '' && !/[.!?\n]$/.test(before);
}
