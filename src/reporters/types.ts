import type { FileResult, Summary } from '../types.js';

export interface ReportMeta {
  summary: Summary;
  /** Colour the output (stylish only): decided at the edge from the TTY, --no-color and NO_COLOR. */
  color: boolean;
  /** The directory paths are shown relative to (for terminals that link them, and SARIF's source root). */
  cwd: string;
  /** The run fails (exit code 1 or 2) even if no problem is shown: too many warnings, a glob that matched nothing… No success line then. */
  failed?: boolean;
  /** How many drafts have at least one problem, counting those --quiet hides. */
  problemFiles?: number;
  /** Where the package's documentation is published, for formats that link each rule's page (SARIF); see `ruleDocs`. */
  docsUrl?: string | undefined;
}

/** A reporter is a pure function of the results: it never colours or changes them. */
export type Reporter = (results: readonly FileResult[], meta: ReportMeta) => string;
