/**
 * Converts UTF-16 offsets of a file into 1-based line and column numbers.
 * `\r\n`, `\n` and a lone `\r` all end a line, as they do for micromark and yaml.
 */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  /** 1-based line and column of an offset (clamped to the text). */
  position(offset: number): { line: number; column: number } {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: o - this.starts[lo]! + 1 };
  }

  /** Offset of the start of a 1-based line, or the text length past the last line. */
  lineStart(line: number): number {
    return line - 1 < this.starts.length ? this.starts[line - 1]! : this.text.length;
  }

  /** Offset just before the line ending of a 1-based line. */
  lineEnd(line: number): number {
    const next = line < this.starts.length ? this.starts[line]! : this.text.length;
    let end = next;
    if (end > 0 && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > 0 && this.text.charCodeAt(end - 1) === 13 && end > this.lineStart(line)) end--;
    return Math.max(end, this.lineStart(line));
  }

  get lineCount(): number {
    return this.starts.length;
  }
}
