import { FLAG_MARK, FLAG_SEPARATOR } from './data.js';

const TAB = FLAG_MARK.charCodeAt(0);
const NO_FLAGS: string[] = [];

/**
 * A sorted word list kept as one string and searched by halving: looking a
 * word up costs microseconds, and loading the table costs nothing like
 * building a hash of 120,000 entries.
 */
export class WordTable {
  /**
   * @param text the lines of `SpellingData.words`
   * @param starts where each line starts, then `text.length + 1`
   */
  constructor(
    private readonly text: string,
    private readonly starts: Uint32Array,
  ) {}

  /**
   * Words by name, built on first need: suggesting tries thousands of near
   * spellings, and a hash look-up is many times faster than halving then.
   */
  private index: Map<string, string[] | string> | undefined;

  /** Switches look-ups to a hash of every word (some tens of milliseconds, once). */
  buildIndex(): void {
    if (this.index) return;
    const index = new Map<string, string[] | string>();
    const text = this.text;
    const starts = this.starts;
    for (let i = 0; i < starts.length - 1; i++) {
      const start = starts[i]!;
      const end = starts[i + 1]! - 1;
      const tab = text.indexOf(FLAG_MARK, start);
      if (tab < 0 || tab >= end) index.set(text.slice(start, end), NO_FLAGS);
      else index.set(text.slice(start, tab), text.slice(tab + 1, end));
    }
    this.index = index;
  }

  /** The word's affix flags (empty for a derived form), or undefined when the word is not in the table. */
  get(word: string): string[] | undefined {
    if (this.index) {
      const found = this.index.get(word);
      if (typeof found !== 'string') return found;
      const flags = found.split(FLAG_SEPARATOR);
      this.index.set(word, flags);
      return flags;
    }
    let lo = 0;
    let hi = this.starts.length - 2;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const start = this.starts[mid]!;
      const end = this.starts[mid + 1]! - 1;
      const order = this.compare(word, start, end);
      if (order === 0) return this.flags(start, end);
      if (order < 0) hi = mid - 1;
      else lo = mid + 1;
    }
    return undefined;
  }

  /** Compares `word` with the word of the line [start, end), by UTF-16 code units as the build sorted them. */
  private compare(word: string, start: number, end: number): number {
    const text = this.text;
    for (let k = 0; ; k++) {
      const at = start + k;
      const keyEnded = at >= end || text.charCodeAt(at) === TAB;
      if (k === word.length) return keyEnded ? 0 : -1;
      if (keyEnded) return 1;
      const diff = word.charCodeAt(k) - text.charCodeAt(at);
      if (diff !== 0) return diff;
    }
  }

  private flags(start: number, end: number): string[] {
    const tab = this.text.indexOf(FLAG_MARK, start);
    return tab < 0 || tab >= end ? NO_FLAGS : this.text.slice(tab + 1, end).split(FLAG_SEPARATOR);
  }
}
