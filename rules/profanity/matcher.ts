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
  /** Allowed phrases by first word. */
  private readonly allowedPhrases = new Map<string, string[][]>();
  /** Single-word terms by length, for tokens disguised with asterisks (f**k). */
  private readonly byLength = new Map<number, string[]>();

  constructor(data: ProfanityData, extraTerms: readonly string[] = [], extraAllow: readonly string[] = []) {
    for (const word of data.allowed) this.allowed.add(word);
    const allowPhrase = (words: string[]) => {
      const list = this.allowedPhrases.get(words[0]!) ?? [];
      list.push(words);
      this.allowedPhrases.set(words[0]!, list);
    };
    data.allowedPhrases.forEach(allowPhrase);
    for (const entry of extraAllow) {
      const words = splitWords(entry);
      if (words.length === 1) this.allowed.add(words[0]!);
      else if (words.length) allowPhrase(words);
    }
    const extra = extraTerms.map((term): Term => ({ words: splitWords(term), kind: 'word', mild: false, names: false }));
    // A word the configuration asks for is reported even if the built-in allowlist knows an innocent sense of it.
    for (const term of extra) if (term.words.length === 1) this.allowed.delete(term.words[0]!);
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
    const tokens: (Token & { norm: string })[] = [...text.matchAll(TOKEN)].map((m) => {
      let raw = m[0];
      let norm = normalise(raw);
      // A possessive is its word: "some bastard's van", "the twat’s idea".
      const possessive = /^(.+?)['’]s?$/u.exec(raw);
      if (possessive && !this.byFirstWord.has(norm)) {
        raw = possessive[1]!;
        norm = normalise(raw);
      }
      return { raw, norm, start: m.index, end: m.index + raw.length, after: m.index + m[0].length };
    });
    const allowedToken = new Set<number>();
    for (let i = 0; i < tokens.length; i++) {
      for (const phrase of this.allowedPhrases.get(tokens[i]!.norm) ?? []) {
        if (i + phrase.length > tokens.length) continue;
        if (phrase.every((w, k) => tokens[i + k]!.norm === w) && joined(text, tokens, i, phrase.length)) {
          for (let k = 0; k < phrase.length; k++) allowedToken.add(i + k);
        }
      }
    }

    // A word the post uses as a name inside a sentence ("Mr Dick Hoare") is a name at the start of one
    // too. Gathered only when a word that may be a name is found: most posts have none.
    let names: Set<string> | undefined;
    const usedAsName = (raw: string): boolean => {
      names ??= new Set(tokens.filter((t, k) => /^\p{Lu}\p{Ll}/u.test(t.raw) && isName(text, tokens, k)).map((t) => t.raw));
      return names.has(raw);
    };

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
      // Asterisks after a word stand for its last letters (f***).
      const stars = /^\**/.exec(text.slice(token.end))![0].length;
      let end = tokens[i + (best?.length ?? 1) - 1]!.end;
      if (!best && !plainAllowed && !this.allowed.has(token.norm)) {
        let term = this.partialMatch(token.norm) ?? this.disguised(token.raw);
        if (!term && stars) {
          term = this.disguised(token.raw + '*'.repeat(stars));
          if (term) end = token.end + stars;
        }
        if (term) best = { term, length: 1 };
      }
      if (!best) continue;
      if (best.term.names && (isName(text, tokens, i) || usedAsName(token.raw))) continue;
      if (best.length === 1 && inHyphenatedName(text, token)) continue;
      out.push({ start: token.start, end, term: best.term });
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
    // Exam grades: A*, A**, A*s ("a record number of A*s").
    if (/^A\*{1,2}s?$/u.test(raw)) return undefined;
    // Emphasis inside a word (sh**i**t): the asterisks hide nothing.
    const bare = raw.replace(/\*+/g, '');
    if (bare !== raw) {
      const plain = this.byFirstWord.get(normalise(bare))?.find((t) => t.words.length === 1);
      if (plain) return plain;
    }
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

type Token = { raw: string; start: number; end: number; after?: number };

/**
 * Written as a name: capitalised inside a sentence ("…the panto Dick…"), or
 * followed by a surname in the same case ("Dick Whittington", "DICK
 * WHITTINGTON"), as a sentence's first word may be.
 */
function isName(text: string, tokens: Token[], i: number): boolean {
  const { raw, start, end: wordEnd, after } = tokens[i]!;
  // After a possessive, from its end: "Dick's Cafe" is a name as "Dick Turpin" is.
  const end = after ?? wordEnd;
  const next = tokens[i + 1];
  const title = (s: string) => /^\p{Lu}\p{Ll}/u.test(s);
  const caps = (s: string) => /^\p{Lu}{2,}$/u.test(s);
  const adjacent = next !== undefined && /^ $/.test(text.slice(end, next.start));
  if ((title(raw) && adjacent && title(next.raw)) || (caps(raw) && adjacent && caps(next.raw))) return true;
  if (!title(raw)) return false;
  const window = text.slice(Math.max(0, start - 40), start);
  // A new line (a heading above, a list item) starts afresh, like a full stop.
  if (/\n[\s"'“‘(\[•*-]*$/u.test(window)) return false;
  const before = window.replace(/[\s"'“‘(\[]+$/u, '');
  return before !== '' && !/[.!?]$/.test(before);
}

/**
 * The middle of a hyphenated name or compound: a place such as Chorlton-cum-Hardy or
 * Sutton-on-the-Hill (capitals on both sides), or "cum" joining any two words
 * (kitchen-cum-diner, bedroom-cum-study).
 */
function inHyphenatedName(text: string, token: Token): boolean {
  if (text[token.start - 1] !== '-' || text[token.end] !== '-') return false;
  let k = token.start - 2;
  while (k >= 0 && /\p{L}/u.test(text[k]!)) k--;
  const before = text.slice(k + 1, token.start - 1);
  const after = text[token.end + 1] ?? '';
  if (!before || !/\p{L}/u.test(after)) return false;
  return token.raw.toLowerCase() === 'cum' || (/\p{Lu}/u.test(before) && /\p{Lu}/u.test(after));
}
