import type { DraftFormat } from './post.js';

/**
 * The largest draft read: 1 MiB. No post is that long (Facebook's limit, the
 * highest, is 63,206 characters), a year's content calendar fits many times
 * over, and a bigger file is almost always something else (an export, a log,
 * a generated file) that would take minutes and gigabytes to parse.
 */
export const MAX_DRAFT_BYTES = 1024 * 1024;

/** Deeper nesting than this (block quotes and lists on one line, brackets) is not a post, and parsers slow down badly on it. */
export const MAX_NESTING = 64;

/** Why a draft of `size` bytes is not read, if it is too big. */
export function sizeProblem(size: number): string | undefined {
  if (size <= MAX_DRAFT_BYTES) return undefined;
  const mib = (size / (1024 * 1024)).toFixed(1);
  return `The file is ${mib} MiB; drafts over 1 MiB are not linted (no post is that long: Facebook's limit, the highest, is 63,206 characters). Is it really a draft? Split a long calendar into several files, or leave the file out with \`ignores\` in the configuration.`;
}

const CONTAINER_START = /[>\-+*0-9]/;

/** Where a draft nests deeper than MAX_NESTING, and a message saying so; undefined when it does not. */
export function nestingProblem(text: string, format: DraftFormat): { offset: number; message: string } | undefined {
  const tooDeep = (what: string) => `Nested more than ${MAX_NESTING} deep (${what}) from here. No post needs that, and reading it would take minutes: remove the extra nesting.`;
  const braces = format === 'yaml';
  let depth = 0;
  let brackets: { offset: number; message: string } | undefined;
  // Each block quote or list item of a line has one of > - + * . ) in it: a draft with no more of
  // them than MAX_NESTING cannot nest too deeply in one line, whatever its lines are.
  let markers = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 91 /* [ */ || (braces && c === 123) /* { */) {
      if (++depth > MAX_NESTING && !brackets) brackets = { offset: i, message: tooDeep(braces ? 'brackets `[` or braces `{`' : 'open brackets `[`') };
    } else if ((c === 93 /* ] */ || (braces && c === 125)) /* } */ && depth > 0) depth--;
    else if (c === 62 /* > */ || c === 45 /* - */ || c === 43 /* + */ || c === 42 /* * */ || c === 46 /* . */ || c === 41 /* ) */) markers++;
  }
  if (format === 'markdown' && markers > MAX_NESTING) {
    // Block quotes and list items opened on one line: `> > > …`, `- - - …`.
    const container = /[ \t]*(?:>|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))/y;
    const lineEnd = /\r\n|\n|\r/g;
    for (let start = 0; ; ) {
      // Most lines start with a word: only a line that starts with a container can nest.
      let first = start;
      while (text.charCodeAt(first) === 32 || text.charCodeAt(first) === 9) first++;
      if (CONTAINER_START.test(text[first] ?? '')) {
        container.lastIndex = start;
        let depth = 0;
        while (depth <= MAX_NESTING && container.exec(text)) depth++;
        if (depth > MAX_NESTING) return { offset: start, message: tooDeep('block quotes or lists in one line') };
      }
      lineEnd.lastIndex = start;
      const end = lineEnd.exec(text);
      if (!end) break;
      start = end.index + end[0].length;
    }
  }
  return brackets;
}

/** A stack overflow: what deeply nested input does to a recursive parser or rule. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
