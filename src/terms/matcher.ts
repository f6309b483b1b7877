import type { CompiledTerm, MatchKind, TermListData } from './data.js';
import { asciiLetters, hasTriple, letterOf, normalise, plain, readToken, splitWords, TOKEN, unstretch } from './tokens.js';

/** One term list as a rule uses it: its compiled data, and the words the configuration adds or allows. */
export interface ListSpec {
  id: string;
  data: TermListData;
  /** The rule's `terms` option: more words or phrases to report. */
  terms: readonly string[];
  /** The rule's `allow` option: words or phrases never to report. */
  allow: readonly string[];
}

/** A match of a list's entry in a segment of text (offsets into that text). */
export interface RawHit {
  list: number;
  term: CompiledTerm;
  start: number;
  end: number;
}

/** Where a `with:` or `unless:` phrase occurs (offsets into the segment's text). */
export interface ContextHit {
  phrase: number;
  start: number;
  end: number;
}

export interface SegmentMatches {
  hits: RawHit[];
  context: ContextHit[];
}

/** An entry of the index: a list's term, or a context phrase (`list` -1). */
interface Indexed {
  list: number;
  term: CompiledTerm;
  words: string[];
  /** `case: exact`: the words as they must be written. */
  exact: string[] | undefined;
  /** For each gap between words, whether the entry writes a full stop there (Cllr A. Example). */
  dotGaps: boolean[] | undefined;
  /** The context phrase's number, when `list` is -1. */
  phrase: number;
}

interface Token {
  raw: string;
  /** Lower case, folded: the spelling as written. */
  plain: string;
  /** Disguises undone: the look-up key. */
  norm: string;
  start: number;
  end: number;
  /** End of the token with its possessive ending ("Dick's"). */
  after: number;
  /** What the index knows of `norm`, if anything. */
  slot: Slot | undefined;
}

const CONTEXT = -1;

/** Everything the index knows of one word, found with one look-up per word of a post. */
interface Slot {
  /** Entries starting with the word. */
  entries: readonly Indexed[];
  /** `with:` and `unless:` phrases starting with the word. */
  context: readonly Indexed[];
  /** Allowed phrases starting with the word. */
  allowedPhrases: readonly { list: number; words: string[] }[] | undefined;
  /** Lists in which the word is allowed when written plainly. */
  allowed: number[] | undefined;
}

/**
 * Every enabled term list (and the `with:`/`unless:` phrases of their entries) indexed by first
 * word, so that a post is matched against all of them in one pass over its words. Each list keeps
 * its own allowlist and its own longest-match order: a word on two lists is a hit for both.
 */
export class Matcher {
  readonly lists: readonly ListSpec[];
  /** The context phrases of every entry, numbered; `CompiledTerm.with`/`unless` are looked up here. */
  readonly phrases: string[] = [];
  private readonly phraseIds = new Map<string, number>();
  private readonly byFirstWord = new Map<string, Indexed[]>();
  /** The `with:` and `unless:` phrases, by first word: looked for only in a text where a term that has them is found. */
  private readonly contextByFirstWord = new Map<string, Indexed[]>();
  /** Single-word, whole-word entries by length, for tokens disguised with asterisks (f**k). */
  private readonly byLength = new Map<number, Indexed[]>();
  private readonly partial: Indexed[] = [];
  /** Whether a word holds any partial entry: one test, where most words hold none. */
  private anyPartial: RegExp | undefined;
  /** Lists in which a word is allowed when written plainly. */
  private readonly allowed = new Map<string, number[]>();
  /** Allowed phrases by first word. */
  private readonly allowedPhrases = new Map<string, { list: number; words: string[] }[]>();
  /** The ids of the context phrases of each entry. */
  readonly contextOf = new Map<CompiledTerm, { with: number[]; unless: number[] }>();
  private readonly groupIds = new Map<string[][], number[]>();
  /** The four maps above merged by word: most words of a post are in none of them. */
  private readonly slots = new Map<string, Slot>();

