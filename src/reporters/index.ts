import type { FileResult, Summary } from '../types.js';
import { compact } from './compact.js';
import { github } from './github.js';
import { gitlab } from './gitlab.js';
import { json } from './json.js';
import { junit } from './junit.js';
import { stylish } from './stylish.js';
import { summarise } from './summary.js';
import type { Reporter } from './types.js';

/**
 * SARIF describes every rule from its README, which needs the markdown parser: it is loaded only
 * when asked for.
 */
const sarif = async (...args: Parameters<Reporter>): Promise<string> => (await import('./sarif.js')).sarif(...args);

/**
 * The output formats. The others are small and share most of their code with the command, so they
 * are loaded with it: loaded on demand, they would split that shared code into more files to load.
 */
const REPORTERS = { stylish, json, compact, sarif, github, gitlab, junit } satisfies Record<string, (...args: Parameters<Reporter>) => string | Promise<string>>;

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
  docsUrl?: string | undefined;
  /** The summary line's counts, when they are not those of `results` (the command's --quiet hides findings it still counts). */
  summary?: Summary;
  /** The run fails even if nothing is shown (too many warnings, a glob that matched nothing): no success line. */
  failed?: boolean;
  /** How many drafts have problems, counting hidden ones ("in 2 of 3 drafts"). */
  problemFiles?: number;
}

/** Writes results in one of the output formats; the summary counts the results given. */
export async function formatResults(results: readonly FileResult[], options: FormatOptions = {}): Promise<string> {
  const format = options.format ?? 'stylish';
  if (!Object.hasOwn(REPORTERS, format)) throw new Error(`Unknown format "${format}": expected one of ${FORMATS.join(', ')}.`);
  const reporter = REPORTERS[format];
  // Only the documented fields: a LintResult's internalError flag is not part of any report.
  return reporter(
    results.map(({ file, diagnostics }) => ({ file, diagnostics })),
    {
      summary: options.summary ?? summarise(results),
      color: options.color ?? false,
      cwd: options.cwd ?? process.cwd(),
      docsUrl: options.docsUrl,
      ...(options.failed === undefined ? {} : { failed: options.failed }),
      ...(options.problemFiles === undefined ? {} : { problemFiles: options.problemFiles }),
    },
  );
}
