import type { FileResult, Summary } from '../types.js';

export function summarise(results: readonly FileResult[]): Summary {
  const summary: Summary = { files: results.length, errors: 0, warnings: 0, suggestions: 0 };
  for (const result of results) {
    for (const d of result.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.suggestions++;
    }
  }
  return summary;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** "3 problems (2 errors, 1 warning, 0 suggestions) in 2 of 5 drafts", or "no problems in 5 drafts". */
export function describeSummary(summary: Summary, problemFiles: number): string {
  const { errors, warnings, suggestions, files } = summary;
  const total = errors + warnings + suggestions;
  if (total === 0) return `no problems in ${plural(files, 'draft')}`;
  const where = files === 1 ? '1 draft' : `${problemFiles} of ${plural(files, 'draft')}`;
  return `${plural(total, 'problem')} (${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(suggestions, 'suggestion')}) in ${where}`;
}
