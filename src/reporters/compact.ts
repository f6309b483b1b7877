import { clauses } from './clauses.js';
import type { Reporter } from './types.js';

/** One line per problem, `file:line:column: severity message [rule §clauses]`, for editors' and scripts' error parsers. */
export const compact: Reporter = (results) => {
  const lines: string[] = [];
  for (const { file, diagnostics } of results) {
    for (const d of diagnostics) {
      const tag = [d.ruleId, clauses(d.policy)].filter(Boolean).join(' ');
      lines.push(`${file}:${d.line}:${d.column}: ${d.severity} ${oneLine(d.message)} [${tag}]`);
    }
  }
  return lines.map((line) => line + '\n').join('');
};

const oneLine = (text: string) => text.replace(/\s*(\r\n|\r|\n)\s*/g, ' ');
