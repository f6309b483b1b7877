import type { Span } from '../types.js';

/**
 * How a value was written in the source, so that each character of the
 * decoded value can be traced back to the source characters it came from.
 */
export type SourceStyle =
  | 'markdown' // CommonMark text: backslash escapes, character references, stripped indentation
  | 'yaml-plain'
  | 'yaml-single'
  | 'yaml-double'
  | 'yaml-block';

/**
 * Text as it will be published, with, for every UTF-16 code unit, the range of
 * the source file it was written as. Rules work on `text`; `toSource` turns
 * their ranges back into file offsets.
 */
export class TextMap {
  text = '';
  private starts: number[] = [];
  private ends: number[] = [];

  /** Appends text that stands for itself in the source, one code unit per code unit. */
  appendVerbatim(value: string, sourceStart: number): void {
    for (let i = 0; i < value.length; i++) this.push(value[i]!, sourceStart + i, sourceStart + i + 1);
  }

  /** Appends text that does not exist in the source (separators), anchored at one offset. */
  appendSynthetic(value: string, at: number): void {
    for (const ch of value) for (let i = 0; i < ch.length; i++) this.push(ch[i]!, at, at);
  }

  /**
   * Appends a decoded value and maps it onto `source.slice(from, to)`, which
   * is how it was written. Escapes, folded line breaks, indentation and quote
   * doubling are followed; if the two ever disagree, the rest of the value is
   * mapped onto the rest of the source range so that spans stay inside it.
   */
  appendDecoded(value: string, source: string, from: number, to: number, style: SourceStyle): void {
    let p = from;
    let i = 0;
    while (i < value.length) {
      const step = matchNext(value, i, source, p, to, style);
      if (!step) break;
      for (let k = 0; k < step.units; k++) this.push(value[i + k]!, step.start, step.end);
      i += step.units;
      p = step.next;
    }
    // Lost track: keep the remaining characters inside the remaining source range.
    for (; i < value.length; i++) this.push(value[i]!, Math.min(p, to), to);
  }

  /** Drops everything after the first `length` code units. */
  truncate(length: number): void {
    this.text = this.text.slice(0, length);
    this.starts.length = Math.min(this.starts.length, length);
    this.ends.length = Math.min(this.ends.length, length);
  }

  /** Source span of the text range [from, to). */
  toSource(from: number, to: number): Span {
    const n = this.text.length;
    if (n === 0) return { start: 0, end: 0 };
    const a = Math.max(0, Math.min(from, n - 1));
    const b = Math.max(a + 1, Math.min(to, n));
    if (to <= from) return { start: this.starts[a]!, end: this.starts[a]! };
    return { start: this.starts[a]!, end: Math.max(this.starts[a]!, this.ends[b - 1]!) };
  }

  /** Source offset where the text at `index` begins (the end of the text maps past its last character). */
  sourceOffset(index: number): number {
    if (index < this.starts.length) return this.starts[index]!;
    return this.ends.length ? this.ends[this.ends.length - 1]! : 0;
  }

  private push(ch: string, start: number, end: number): void {
    this.text += ch;
    this.starts.push(start);
    this.ends.push(end);
  }
}

interface Step {
  units: number; // value code units consumed
  start: number; // source range they map to
  end: number;
  next: number; // next source position
}

const MARKDOWN_MARKERS = '>*_~`';
const isBlank = (c: string | undefined): boolean => c === ' ' || c === '\t';
const isEol = (c: string | undefined): boolean => c === '\n' || c === '\r';

