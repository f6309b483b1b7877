import type { LineIndex } from '../text/line-index.js';
import type { Span } from '../types.js';
import type { Directive } from './post.js';

export const DIRECTIVE_MARK = 'gbc-post-lint-';
/** The one directive there is. */
export const DISABLE_NEXT_LINE = 'gbc-post-lint-disable-next-line';
// Only at the start of a comment, so that a comment merely mentioning the directive is not one. Other
// forms (`gbc-post-lint-disable`, `-disable-line`, a typo) are read too, to be reported: they waive nothing.
const DIRECTIVE = /^(?:<!--|#)\s*(gbc-post-lint-[\w-]*)(?=\s|-->|$)/;

/**
 * Reads a `gbc-post-lint-disable-next-line rule-a, rule-b -- reason` comment (or a comment in
 * another `gbc-post-lint-…` form, which waives nothing and is reported).
 *
 * @param comment the comment as written, starting at `at` in the file
 * @param lastLine the last line it covers (the next line, or more for a YAML value spanning several lines)
 */
export function readDirective(comment: string, at: number, lines: LineIndex, lastLine?: (nextLine: number) => number): Directive | undefined {
  const match = DIRECTIVE.exec(comment);
  if (!match) return undefined;
  const formStart = at + match[0].length - match[1]!.length;
  const form = { name: match[1]!, span: { start: formStart, end: formStart + match[1]!.length } };
  let body = comment.slice(match.index + match[0].length);
  const bodyStart = at + match.index + match[0].length;
  body = body.replace(/\s*-->\s*$/, '');
  const dash = body.search(/(^|\s)--(\s|$)/);
  const ruleText = dash < 0 ? body : body.slice(0, dash);
  const reason = dash < 0 ? undefined : body.slice(dash).replace(/^\s*--\s*/, '').trim() || undefined;
  const rules: { id: string; span: Span }[] = [];
  for (const m of ruleText.matchAll(/[^\s,]+/g)) {
    rules.push({ id: m[0], span: { start: bodyStart + m.index, end: bodyStart + m.index + m[0].length } });
  }
  const span = { start: at, end: at + comment.length };
  const nextLine = lines.position(span.end).line + 1;
  return { form, rules, reason, span, fromLine: nextLine, toLine: lastLine ? Math.max(nextLine, lastLine(nextLine)) : nextLine };
}
