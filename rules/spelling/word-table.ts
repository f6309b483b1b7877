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
   * An open-addressing hash of the lines (line number + 1 by a hash of the word), built on first
   * need: suggesting tries thousands of near spellings, and a hash look-up is many times faster
   * than halving then. A typed array: a megabyte, where a Map of the words took seven.
   */
  private slots: Uint32Array | undefined;

  /** Switches look-ups to the hash (a few milliseconds, once). */
  buildIndex(): void {
    if (this.slots) return;
    const lines = this.starts.length - 1;
    let size = 1;
    while (size < lines * 2) size <<= 1;
    const slots = new Uint32Array(size);
    const mask = size - 1;
    for (let i = 0; i < lines; i++) {
      let slot = this.hashLine(this.starts[i]!, this.starts[i + 1]! - 1) & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = i + 1;
    }
    this.slots = slots;
  }

  /** FNV-1a of the word of the line [start, end) (up to its flags). */
  private hashLine(start: number, end: number): number {
    const text = this.text;
    let hash = 0x811c9dc5;
    for (let at = start; at < end; at++) {
      const code = text.charCodeAt(at);
      if (code === TAB) break;
      hash = Math.imul(hash ^ code, 0x01000193);
    }
    return hash >>> 0;
  }

  private hashWord(word: string): number {
    let hash = 0x811c9dc5;
    for (let k = 0; k < word.length; k++) hash = Math.imul(hash ^ word.charCodeAt(k), 0x01000193);
    return hash >>> 0;
  }

  /** The word's affix flags (empty for a derived form), or undefined when the word is not in the table. */
  get(word: string): string[] | undefined {
    const slots = this.slots;
    if (slots) {
      const mask = slots.length - 1;
      for (let slot = this.hashWord(word) & mask; slots[slot] !== 0; slot = (slot + 1) & mask) {
        const line = slots[slot]! - 1;
        const start = this.starts[line]!;
        const end = this.starts[line + 1]! - 1;
        if (this.compare(word, start, end) === 0) return this.flags(start, end);
      }
      return undefined;
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