function matchNext(value: string, i: number, src: string, p: number, to: number, style: SourceStyle): Step | undefined {
  const c = value[i]!;
  while (p < to) {
    const s = src[p]!;
    // Escapes first: their first character can equal the value's character ('' in single quotes, \\).
    if (style === 'markdown') {
      if (s === '\\' && src[p + 1] === c) return { units: 1, start: p, end: p + 2, next: p + 2 };
      if (s === '&') {
        const ref = characterReference(src, p, to);
        if (ref && value.startsWith(ref.value, i)) return { units: ref.value.length, start: p, end: ref.end, next: ref.end };
      }
    }
    if (style === 'yaml-single' && s === "'" && src[p + 1] === "'" && c === "'") return { units: 1, start: p, end: p + 2, next: p + 2 };
    if (style === 'yaml-double' && s === '\\') {
      const esc = yamlEscape(src, p, to);
      if (esc) {
        if (esc.value === '') {
          p = esc.end; // an escaped line break joins lines without a space
          continue;
        }
        if (value.startsWith(esc.value, i)) return { units: esc.value.length, start: p, end: esc.end, next: esc.end };
      }
    }
    if (s === c) {
      // A line break in the value: swallow the whole source line ending.
      if (c === '\r' && src[p + 1] === '\n' && value[i + 1] !== '\n') return { units: 1, start: p, end: p + 2, next: p + 2 };
      return { units: 1, start: p, end: p + 1, next: p + 1 };
    }
    if (c === '\n' && s === '\r') {
      const end = src[p + 1] === '\n' ? p + 2 : p + 1;
      return { units: 1, start: p, end, next: end };
    }
    // yaml folds a single line break into a space.
    if (c === ' ' && isEol(s) && style !== 'markdown') {
      const end = s === '\r' && src[p + 1] === '\n' ? p + 2 : p + 1;
      return { units: 1, start: p, end, next: end };
    }
    // Source characters the decoded value does not keep: indentation, line
    // endings, block-quote markers, trailing spaces before a fold, and the
    // emphasis and code markers that image alt text drops.
    if (isBlank(s) || isEol(s) || (style === 'markdown' && MARKDOWN_MARKERS.includes(s))) {
      p++;
      continue;
    }
    return undefined;
  }
  return undefined;
}

/** Text with its HTML character references (`&amp;`, `&#163;`, `&eacute;`) decoded. */
export function decodeCharacterReferences(text: string): string {
  if (!text.includes('&')) return text;
  let out = '';
  let at = 0;
  for (let p = text.indexOf('&'); p >= 0; p = text.indexOf('&', p + 1)) {
    const ref = characterReference(text, p, text.length);
    if (!ref) continue;
    out += text.slice(at, p) + ref.value;
    at = ref.end;
    p = ref.end - 1;
  }
  return out + text.slice(at);
}

/**
 * Decodes a named character reference (`amp` → `&`). Only markdown text has them, and the markdown
 * parser, which needs the same table of 2,000 names, sets this when it loads: a run over YAML
 * drafts never builds the table.
 */
let decodeNamed: ((name: string) => string | false) | undefined;

export function useNamedCharacterReferences(decode: (name: string) => string | false): void {
  decodeNamed = decode;
}

function characterReference(src: string, p: number, to: number): { value: string; end: number } | undefined {
  const m = /^&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/.exec(src.slice(p, Math.min(to, p + 40)));
  if (!m) return undefined;
  const end = p + m[0].length;
  if (m[3]) {
    if (!decodeNamed) throw new Error('Markdown text is decoded by the markdown parser (src/drafts/markdown.ts), which sets useNamedCharacterReferences');
    const decoded = decodeNamed(m[3]);
    return decoded === false ? undefined : { value: decoded, end };
  }
  const code = m[1] ? Number.parseInt(m[1], 10) : Number.parseInt(m[2]!, 16);
  const safe = code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff) ? 0xfffd : code;
  return { value: String.fromCodePoint(safe), end };
}

const YAML_SIMPLE_ESCAPES: Record<string, string> = {
  '0': '\0',
  a: '\x07',
  b: '\b',
  t: '\t',
  '\t': '\t',
  n: '\n',
  v: '\v',
  f: '\f',
  r: '\r',
  e: '\x1b',
  ' ': ' ',
  '"': '"',
  '/': '/',
  '\\': '\\',
  N: '\u0085',
  _: '\u00a0',
  L: '\u2028',
  P: '\u2029',
};

function yamlEscape(src: string, p: number, to: number): { value: string; end: number } | undefined {
  const k = src[p + 1];
  if (k === undefined || p + 1 >= to) return undefined;
  if (k === '\n' || k === '\r') {
    let q = p + 2;
    if (k === '\r' && src[q] === '\n') q++;
    while (q < to && isBlank(src[q])) q++;
    return { value: '', end: q };
  }
  const hex = k === 'x' ? 2 : k === 'u' ? 4 : k === 'U' ? 8 : 0;
  if (hex) {
    const digits = src.slice(p + 2, p + 2 + hex);
    if (!/^[0-9a-fA-F]+$/.test(digits) || digits.length !== hex) return undefined;
    const code = Number.parseInt(digits, 16);
    if (code > 0x10ffff) return undefined;
    return { value: String.fromCodePoint(code), end: p + 2 + hex };
  }
  const simple = YAML_SIMPLE_ESCAPES[k];
  return simple === undefined ? undefined : { value: simple, end: p + 2 };
}
