import type { Severity } from '../types.js';
import { clauses } from './clauses.js';
import { portablePath } from './portable-path.js';
import { stylish } from './stylish.js';
import type { Reporter } from './types.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', suggestion: 'notice' };

/**
 * GitHub Actions workflow commands (`::error file=…,line=…::message`), which the runner turns
 * into annotations on the pull request's files. GitHub shows at most ten annotations of each
 * level per step, so the ordinary report follows, uncoloured, in the job's log.
 */
export const github: Reporter = (results, meta) => {
  const lines: string[] = [];
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      const properties = [`file=${property(portablePath(file))}`, `line=${d.line}`, `endLine=${d.endLine}`];
      // The runner accepts columns only for an annotation on a single line.
      if (d.line === d.endLine) properties.push(`col=${d.column}`, `endColumn=${d.endColumn}`);
      properties.push(`title=${property(`gbc-post-lint ${d.ruleId} ${clauses(d.policy)}`.trim())}`);
      lines.push(`::${COMMAND[d.severity]} ${properties.join(',')}::${data(d.message)}\n`);
    }
  }
  return lines.join('') + stylish(results, { ...meta, color: false });
};

/** A command's message: the runner decodes %25, %0D and %0A. */
const data = (text: string) => text.replaceAll('%', '%25').replaceAll('\r', '%0D').replaceAll('\n', '%0A');

/** A command's property value: also `:` and `,`, which would end the value. */
const property = (text: string) => data(text).replaceAll(':', '%3A').replaceAll(',', '%2C');
