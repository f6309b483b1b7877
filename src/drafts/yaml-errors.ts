import { Parser, type YAMLError } from 'yaml';
import { coreDiagnostic } from '../core-checks.js';
import type { RawDiagnostic } from '../types.js';
import type { YamlSource } from './yaml-source.js';

/**
 * The parser's errors, and the warning about an unknown tag: `text: !Important notice` is valid
 * YAML, but the `!Important` is taken for a tag and silently dropped from the post.
 */
function problems(source: YamlSource): YAMLError[] {
  return [...source.doc.errors, ...source.doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
}

export function hasYamlErrors(source: YamlSource): boolean {
  return problems(source).length > 0;
}

/**
 * The YAML mistakes of a draft or its front matter, in words for the person who wrote it rather
 * than the parser's: text that starts with a character YAML reserves (a reply to `@resident`),
 * a bracket or quote that is never closed (at its opening), a second document.
 */
export function yamlErrorDiagnostics(source: YamlSource, what: string): RawDiagnostic[] {
  const length = source.doc.range?.[2] ?? source.file.length - source.base;
  const seen = new Set<number>();
  let opening: number | undefined | null = null;
  return problems(source).flatMap((error) => {
    let [start, end] = error.pos;
    let detail: string;
    const reserved = error.code === 'MULTIPLE_DOCS' ? undefined : reservedStart(source, start, error.code);
    if (error.code === 'MULTIPLE_DOCS') {
      end = start + 3;
      detail =
        'this `---` line ends the draft and starts a second one, which a YAML draft cannot have: for a thread, list the posts under `text:`; for several posts, list them under `posts:`';
    } else if (reserved) {
      [start, end] = [reserved.start, reserved.end];
      detail = reserved.message;
    } else {
      // An unclosed quote or bracket is only noticed further on: point at where it opens.
      if (error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT' || start >= length - 1) opening ??= unclosedAt(source);
      const at = error.code === 'MISSING_CHAR' || error.code === 'BAD_INDENT' || start >= length - 1 ? opening : undefined;
      if (typeof at === 'number' && at <= start) {
        [start, end] = [at, at + 1];
        const char = source.file[source.base + at]!;
        detail =
          char === '[' || char === '{'
            ? `the bracket \`${char}\` opened here is never closed: close it with \`${char === '[' ? ']' : '}'}\` on the same line, or remove it`
            : 'the quote opened here is never closed: close it, or remove it';
      } else {
        detail = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '') + (HINTS[error.code] ?? '');
      }
    }
    // The second document lies past the end of the first.
    const limit = error.code === 'MULTIPLE_DOCS' ? source.file.length - source.base : length;
    start = Math.min(start, limit);
    end = Math.min(Math.max(start, end), limit);
    // One mistake often causes several errors at the same place: report it once.
    if (seen.has(start)) return [];
    seen.add(start);
    return [coreDiagnostic('input', `${what}: ${detail}`, { start: source.base + start, end: source.base + end }, null, { messageId: 'invalidYaml' })];
  });
}

/** What to do about the YAML mistakes people make most in drafts. */
const HINTS: Partial<Record<string, string>> = {
  BLOCK_AS_IMPLICIT_KEY: ': text containing ": " must be put in quotes, or written as a block after `|`',
  BAD_INDENT: ': check the indentation, and close any bracket opened here',
  TAB_AS_INDENT: ': indent with spaces, not tabs',
  DUPLICATE_KEY: ': each field may appear once',
};

/** Characters YAML reserves at the start of a plain value, by name: any mistake after one is most likely text that needed quotes. */
const RESERVED: Record<string, string> = {
  '@': 'an @ (a handle such as @resident)',
  '`': 'a backtick',
  '%': 'a per cent sign',
  '&': 'an ampersand (&)',
  '*': 'an asterisk (*)',
  '!': 'an exclamation mark (!)',
  '|': 'a vertical bar (|)',
  '>': 'a > sign',
  '-': 'a dash (-)',
  '?': 'a question mark',
};
/** Characters that start a valid value (a list, a mapping, quoted text): only text running on after it is the mistake. */
const OPENERS = new Set(['[', '{', '"', "'"]);
/** `key: ` or `- ` or `- key: ` before a value, on the line of a mistake. */
const VALUE_START = /^[ \t]*(?:-[ \t]+)*(?:[^\s#'"@`[{*&!|>%?-][^:#\n]*?:[ \t]+)?/;

/**
 * When the mistake is on a line whose value starts with a character YAML reserves
 * (`text: @resident thanks…`, `- *New* opening times`), the value to put in quotes and the advice.
 */
function reservedStart(source: YamlSource, at: number, code: string): { start: number; end: number; message: string } | undefined {
  const yaml = source.file.slice(source.base, source.base + (source.doc.range?.[2] ?? source.file.length - source.base));
  const lineStart = yaml.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = yaml.slice(lineStart).search(/\r?\n|\r|$/) + lineStart;
  const line = yaml.slice(lineStart, lineEnd);
  const prefix = VALUE_START.exec(line)![0];
  const char = line[prefix.length];
  if (char === undefined) return undefined;
  const start = lineStart + prefix.length;
  if (at < start) return undefined;
  const end = lineStart + line.replace(/[ \t]+#.*$/, '').trimEnd().length;
  const name = Object.hasOwn(RESERVED, char) ? RESERVED[char] : undefined;
  if (name) return { start, end, message: `in YAML, text that starts with ${name} must be put in quotes ("${char}…"), or written as a block after \`|\`` };
  if (OPENERS.has(char) && code === 'UNEXPECTED_TOKEN') {
    const message =
      char === '"' || char === "'"
        ? `text that starts with a quote must end with it: put the whole text in the other quotes (${char === '"' ? "'\"…\" …'" : '"\'…\' …"'}), or write it as a block after \`|\``
        : `in YAML, text that starts with a bracket must be put in quotes ("${char}…"), or written as a block after \`|\``;
    return { start, end, message };
  }
  return undefined;
}

/** Offset (in the YAML text) of the first quote or bracket that is never closed. */
function unclosedAt(source: YamlSource): number | undefined {
  const text = source.file.slice(source.base, source.base + (source.doc.range?.[2] ?? source.file.length));
  let found: number | undefined;
  const walk = (token: unknown): void => {
    if (found !== undefined || !token || typeof token !== 'object') return;
    if (Array.isArray(token)) return token.forEach(walk);
    const t = token as { type?: string; offset?: number; source?: string; end?: { type: string }[] };
    if ((t.type === 'double-quoted-scalar' || t.type === 'single-quoted-scalar') && typeof t.offset === 'number' && t.source) {
      const quote = t.source[0]!;
      if (t.source.length < 2 || !t.source.trimEnd().endsWith(quote)) found = t.offset;
    } else if (t.type === 'flow-collection' && typeof t.offset === 'number' && !t.end?.some((e) => e.type === 'flow-seq-end' || e.type === 'flow-map-end')) {
      found = t.offset;
    }
    for (const value of Object.values(t)) walk(value);
  };
  for (const token of new Parser().parse(text)) walk(token);
  return found;
}
