import type { ProfanityData, Term } from './data.js';
import { normalise, splitWords, TOKEN } from './tokens.js';

export interface Match {
  start: number;
  end: number;
  term: Term;
}

/**
 * The term list (see data.ts) indexed by first word, so that a post is
 * matched in one pass over its words.
 */
export class Matcher {
  private readonly byFirstWord = new Map<string, Term[]>();
  private readonly partial: Term[] = [];
  private readonly allowed = new Set<string>();
  private readonly allowedPhrases: string[][] = [];
  /** Single-word terms by length, for tokens disguised with asterisks (f**k). */
  private readonly byLength = new Map<number, string[]>();

  constructor(data: ProfanityData, extraTerms: readonly string[] = [], extraAllow: readonly string[] = []) {
    for (const word of data.allowed) this.allowed.add(word);
    this.allowedPhrases.push(...data.allowedPhrases);
    for (const entry of extraAllow) {
      const words = splitWords(entry);
      if (words.length === 1) this.allowed.add(words[0]!);
      else this.allowedPhrases.push(words);
    }
    const extra = extraTerms.map((term): Term => ({ words: splitWords(term), kind: 'word', mild: false, names: false }));
    for (const term of [...data.terms, ...extra]) {
      if (!term.words.length) continue;
      if (term.kind !== 'word') {
        this.partial.push(term);
        continue;
      }
      const first = term.words[0]!;
      const list = this.byFirstWord.get(first) ?? [];
      list.push(term);
      this.byFirstWord.set(first, list);
      if (term.words.length === 1) {
        const sameLength = this.byLength.get(first.length) ?? [];
        sameLength.push(first);
        this.byLength.set(first.length, sameLength);
      }
    }
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
