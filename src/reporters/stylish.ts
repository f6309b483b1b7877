import { Chalk } from 'chalk';
import type { Diagnostic, Severity } from '../types.js';
import { clauses } from './clauses.js';
import { splitMessage } from './message.js';
import { describeSummary } from './summary.js';
import type { Reporter } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/**
 * Grouped by file: `line:column  severity  headline  rule  §clauses`, the
 * detail of a long message on an indented second line, then a summary line.
 */
export const stylish: Reporter = (results, meta) => {
  const c = new Chalk({ level: meta.color ? 1 : 0 });
  const colour: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, suggestion: c.cyan };
  const out: string[] = [];
  let shown = 0;
  for (const result of results) {
    if (!result.diagnostics.length) continue;
    const rows = result.diagnostics.map((d) => ({
      where: `${d.line}:${d.column}`,
      severity: d.severity,
      message: splitMessage(placeOf(d) + d.message),
      rule: d.ruleId,
      clauses: clauses(d.policy),
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => r.severity.length));
    const indent = ' '.repeat(2 + whereWidth + 2 + severityWidth + 2);
    out.push(c.underline(result.file));
    for (const r of rows) {
      out.push(
        `  ${c.dim(r.where.padEnd(whereWidth))}  ${colour[r.severity](r.severity.padEnd(severityWidth))}  ${r.message.headline}  ${c.dim(r.rule)}${r.clauses ? ' ' + c.dim(r.clauses) : ''}`,
      );
      if (r.message.detail) out.push(indent + r.message.detail);
    }
    shown += rows.length;
    out.push('');
  }
  const { errors, warnings, suggestions } = meta.summary;
  const total = errors + warnings + suggestions;
  const problemFiles = meta.problemFiles ?? results.filter((r) => r.diagnostics.length).length;
  const line = describeSummary(meta.summary, problemFiles);
  if (total === 0) {
    // A run that fails for another reason (said on standard error) gets no tick.
    const checked = `${plural(meta.summary.files, 'draft')} checked`;
    out.push(meta.failed ? `${checked}, no problems in them, but the run failed (see above).` : c.green(`✔ ${checked}: no problems.`));
  } else {
    const mark = errors ? c.red.bold('✖') : warnings ? c.yellow.bold('⚠') : c.cyan.bold('ℹ');
    const hidden = total - shown;
    out.push(`${mark} ${line}${hidden > 0 ? ` (${hidden} not shown: --quiet shows errors only)` : ''}`);
  }
  return out.join('\n') + '\n';
};

/** Where in a calendar or thread, as a user counts: "entry 3, post 2 of thread: ". */
function placeOf(d: Diagnostic): string {
  const post = d.threadPost === undefined ? '' : `post ${d.threadPost} of thread`;
  if (d.entry !== undefined) return `entry ${d.entry}${post ? ', ' + post : ''}: `;
  return post ? post + ': ' : '';
}
