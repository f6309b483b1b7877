import { words, type Word } from '../../src/analysis/words.js';
import type { PublishedText } from '../../src/drafts/post.js';
import { type CueKind, type PersonalData, type PlaceKind } from './data.js';

/** Cue phrases indexed by their last word, so that a window is read once from the nearest word back. */
export class CueIndex<K extends string> {
  private byLast = new Map<string, { words: string[]; kind: K }[]>();

  constructor(lists: Record<K, string[]>) {
    for (const [kind, phrases] of Object.entries(lists) as [K, string[]][]) {
      for (const phrase of phrases) {
        const parts = phrase.split(' ');
        const last = parts[parts.length - 1]!;
        let list = this.byLast.get(last);
        if (!list) this.byLast.set(last, (list = []));
        list.push({ words: parts, kind });
      }
    }
  }

  /** The kinds of cue phrases ending at `keys[i]` (and starting at or after `from`). */
  at(keys: readonly string[], i: number, from = 0): K[] {
    const found: K[] = [];
    for (const entry of this.byLast.get(keys[i]!) ?? []) {
      const first = i - entry.words.length + 1;
      if (first < from) continue;
      if (entry.words.every((w, k) => keys[first + k] === w)) found.push(entry.kind);
    }
    return found;
  }
}

export interface Cue<K extends string> {
  kind: K;
  /** The word the cue ends at (an index into `Context.words`). */
  word: number;
}

/**
 * What the words around a finding say about it, read over the shared
 * `words(post)` analysis (entities such as links and e-mail addresses are not
 * words). Computed only for a post where something shaped like personal data
 * was found.
 */
export class Context {
  readonly words: Word[];
  /** Each word's cue key (lower case, possessive dropped). */
  readonly keys: string[];
  readonly text: string;

  constructor(
    published: PublishedText,
    readonly cues: CueIndex<CueKind>,
    readonly places: CueIndex<PlaceKind>,
  ) {
    this.words = words(published);
    this.keys = this.words.map((w) => wordKey(w.value));
    this.text = published.text.text;
  }

  /** Index of the first word starting at or after `offset`. */
  wordAt(offset: number): number {
    let lo = 0;
    let hi = this.words.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.words[mid]!.start < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /**
   * Up to `count` words before `offset`, nearest first, not reaching back over a blank line
   * (a new paragraph is a new subject) nor over a sentence start when `sentence` is set.
   */
  before(offset: number, count: number, sentence = false): number[] {
    const out: number[] = [];
    let at = offset;
    for (let i = this.wordAt(offset) - 1; i >= 0 && out.length < count; i--) {
      const word = this.words[i]!;
      if (/\n[ \t]*\n/.test(this.text.slice(word.end, at))) break;
      out.push(i);
      at = word.start;
      if (sentence && word.sentenceStart) break;
    }
    return out;
  }

  /** The words within a range of the text. */
  wordsIn(range: { start: number; end: number }): number[] {
    const out: number[] = [];
    for (let i = this.wordAt(range.start); i < this.words.length && this.words[i]!.end <= range.end; i++) out.push(i);
    return out;
  }

  /** Up to `count` words after `offset`, within the sentence. */
  after(offset: number, count: number): number[] {
    const out: number[] = [];
    for (let i = this.wordAt(offset); i < this.words.length && out.length < count; i++) {
      if (out.length && this.words[i]!.sentenceStart) break;
      if (!out.length && /[.!?]\s|\n/.test(this.text.slice(offset, this.words[i]!.start))) break;
      out.push(i);
    }
    return out;
  }

  /** The cues among `window` (word indexes, nearest first), nearest first. */
  cuesIn<K extends string>(index: CueIndex<K>, window: number[], kinds?: readonly K[]): Cue<K>[] {
    const out: Cue<K>[] = [];
    const from = Math.min(...window);
    for (const i of window) {
      for (const kind of index.at(this.keys, i, from)) if (!kinds || kinds.includes(kind)) out.push({ kind, word: i });
    }
    return out;
  }

  /** The nearest cue of one of `kinds` among the words before `offset`. */
  nearest(offset: number, count: number, kinds: readonly CueKind[], sentence = false): Cue<CueKind> | undefined {
    return this.cuesIn(this.cues, this.before(offset, count, sentence), kinds)[0];
  }

  has(window: number[], kind: CueKind): boolean {
    return this.cuesIn(this.cues, window, [kind]).length > 0;
  }
}

export function newIndexes(data: PersonalData): { cues: CueIndex<CueKind>; places: CueIndex<PlaceKind> } {
  return { cues: new CueIndex(data.cues), places: new CueIndex(data.places) };
}

/** A word as cues are compared with it: lower case, possessive and inner dots dropped (D.O.B → dob). */
export function wordKey(word: string): string {
  return word.toLowerCase().replace(/['’]s$/, '').replace(/[^\p{L}\p{N}]/gu, '');
}
