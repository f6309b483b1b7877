import { isMap, isScalar, isSeq, Parser, type Document, type Node, type Pair, type Scalar, type YAMLMap } from 'yaml';
import { TextMap, type SourceStyle } from '../text/text-map.js';
import type { Span } from '../types.js';

export type Path = readonly (string | number)[];

/**
 * A parsed YAML document (a whole YAML draft, or markdown front matter) with
 * the offset at which its source starts in the file, so that every node can
 * be located in the original file.
 */
export class YamlSource {
  constructor(
    readonly doc: Document.Parsed,
    /** The whole file text. */
    readonly file: string,
    /** Where the YAML text starts in the file. */
    readonly base: number,
  ) {}

  span(node: Node | null | undefined): Span | undefined {
    if (!node?.range) return undefined;
    return { start: this.base + node.range[0], end: this.base + node.range[1] };
  }

  /** The node at a path of map keys and sequence indexes, starting from `from` (default: the document root). */
  node(path: Path, from: unknown = this.doc.contents): Node | undefined {
    let current: unknown = from;
    for (const step of path) {
      if (isMap(current)) current = pairOf(current, step)?.value;
      else if (isSeq(current) && typeof step === 'number') current = current.items[step];
      else return undefined;
    }
    return (current ?? undefined) as Node | undefined;
  }

  /** The key node of the last step of `path` when it names a map entry. */
  key(path: Path, from: unknown = this.doc.contents): Scalar | undefined {
    if (path.length === 0) return undefined;
    const parent = this.node(path.slice(0, -1), from);
    if (!isMap(parent)) return undefined;
    const key = pairOf(parent, path[path.length - 1]!)?.key;
    return isScalar(key) ? key : undefined;
  }

  /** Span of a value, or of its key when the value is empty, or undefined. */
  locate(path: Path, from?: unknown): Span | undefined {
    const value = this.node(path, from);
    const span = this.span(value);
    if (span && span.end > span.start) return span;
    return this.span(this.key(path, from)) ?? span;
  }

  /** The text of a scalar as published, mapped to where each character is written in the file. */
  scalarText(node: Scalar): TextMap {
    const map = new TextMap();
    if (typeof node.value !== 'string' || !node.range) return map;
    const [start, valueEnd] = node.range;
    let from = this.base + start;
    let to = this.base + valueEnd;
    let style: SourceStyle = 'yaml-plain';
    switch (node.type) {
      case 'QUOTE_DOUBLE':
        style = 'yaml-double';
        from++;
        to--;
        break;
      case 'QUOTE_SINGLE':
        style = 'yaml-single';
        from++;
        to--;
        break;
      case 'BLOCK_LITERAL':
      case 'BLOCK_FOLDED': {
        style = 'yaml-block';
        const eol = this.file.slice(from, to).search(/\r?\n|\r/);
        from = eol < 0 ? to : from + eol;
        break;
      }
    }
    map.appendDecoded(node.value, this.file, from, to, style);
    return map;
  }

  /** Every `#` comment of the document, with its span in the file. */
  comments(): { text: string; span: Span }[] {
    const out: { text: string; span: Span }[] = [];
    const source = this.file.slice(this.base, this.base + (this.doc.range?.[2] ?? this.file.length - this.base));
    const walk = (value: unknown): void => {
      if (!value || typeof value !== 'object') return;
      if (Array.isArray(value)) {
        for (const item of value) walk(item);
        return;
      }
      const token = value as { type?: string; offset?: number; source?: unknown };
      if (token.type === 'comment' && typeof token.offset === 'number' && typeof token.source === 'string') {
        out.push({ text: token.source, span: { start: this.base + token.offset, end: this.base + token.offset + token.source.length } });
        return;
      }
      for (const key of Object.keys(token)) walk((token as Record<string, unknown>)[key]);
    };
    for (const token of new Parser().parse(source)) walk(token);
    return out;
  }
}

function pairOf(map: YAMLMap, key: string | number): Pair | undefined {
  return map.items.find((pair) => (isScalar(pair.key) ? pair.key.value : pair.key) === key) as Pair | undefined;
}

/** The keys of a map with their key nodes, in source order. */
export function entries(map: YAMLMap): { key: string; keyNode: Scalar | undefined; value: unknown }[] {
  return map.items.map((pair) => {
    const keyNode = isScalar(pair.key) ? pair.key : undefined;
    return { key: String(keyNode ? keyNode.value : pair.key), keyNode, value: pair.value };
  });
}
