import { isMap, isScalar, parseDocument } from 'yaml';
import type { Span } from '../types.js';
import { METADATA_KEYS } from './metadata.js';

/** Front matter that markdown does not read as front matter, and why. */
export interface BrokenFrontMatter {
  /** What is wrong, each where to report it. */
  problems: { messageId: 'frontMatterNotFirst' | 'frontMatterFence' | 'frontMatterUnclosed'; message: string; span: Span }[];
  /** The YAML between the fences (or up to the last field, when it is never closed). */
  yaml: Span;
  /** Where the post starts: after the closing line, or after the last field. */
  end: number;
}

const OPENING = /^-{3,}[ \t]*$/;
const CLOSING = /^(?:-{3,}|\.{3})[ \t]*$/;
/** A line of YAML fields: `key: value`, `key:`, an indented line, a list item or a comment. */
const FIELD_LINE = /^(?:[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)|[ \t]+\S|-(?:[ \t]|$)|#)/;
const KNOWN: ReadonlySet<string> = new Set(METADATA_KEYS);

/**
 * Finds metadata written as front matter that markdown reads as text instead, so that it is
 * reported (and still read) rather than silently lost: front matter after blank lines, or
 * opened or closed by a line other than `---` (`----`, `...`), or never closed. Only lines
 * are located here; the YAML between them is parsed by `yaml`, and only a mapping with at
 * least one metadata field (`channel:`, `platforms:`…) counts, so that a post that merely
 * starts with a thematic break is left alone.
 */
export function findBrokenFrontMatter(text: string): BrokenFrontMatter | undefined {
  // Most drafts without front matter do not start with a line of dashes: nothing to look at.
  if (!/^(?:[ \t]*(?:\r\n|\r|\n))*-{3,}[ \t]*(?:\r\n|\r|\n|$)/.test(text)) return undefined;
  const lines = [...text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)]
    .filter((m) => m[0] !== '' || m.index < text.length)
    .map((m) => {
      const content = m[0].replace(/[\r\n]+$/, '');
      return { start: m.index, end: m.index + content.length, next: m.index + m[0].length, content };
    });
  let first = 0;
  while (first < lines.length && !lines[first]!.content.trim()) first++;
  const opener = lines[first];
  if (!opener || !OPENING.test(opener.content)) return undefined;
  const openerSpan = { start: opener.start, end: opener.end };

  // Closed, by `---` or by another line of dashes or dots.
  const closeAt = lines.findIndex((line, i) => i > first && CLOSING.test(line.content));
  if (closeAt > first) {
    const closer = lines[closeAt]!;
    const yaml = { start: opener.next, end: closer.start };
    if (isMetadata(text.slice(yaml.start, yaml.end))) {
      const problems: BrokenFrontMatter['problems'] = [];
      if (first > 0) {
        const blank = first === 1 ? 'the blank line' : `the ${first} blank lines`;
        problems.push({ messageId: 'frontMatterNotFirst', message: `Front matter must start on the first line of the file (markdown reads it as post text otherwise): remove ${blank} before this \`---\`.`, span: openerSpan });
      }
      if (opener.content.trimEnd() !== '---') {
        problems.push({ messageId: 'frontMatterFence', message: `Front matter must open with a line of exactly three dashes (markdown reads it as post text otherwise): write \`---\`, not \`${opener.content.trimEnd()}\`.`, span: openerSpan });
      }
      if (closer.content.trimEnd() !== '---') {
        problems.push({
          messageId: 'frontMatterFence',
          message: `Front matter must close with a line of exactly three dashes (markdown reads it as post text otherwise): write \`---\`, not \`${closer.content.trimEnd()}\`.`,
          span: { start: closer.start, end: closer.end },
        });
      }
      return { problems, yaml, end: closer.next };
    }
  }

  // Never closed: the fields run until the first line that is not one.
  let last = first;
  while (last + 1 < lines.length && FIELD_LINE.test(lines[last + 1]!.content)) last++;
  if (last === first) return undefined;
  const yaml = { start: opener.next, end: lines[last]!.next };
  if (!isMetadata(text.slice(yaml.start, yaml.end))) return undefined;
  const problems: BrokenFrontMatter['problems'] = [
    {
      messageId: 'frontMatterUnclosed',
      message: `The front matter opened here is never closed (markdown reads it as post text): add a line \`---\` after the last field (line ${last + 1}), before the post text.`,
      span: openerSpan,
    },
  ];
  if (first > 0) {
    problems.unshift({ messageId: 'frontMatterNotFirst', message: 'Front matter must start on the first line of the file (markdown reads it as post text otherwise): remove the blank lines before this `---`.', span: openerSpan });
  }
  return { problems, yaml, end: yaml.end };
}

/** Whether YAML text is a mapping of fields, one at least a metadata field. */
function isMetadata(yaml: string): boolean {
  const doc = parseDocument(yaml);
  if (doc.errors.length || !isMap(doc.contents)) return false;
  return doc.contents.items.some((pair) => isScalar(pair.key) && KNOWN.has(String(pair.key.value)));
}

/** The text with [0, end) blanked out (line breaks kept), so that markdown reads only the post after it. */
export function maskBefore(text: string, end: number): string {
  return text.slice(0, end).replace(/[^\r\n]/g, ' ') + text.slice(end);
}
