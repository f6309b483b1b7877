import { Chalk } from 'chalk';
import type { Severity } from '../types.js';
import { clauses } from './clauses.js';
import type { Reporter } from './types.js';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** Grouped by file: `line:column  severity  message  rule  §clauses`, then a summary line. */
export const stylish: Reporter = (results, meta) => {
  const c = new Chalk({ level: meta.color ? 1 : 0 });
  const colour: Record<Severity, (s: string) => string> = { error: c.red, warning: c.yellow, suggestion: c.cyan };
  const out: string[] = [];
  for (const result of results) {
    if (!result.diagnostics.length) continue;
    const thread = result.diagnostics.some((d) => (d.post ?? 0) > 0);
    const rows = result.diagnostics.map((d) => ({
      where: `${d.line}:${d.column}`,
      severity: d.severity,
      message: (thread && d.post !== null ? `post ${d.post + 1}: ` : '') + d.message,
      rule: d.ruleId,
      clauses: clauses(d.policy),
    }));
    const whereWidth = Math.max(...rows.map((r) => r.where.length));
    const severityWidth = Math.max(...rows.map((r) => r.severity.length));
    out.push(c.underline(result.file));
    for (const r of rows) {
      out.push(
        `  ${c.dim(r.where.padEnd(whereWidth))}  ${colour[r.severity](r.severity.padEnd(severityWidth))}  ${r.message}  ${c.dim(r.rule)}${r.clauses ? ' ' + c.dim(r.clauses) : ''}`,
      );
    }
    out.push('');
  }
  const { errors, warnings, suggestions, files } = meta.summary;
  const total = errors + warnings + suggestions;
  if (total === 0) {
    out.push(c.green(`✔ ${plural(files, 'draft')} checked: no problems.`));
  } else {
    const mark = errors ? c.red.bold('✖') : warnings ? c.yellow.bold('⚠') : c.cyan.bold('ℹ');
    out.push(
      `${mark} ${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(suggestions, 'suggestion')}) in ${plural(files, 'draft')}`,
    );
  }
  return out.join('\n') + '\n';
};
