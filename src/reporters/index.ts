import type { FileResult } from '../types.js';
import { summarise } from './summary.js';
import type { Reporter } from './types.js';

/** The output formats, each a reporter of its own, loaded on demand (the JSON one needs no colour library). */
const REPORTERS = {
  stylish: async () => (await import('./stylish.js')).stylish,
  json: async () => (await import('./json.js')).json,
  compact: async () => (await import('./compact.js')).compact,
  sarif: async () => (await import('./sarif.js')).sarif,
  github: async () => (await import('./github.js')).github,
  gitlab: async () => (await import('./gitlab.js')).gitlab,
  junit: async () => (await import('./junit.js')).junit,
} satisfies Record<string, () => Promise<Reporter>>;

export type Format = keyof typeof REPORTERS;
export const FORMATS = Object.keys(REPORTERS) as Format[];

export interface FormatOptions {
  /** Default `stylish`. */
  format?: Format;
  /** Colour (stylish only); default false. */
  color?: boolean;
  /** The directory relative paths are relative to; default the process's. */
  cwd?: string;
  /** Where the package's files are published, for SARIF's links to each rule's page (see the README). */
  docsUrl?: string;
}

/** Writes results in one of the output formats; the summary counts the results given. */
export async function formatResults(results: readonly FileResult[], options: FormatOptions = {}): Promise<string> {
  const format = options.format ?? 'stylish';
  if (!Object.hasOwn(REPORTERS, format)) throw new Error(`Unknown format "${format}": expected one of ${FORMATS.join(', ')}.`);
  const reporter = await REPORTERS[format]();
  // Only the documented fields: a LintResult's internalError flag is not part of any report.
  return reporter(
    results.map(({ file, diagnostics }) => ({ file, diagnostics })),
    { summary: summarise(results), color: options.color ?? false, cwd: options.cwd ?? process.cwd(), docsUrl: options.docsUrl },
  );
}