  constructor(lists: readonly ListSpec[]) {
    this.lists = lists;
    lists.forEach((spec, list) => {
      const allowWord = (word: string) => {
        const in_ = this.allowed.get(word) ?? [];
        if (!in_.includes(list)) in_.push(list);
        this.allowed.set(word, in_);
      };
      const allowPhrase = (words: string[]) => {
        const entries = this.allowedPhrases.get(words[0]!) ?? [];
        entries.push({ list, words });
        this.allowedPhrases.set(words[0]!, entries);
      };
      for (const word of spec.data.allowed) allowWord(word);
      spec.data.allowedPhrases.forEach(allowPhrase);
      for (const entry of spec.allow) {
        const words = splitWords(entry);
        if (words.length === 1) allowWord(words[0]!);
        else if (words.length) allowPhrase(words);
      }
      const extra = spec.terms.map((term): CompiledTerm => ({ term, words: splitWords(term), kind: 'word', note: 'the `terms` option of the configuration' }));
      // A word the configuration asks for is reported even if the built-in allowlist knows an innocent sense of it.
      for (const term of extra) {
        if (term.words.length !== 1) continue;
        const in_ = this.allowed.get(term.words[0]!);
        if (in_?.includes(list)) this.allowed.set(term.words[0]!, in_.filter((l) => l !== list));
      }
      for (const term of [...spec.data.terms, ...extra]) this.add(list, term);
    });
    const slot = (word: string): Slot => {
      let found = this.slots.get(word);
      if (!found) {
        found = { entries: NONE, context: NONE, allowedPhrases: undefined, allowed: undefined };
        this.slots.set(word, found);
      }
      return found;
    };
    for (const [word, entries] of this.byFirstWord) slot(word).entries = entries;
    for (const [word, entries] of this.contextByFirstWord) slot(word).context = entries;
    for (const [word, phrases] of this.allowedPhrases) slot(word).allowedPhrases = phrases;
    for (const [word, lists] of this.allowed) slot(word).allowed = lists;
    if (this.partial.length) {
      const escape = (part: string) => part.replace(/[\\^$.*+?()[\]{}|]/g, '\\$&');
      const kinds: Record<Exclude<MatchKind, 'word'>, (part: string) => string> = { contains: (p) => p, prefix: (p) => `^${p}`, ends: (p) => `${p}$` };
      this.anyPartial = new RegExp(this.partial.map((e) => kinds[e.term.kind as Exclude<MatchKind, 'word'>](escape(e.words[0]!))).join('|'));
    }
  }

  private add(list: number, term: CompiledTerm): void {
    if (!term.words.length) return;
    const entry: Indexed = { list, term, words: term.words, exact: term.exact, dotGaps: dotGaps(term.term), phrase: -1 };
    if (term.with?.length || term.unless?.length) {
      this.contextOf.set(term, { with: this.phrasesOf(term.with), unless: this.phrasesOf(term.unless) });
    }
    if (term.kind !== 'word') {
      this.partial.push(entry);
      return;
    }
    this.index(entry);
    if (term.words.length === 1 && !term.exact) {
      const n = term.words[0]!.length;
      const sameLength = this.byLength.get(n) ?? [];
      sameLength.push(entry);
      this.byLength.set(n, sameLength);
    }
  }

  private index(entry: Indexed, into = this.byFirstWord): void {
    const first = entry.words[0]!;
    const list = into.get(first) ?? [];
    list.push(entry);
    into.set(first, list);
  }

  /** The numbers of a `with:` or `unless:` list's phrases; a list entries share (see `unpackTermList`) is numbered once. */
  private phrasesOf(group: string[][] | undefined): number[] {
    if (!group?.length) return [];
    let ids = this.groupIds.get(group);
    if (!ids) {
      ids = group.map((p) => this.phrase(p));
      this.groupIds.set(group, ids);
    }
    return ids;
  }

  /** The number of a context phrase (already normalised words), indexing it the first time. */
  private phrase(words: string[]): number {
    const key = words.join(' ');
    let id = this.phraseIds.get(key);
    if (id === undefined) {
      id = this.phrases.length;
      this.phrases.push(key);
      this.phraseIds.set(key, id);
      if (words.length) this.index({ list: CONTEXT, term: CONTEXT_TERM, words, exact: undefined, dotGaps: undefined, phrase: id }, this.contextByFirstWord);
    }
    return id;
  }

