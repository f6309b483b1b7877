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
