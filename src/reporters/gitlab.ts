import { isAbsolute, relative } from 'node:path';
import type { Severity } from '../types.js';
import { fingerprints } from './fingerprint.js';
import { portablePath } from './portable-path.js';
import type { Reporter } from './types.js';

/** GitLab's scale is info, minor, major, critical, blocker: a post's problems rank as major at most, leaving critical and blocker to faults that break software. */
const SEVERITY: Record<Severity, string> = { error: 'major', warning: 'minor', suggestion: 'info' };

/**
 * A GitLab Code Quality report: a JSON array of issues with the fields GitLab's
 * documentation lists (description, check_name, fingerprint, severity, location.path
 * and location.lines), shown in merge requests. No byte order mark: GitLab refuses one.
 */
export const gitlab: Reporter = (results, meta) => {
  const issues = results.flatMap((result) => {
    const prints = fingerprints(result);
    const path = repositoryPath(result.file, meta.cwd);
    return result.diagnostics.map((d, i) => ({
      description: d.message,
      check_name: d.ruleId,
      fingerprint: prints[i]!,
      severity: SEVERITY[d.severity],
      location: { path, lines: { begin: d.line, end: d.endLine } },
    }));
  });
  return JSON.stringify(issues, null, 2) + '\n';
};

/** Relative to the repository (the working directory), forward slashes, no leading `./`: GitLab matches it against the diff. */
function repositoryPath(file: string, cwd: string): string {
  const path = isAbsolute(file) ? relative(cwd, file) : file;
  return portablePath(path).replace(/^(\.\/)+/, '');
}