  /**
   * Every match in `text` (whose masked parts are blanks) for every list, longest first where a
   * list's matches overlap; with `withContext`, every occurrence of a context phrase too (only a
   * text with a hit that has `with:` or `unless:` needs them, and most texts have no hit at all).
   */
  match(text: string, withContext = false): SegmentMatches {
    const { tokens, allowedPhrase, singles } = this.tokens(text);
    const listCount = this.lists.length;
    const context: ContextHit[] = [];
    const hits: RawHit[] = [];
    if (!tokens.length) return { hits, context };

    // Tokens inside an allowed phrase, per list.
    let allowedToken: Map<number, Set<number>> | undefined;
    if (allowedPhrase) for (let i = 0; i < tokens.length; i++) {
      const phrases = tokens[i]!.slot?.allowedPhrases;
      if (!phrases) continue;
      for (const { list, words } of phrases) {
        if (i + words.length > tokens.length) continue;
        if (wordsAt(tokens, i, words) && joined(text, tokens, i, words.length, undefined)) {
          allowedToken ??= new Map();
          const set = allowedToken.get(list) ?? new Set();
          for (let k = 0; k < words.length; k++) set.add(i + k);
          allowedToken.set(list, set);
        }
      }
    }
    const isAllowedToken = (list: number, k: number) => allowedToken?.get(list)?.has(k) ?? false;
    const spaced = singles >= 3 ? spacedRuns(text, tokens) : undefined;

    // A word the post uses as a name inside a sentence ("Mr Dick Hoare") is a name at the start of one
    // too. Gathered only when a word that may be a name is found: most posts have none.
    let names: Set<string> | undefined;
    const usedAsName = (raw: string): boolean => {
      names ??= new Set(tokens.filter((t, k) => /^\p{Lu}\p{Ll}/u.test(t.raw) && isName(text, tokens, k)).map((t) => t.raw));
      return names.has(raw);
    };

    const nextFree = new Array<number>(listCount).fill(0);
    const best: ({ entry: Indexed; length: number; end: number } | undefined)[] = new Array(listCount);
    let found = 0;
    let i = 0;
    /** The lists that allow the word as written: looked up only when an entry matches it. */
    let plainAllowed: number[] | undefined | null = null;
    const plainAllowedIn = (list: number): boolean => {
      if (plainAllowed === null) plainAllowed = this.allowed.get(tokens[i]!.plain);
      return plainAllowed?.includes(list) ?? false;
    };
    /** Whether `best` holds anything since it was last cleared. */
    let dirty = false;
    let normAllowedIn: number[] | undefined;
    /** A partial word or a disguise, for a list with nothing yet at this word (`plainForm`: a spelling that is not a disguise). */
    const offer = (entry: Indexed, length: number, end: number, plainForm?: string) => {
      const list = entry.list;
      if (list === CONTEXT || entry.exact || best[list] || i < nextFree[list]! || isAllowedToken(list, i)) return;
      if (plainForm === undefined ? normAllowedIn?.includes(list) : this.allowed.get(plainForm)?.includes(list)) return;
      if (length === 1 && plainAllowedIn(list)) return;
      best[list] = { entry, length, end };
      dirty = true;
      found++;
    };
    /** A word and the entries matching inside it; `plainForm` when it is not a disguise. */
    const offerWord = (word: string, length: number, end: number, plainForm?: string) => {
      for (const entry of this.byFirstWord.get(word) ?? NONE) if (entry.words.length === 1) offer(entry, length, end, plainForm);
      for (const entry of this.partial) if (partlyMatches(entry, word)) offer(entry, length, end, plainForm);
    };
    for (; i < tokens.length; i++) {
      const token = tokens[i]!;
      const slot = token.slot;
      // Indexed loops, not for…of: most words have no slot, and this runs before V8 optimises it.
      if (withContext && slot) {
        for (let e = 0; e < slot.context.length; e++) {
          const entry = slot.context[e]!;
          const n = entry.words.length;
          if (n > 1 && !(wordsAt(tokens, i, entry.words) && joined(text, tokens, i, n, entry.dotGaps))) continue;
          context.push({ phrase: entry.phrase, start: token.start, end: tokens[i + n - 1]!.end });
        }
      }
      if (dirty) {
        best.fill(undefined);
        dirty = false;
      }
      found = 0;
      plainAllowed = null;
      normAllowedIn = undefined;

      const entries = slot ? slot.entries : NONE;
      for (let e = 0; e < entries.length; e++) {
        const entry = entries[e]!;
        const n = entry.words.length;
        if (n > 1 && !(wordsAt(tokens, i, entry.words) && joined(text, tokens, i, n, entry.dotGaps))) continue;
        if (entry.exact && !entry.exact.every((w, k) => tokens[i + k]!.raw === w)) continue;
        const list = entry.list;
        if (i < nextFree[list]!) continue;
        if (n === 1 && plainAllowedIn(list)) continue;
        if (allowedToken && [...Array(n).keys()].some((k) => isAllowedToken(list, i + k))) continue;
        const current = best[list];
        if (!current || n > current.length) {
          if (!current) found++;
          best[list] = { entry, length: n, end: tokens[i + n - 1]!.end };
          dirty = true;
        }
      }
      if (found === listCount) {
        this.report(text, tokens, i, best, nextFree, hits, usedAsName);
        continue;
      }

      // A word spelt out letter by letter (S.H.I.T, f u c k): read as the word it spells, which is not a disguise.
      const run = spaced?.get(i);
      if (run) offerWord(normalise(run.letters), run.last - i + 1, tokens[run.last]!.end, plain(run.letters));

      // Partial words and disguises, for the lists with nothing yet at this word.
      if (found < listCount) {
        normAllowedIn = slot?.allowed;
        if (this.anyPartial?.test(token.norm)) for (const entry of this.partial) if (partlyMatches(entry, token.norm)) offer(entry, 1, token.end);
        if (found < listCount && token.raw.includes('*')) for (const entry of this.disguised(token.raw)) offer(entry, 1, token.end);
        // Asterisks after a word stand for its last letters (f***).
        if (found < listCount && token.end < text.length && text.charCodeAt(token.end) === 42 /* * */) {
          let stars = 0;
          while (text[token.end + stars] === '*') stars++;
          for (const entry of this.disguised(token.raw + '*'.repeat(stars))) offer(entry, 1, token.end + stars);
        }
        // A stretched spelling (fuuuck) is a plain one: "Gooood" is not the allowed "god" in disguise.
        // (A word of two letters has no letter three times: not even a call for it.)
        if (found < listCount && token.norm.length > 2 && hasTriple(token.norm)) for (const spelling of unstretch(token.norm)) offerWord(spelling, 1, token.end, spelling);
      }
      if (found) this.report(text, tokens, i, best, nextFree, hits, usedAsName);
    }
    return { hits, context };
  }

