import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import { glob, isDynamicPattern } from 'tinyglobby';
import { CONFIG_NAME } from '../config/load.js';
import { DRAFT_EXTENSIONS } from '../drafts/read.js';

export const IGNORE_FILE = '.gbc-post-lint-ignore';
const IGNORE_FILES = ['.gitignore', IGNORE_FILE];
/** Never drafts, and often huge. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

export interface FoundFile {
  /** The path to show: as given, or joined to the directory or glob it was found under. */
  display: string;
  absolute: string;
}

export interface FindResult {
  files: FoundFile[];
  /** Paths given explicitly that do not exist: each becomes an `input` error. */
  missing: string[];
  /** Globs that matched no draft. */
  unmatched: string[];
  /** Files given explicitly but ignored by an ignore file (skipped, with a note). */
  ignored: string[];
}

export interface FindOptions {
  cwd?: string;
  /** Honour .gitignore and .gbc-post-lint-ignore (default true). */
  useIgnoreFiles?: boolean;
}

const isDraft = (name: string) => DRAFT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext)) && name !== CONFIG_NAME;

/**
 * Expands the command line's files, directories and globs into drafts.
 * Directories are searched for .md, .markdown, .yaml and .yml files; .gitignore
 * and .gbc-post-lint-ignore files apply as git applies them (each to its own
 * directory and below).
 */
export async function findDrafts(patterns: string[], options: FindOptions = {}): Promise<FindResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const ignores = new IgnoreFiles(options.useIgnoreFiles !== false);
  const result: FindResult = { files: [], missing: [], unmatched: [], ignored: [] };
  const seen = new Set<string>();
  const add = (display: string, absolute: string) => {
    if (seen.has(absolute)) return;
    seen.add(absolute);
    result.files.push({ display, absolute });
  };

  for (const pattern of patterns) {
    const absolute = resolve(cwd, pattern);
    const stat = statOrUndefined(absolute);
    if (stat?.isDirectory()) {
      for (const file of walk(absolute, ignores)) add(join(pattern, relative(absolute, file)), file);
    } else if (stat) {
      if (ignores.ignored(absolute)) result.ignored.push(pattern);
      else add(pattern, absolute);
    } else if (isDynamicPattern(pattern)) {
      const matches = (await glob(pattern, { cwd, dot: false, onlyFiles: true, ignore: ['**/node_modules/**', '**/.git/**'] }))
        .map((file) => ({ display: file, absolute: resolve(cwd, file) }))
        .filter((f) => isDraft(f.absolute.split(sep).pop()!) && !ignores.ignored(f.absolute))
        .sort((a, b) => a.display.localeCompare(b.display));
      if (!matches.length) result.unmatched.push(pattern);
      for (const match of matches) add(match.display, match.absolute);
    } else {
      result.missing.push(pattern);
    }
  }
  return result;
}

function* walk(dir: string, ignores: IgnoreFiles): Generator<string> {
  let entries;
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(entry.name) || ignores.ignored(path, true)) continue;
      yield* walk(path, ignores);
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isDraft(entry.name) && !ignores.ignored(path)) {
      yield path;
    }
  }
}

function statOrUndefined(path: string) {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/** The ignore files that apply to a path: those of its directory and of every directory above it. */
class IgnoreFiles {
  private readonly perDir = new Map<string, Ignore | null>();

  constructor(private readonly enabled: boolean) {}

  ignored(path: string, isDir = false): boolean {
    if (!this.enabled) return false;
    let dir = dirname(path);
    for (;;) {
      const rules = this.rulesOf(dir);
      if (rules) {
        const rel = relative(dir, path).split(sep).join('/');
        if (rules.ignores(isDir ? `${rel}/` : rel)) return true;
      }
      const parent = dirname(dir);
      if (parent === dir) return false;
      dir = parent;
    }
  }

  private rulesOf(dir: string): Ignore | null {
    if (this.perDir.has(dir)) return this.perDir.get(dir)!;
    let rules: Ignore | null = null;
    for (const name of IGNORE_FILES) {
      const file = join(dir, name);
      if (!existsSync(file)) continue;
      try {
        rules ??= ignore();
        rules.add(readFileSync(file, 'utf8'));
      } catch {
        // An unreadable ignore file ignores nothing.
      }
    }
    this.perDir.set(dir, rules);
    return rules;
  }
}
