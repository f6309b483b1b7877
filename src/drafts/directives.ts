import type { LineIndex } from '../text/line-index.js';
import type { Span } from '../types.js';
import type { Directive } from './post.js';

export const DIRECTIVE_MARK = 'gbc-post-lint-';
// Only at the start of a comment, so that a comment merely mentioning the directive is not one.
const DIRECTIVE = /^(?:<!--|#)\s*gbc-post-lint-disable-next-line(?=\s|-->|$)/;

/**
 * Reads a `gbc-post-lint-disable-next-line rule-a, rule-b -- reason` comment.
 *
 * @param comment the comment as written, starting at `at` in the file
 * @param lastLine the last line it covers (the next line, or more for a YAML value spanning several lines)
 */
export function readDirective(comment: string, at: number, lines: LineIndex, lastLine?: (nextLine: number) => number): Directive | undefined {
  const match = DIRECTIVE.exec(comment);
  if (!match) return undefined;
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
  return { rules, reason, span, fromLine: nextLine, toLine: lastLine ? Math.max(nextLine, lastLine(nextLine)) : nextLine };
}