  /** Reports the longest match of each list at token `i`, unless it is written as a name. */
  private report(
    text: string,
    tokens: Token[],
    i: number,
    best: ({ entry: Indexed; length: number; end: number } | undefined)[],
    nextFree: number[],
    hits: RawHit[],
    usedAsName: (raw: string) => boolean,
  ): void {
    const token = tokens[i]!;
    for (let list = 0; list < best.length; list++) {
      const chosen = best[list];
      if (!chosen) continue;
      const term = chosen.entry.term;
      if (term.names && (isName(text, tokens, i) || usedAsName(token.raw))) continue;
      if (chosen.length === 1 && inHyphenatedName(text, token)) continue;
      hits.push({ list, term, start: token.start, end: chosen.end });
      nextFree[list] = i + chosen.length;
    }
  }

  /** The words of a text, with two things the matcher skips whole passes for when they are absent. */
  private tokens(text: string): { tokens: Token[]; allowedPhrase: boolean; singles: number } {
    const tokens: Token[] = [];
    /** A word starts an allowed phrase. */
    let allowedPhrase = false;
    /** Words of one letter, which may spell a word out (S.H.I.T). */
    let singles = 0;
    WORDS.lastIndex = 0;
    for (let m: RegExpExecArray | null; (m = WORDS.exec(text)); ) {
      let raw = m[0];
      let token: Token;
      // Most words are ASCII letters only: their look-up key is their lower case (see `readToken`).
      if (asciiLetters(raw)) {
        const lower = raw.toLowerCase();
        token = { raw, plain: lower, norm: lower, start: m.index, end: m.index + raw.length, after: m.index + raw.length, slot: this.slots.get(lower) };
      } else {
        let read = readToken(raw);
        let slot = this.slots.get(read.norm);
        // A possessive is its word: "some bastard's van", "the twat’s idea".
        const last = raw.charCodeAt(raw.length - 1);
        if ((last === 115 /* s */ || last === 39 /* ' */ || last === 0x2019) && /['’]s?$/.test(raw) && !slot?.entries.length && !slot?.context.length) {
          const possessive = /^(.+?)['’]s?$/u.exec(raw);
          if (possessive) {
            raw = possessive[1]!;
            read = readToken(raw);
            slot = this.slots.get(read.norm);
          }
        }
        token = { raw, plain: read.plain, norm: read.norm, start: m.index, end: m.index + raw.length, after: m.index + m[0].length, slot };
      }
      if (token.slot?.allowedPhrases) allowedPhrase = true;
      if (isSingle(token)) singles++;
      tokens.push(token);
    }
    return { tokens, allowedPhrase, singles };
  }

  /** `f**k`, `bullsh*t`: asterisks standing for letters, in a whole word or in the part of a word an entry matches. */
  private disguised(raw: string): Indexed[] {
    if (!/\p{L}/u.test(raw)) return [];
    // Exam grades: A*, A**, A*s ("a record number of A*s").
    if (/^A\*{1,2}s?$/u.test(raw)) return [];
    // Emphasis inside a word (sh**i**t): the asterisks hide nothing.
    const bare = raw.replace(/\*+/g, '');
    if (bare !== raw) {
      const word = normalise(bare);
      const plainWord = (this.byFirstWord.get(word) ?? []).filter((e) => e.words.length === 1 && e.list !== CONTEXT && !e.exact);
      if (plainWord.length) return plainWord;
    }
    const shape = [...plain(raw)].map(letterOf).join('').replace(/[^\p{L}*]/gu, '');
    const pattern = new RegExp(`^${shape.replace(/\*/g, '\\p{L}')}$`, 'u');
    const whole = (this.byLength.get(shape.length) ?? []).filter((e) => e.list !== CONTEXT && pattern.test(e.words[0]!));
    // In a longer or compound word (bullsh*t, motherf***er): an entry matched inside it, with every
    // asterisk standing for a letter of the entry and at least one of its letters shown.
    const inside = this.partial.filter((e) => {
      const part = e.words[0]!;
      const fits = (at: number) => {
        let shown = 0;
        for (let k = 0; k < part.length; k++) {
          const ch = shape[at + k];
          if (ch === undefined) return false;
          if (ch === '*') continue;
          if (ch !== part[k]) return false;
          shown++;
        }
        return shown > 0 && !shape.slice(0, at).includes('*') && !shape.slice(at + part.length).includes('*');
      };
      if (e.term.kind === 'prefix') return fits(0);
      if (e.term.kind === 'ends') return fits(shape.length - part.length);
      for (let at = 0; at + part.length <= shape.length; at++) if (fits(at)) return true;
      return false;
    });
    return [...whole, ...inside];
  }
}

/** TOKEN for `Matcher.tokens`, read with `exec` (an iterator per text costs more before V8 optimises the loop). */
const WORDS = new RegExp(TOKEN.source, 'gu');

/** No entries: what a look-up that finds none iterates over (rather than a new empty array each time). */
const NONE: readonly Indexed[] = [];

/** Whether the tokens from `i` on are `words` (normalised). */
function wordsAt(tokens: readonly Token[], i: number, words: readonly string[]): boolean {
  if (i + words.length > tokens.length) return false;
  for (let k = 0; k < words.length; k++) if (tokens[i + k]!.norm !== words[k]) return false;
  return true;
}

/** Whether a partial entry (contains, prefix, ends) matches inside `norm`. */
function partlyMatches(entry: Indexed, norm: string): boolean {
  const part = entry.words[0]!;
  const kind = entry.term.kind;
  return kind === 'contains' ? norm.includes(part) : kind === 'ends' ? norm.endsWith(part) : norm.startsWith(part);
}

/** Stands in for the term of a context phrase in the index. */
const CONTEXT_TERM: CompiledTerm = { term: '', words: [], kind: 'word', note: '' };

/** For each gap between the words of a phrase as written, whether it has a full stop (Cllr A. Example), or undefined for none. */
function dotGaps(written: string): boolean[] | undefined {
  if (!written.includes('.')) return undefined;
  const words = [...written.matchAll(TOKEN)];
  if (words.length < 2) return undefined;
  const gaps = words.slice(1).map((m, k) => written.slice(words[k]!.index + words[k]![0].length, m.index).includes('.'));
  return gaps.some(Boolean) ? gaps : undefined;
}

/**
 * The tokens i…i+n-1 are separated only by spaces or hyphens (one phrase, not across punctuation);
 * where the entry itself writes a full stop (A. Example), a full stop there too.
 */
function joined(text: string, tokens: { start: number; end: number }[], i: number, n: number, dots: boolean[] | undefined): boolean {
  for (let k = i; k < i + n - 1; k++) {
    const gap = text.slice(tokens[k]!.end, tokens[k + 1]!.start);
    if (/^[\s-]{1,3}$/.test(gap)) continue;
    if (dots?.[k - i] && /^\.[\s-]{0,3}$/.test(gap)) continue;
    return false;
  }
  return true;
}

/**
 * Runs of three or more single letters with the same one separator (S.H.I.T, f u c k, b-i-t-c-h),
 * by the index of their first token: what they spell. Initialisms spell no listed word (N.H.S., U.K.).
 */
function spacedRuns(text: string, tokens: Token[]): Map<number, { last: number; letters: string }> | undefined {
  let runs: Map<number, { last: number; letters: string }> | undefined;
  for (let i = 0; i < tokens.length; ) {
    if (!isSingle(tokens[i]!)) {
      i++;
      continue;
    }
    const separator = i + 1 < tokens.length ? text.slice(tokens[i]!.end, tokens[i + 1]!.start) : '';
    let last = i;
    if (/^[. -]$/.test(separator)) {
      while (last + 1 < tokens.length && isSingle(tokens[last + 1]!) && text.slice(tokens[last]!.end, tokens[last + 1]!.start) === separator) last++;
    }
    if (last - i >= 2) {
      runs ??= new Map();
      runs.set(i, { last, letters: tokens.slice(i, last + 1).map((t) => t.raw).join('') });
    }
    i = last + 1;
  }
  return runs;
}

/** A token of one letter (or one astral character). */
function isSingle(t: Token): boolean {
  return t.end - t.start === 1 || (t.raw.length === 2 && /^[\uD800-\uDBFF]/.test(t.raw));
}

type NameToken = { raw: string; start: number; end: number; after?: number };

/**
 * Written as a name: capitalised inside a sentence ("…the panto Dick…"), or
 * followed by a surname in the same case ("Dick Whittington", "DICK
 * WHITTINGTON"), as a sentence's first word may be.
 */
function isName(text: string, tokens: NameToken[], i: number): boolean {
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
function inHyphenatedName(text: string, token: NameToken): boolean {
  if (text[token.start - 1] !== '-' || text[token.end] !== '-') return false;
  let k = token.start - 2;
  while (k >= 0 && /\p{L}/u.test(text[k]!)) k--;
  const before = text.slice(k + 1, token.start - 1);
  const after = text[token.end + 1] ?? '';
  if (!before || !/\p{L}/u.test(after)) return false;
  return token.raw.toLowerCase() === 'cum' || (/\p{Lu}/u.test(before) && /\p{Lu}/u.test(after));
}

