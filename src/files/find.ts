import { existsSync, readdirSync, readFileSync, statSync, type Dirent } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import ignore, { type Ignore } from 'ignore';
import picomatch from 'picomatch';
import { glob, isDynamicPattern } from 'tinyglobby';
import { isConfigFileName } from '../config/load.js';
import { DRAFT_EXTENSIONS } from '../drafts/read.js';

export const IGNORE_FILE = '.gbc-post-lint-ignore';
/** Never drafts, and often huge. */
const SKIPPED_DIRS = new Set(['node_modules', '.git']);

/**
 * Files a repository keeps beside its drafts that are not posts: skipped
 * when searching folders and globs (anywhere), linted only when named.
 */
export const DEFAULT_IGNORES = {
  names: ['README*', 'CHANGELOG*', 'CONTRIBUTING*', 'LICENSE*', 'LICENCE*', 'CODE_OF_CONDUCT*', 'SECURITY*', '.gitlab-ci.yml'],
  folders: ['.github', '.gitlab'],
} as const;
/** Compiled the first time a folder or glob is searched (a named draft never needs it). */
let defaultIgnoredName: picomatch.Matcher | undefined;
/** The first letters of the default names, which start with a letter or a dot, not a wildcard: most drafts start with another. */
const DEFAULT_IGNORED_FIRST = new Set(
  DEFAULT_IGNORES.names.map((name) => {
    if (!/^[\w.-]/.test(name)) throw new Error(`A default ignore name must start with a plain character, not a wildcard: ${name}`);
    return name[0]!.toLowerCase();
  }),
);
const isDefaultIgnoredName = (name: string) =>
  DEFAULT_IGNORED_FIRST.has(name.charAt(0).toLowerCase()) && (defaultIgnoredName ??= picomatch([...DEFAULT_IGNORES.names], { nocase: true, dot: true }))(name);
const DEFAULT_IGNORED_FOLDERS = new Set<string>(DEFAULT_IGNORES.folders);

export interface FoundFile {
  /** The path to show: as given, or joined to the directory or glob it was found under. */
  display: string;
  absolute: string;
  /** The content to lint instead of the file's (the staged copy, read from git's index). */
  bytes?: Uint8Array | Error;
}

export interface FindResult {
  /** Drafts in the order of the arguments; a path that does not exist is kept, and reading it reports it. */
  files: FoundFile[];
  /** Globs and directories in which no draft was found, with why. */
  unmatched: { pattern: string; reason: string }[];
  /** Files named (or matched by a glob) that are not linted, with why. */
  skipped: { path: string; reason: string }[];
}

export interface FindOptions {
  cwd?: string;
  /** Honour .gitignore, .gbc-post-lint-ignore, the configuration's `ignores` and the default set (default true). */
  useIgnoreFiles?: boolean;
  /** The configuration file whose `ignores` match a path, if any. */
  ignoredByConfig?: (absolute: string, isDir: boolean) => string | undefined;
}

const hasDraftExtension = (name: string) => DRAFT_EXTENSIONS.some((ext) => name.toLowerCase().endsWith(ext));
const isDraft = (name: string) => hasDraftExtension(name) && !isConfigFileName(name);

/**
 * Expands the command line's files, directories and globs into drafts.
 * Directories are searched for .md, .markdown, .yaml and .yml files.
 * .gitignore applies as git applies it: each file to its own directory and
 * below, never above the repository's root, and never to a file git tracks.
 * .gbc-post-lint-ignore, the configuration's `ignores` and, for searches, the
 * default set apply to tracked files too: they say what is not a draft.
 */
export async function findDrafts(patterns: string[], options: FindOptions = {}): Promise<FindResult> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const filter = new Filter(options.useIgnoreFiles !== false, options.ignoredByConfig);
  const result: FindResult = { files: [], unmatched: [], skipped: [] };
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
      const before = result.files.length;
      for await (const file of walk(absolute, absolute, filter)) add(join(pattern, relative(absolute, file)), file);
      if (result.files.length === before) {
        const reason = hasDraftExtension(basename(absolute))
          ? `${pattern} is a directory, not a draft, and holds no drafts`
          : `no drafts (${DRAFT_EXTENSIONS.join(', ')}) found in ${pattern}`;
        result.unmatched.push({ pattern, reason });
      }
    } else if (stat) {
      const reason = isConfigFileName(basename(absolute)) ? 'it is a gbc-post-lint configuration file, not a draft' : await filter.namedFile(absolute);
      if (reason) result.skipped.push({ path: pattern, reason });
      else add(pattern, absolute);
    } else if (isDynamicPattern(pattern)) {
      const entries = await glob(pattern, { cwd, dot: false, onlyFiles: false, ignore: ['**/node_modules/**', '**/.git/**'] });
      const matches: FoundFile[] = [];
      for (const entry of entries) {
        const absoluteMatch = resolve(cwd, entry);
        const name = basename(absoluteMatch);
        if (entry.endsWith('/')) {
          if (hasDraftExtension(name)) result.skipped.push({ path: entry, reason: 'it is a directory, not a draft' });
          continue;
        }
        if (isDraft(name) && !(await filter.searched(absoluteMatch, cwd))) matches.push({ display: entry, absolute: absoluteMatch });
      }
      matches.sort((a, b) => a.display.localeCompare(b.display));
      if (!matches.length) result.unmatched.push({ pattern, reason: `no drafts match ${pattern}` });
      for (const match of matches) add(match.display, match.absolute);
    } else {
      add(pattern, absolute);
    }
  }
  return result;
}

/**
 * The drafts among files a tool listed (git's staged or changed files): what
 * a search of `base` would lint. Configuration files, the default set and
 * ignored files are left out without a word (a commit that touches README.md
 * or the configuration is no draft's business); files git lists are tracked,
 * so .gitignore does not apply. With `patterns` (files, folders or globs, as
 * the pre-commit tools pass them), only the files they name are kept.
 */
export async function draftsAmong(files: readonly FoundFile[], base: string, options: FindOptions & { patterns?: string[] } = {}): Promise<FoundFile[]> {
  const cwd = resolve(options.cwd ?? process.cwd());
  const filter = new Filter(options.useIgnoreFiles !== false, options.ignoredByConfig);
  const patterns = options.patterns ?? [];
  const named = patterns.filter((p) => !isDynamicPattern(p)).map((p) => resolve(cwd, p));
  const globs = patterns.filter((p) => isDynamicPattern(p));
  const matchesGlob = globs.length ? picomatch(globs, { dot: true }) : () => false;
  const kept: FoundFile[] = [];
  for (const file of files) {
    if (!isDraft(basename(file.absolute))) continue;
    if (patterns.length && !named.some((p) => file.absolute === p || file.absolute.startsWith(p + sep)) && !matchesGlob(file.display)) continue;
    if (await filter.searched(file.absolute, base, false, true)) continue;
    kept.push(file);
  }
  return kept;
}

/** Drafts under `dir`, in name order; `base` is the folder named on the command line. */
async function* walk(dir: string, base: string, filter: Filter, insideIgnored = false): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = readdirSync(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      if (SKIPPED_DIRS.has(entry.name)) continue;
      const verdict = await filter.folder(path, base, insideIgnored);
      if (verdict !== 'skip') yield* walk(path, base, filter, verdict === 'tracked-only');
    } else if ((entry.isFile() || entry.isSymbolicLink()) && isDraft(entry.name)) {
      if (!(await filter.searched(path, base, insideIgnored))) yield path;
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

/** What is left out, and why: .gitignore (unless git tracks the file), the tool's own ignore file, the configuration and the default set. */
class Filter {
  private readonly ignoreFiles = new IgnoreFiles();
  private readonly tracked = new Map<string, Promise<Set<string>>>();

  constructor(
    private readonly enabled: boolean,
    private readonly ignoredByConfig: FindOptions['ignoredByConfig'],
  ) {}

  /** Why a file named on the command line is not linted, or undefined. The default set does not apply to it. */
  async namedFile(path: string): Promise<string | undefined> {
    if (!this.enabled) return undefined;
    const config = this.ignoredByConfig?.(path, false);
    if (config) return `it is ignored by \`ignores\` in ${config}`;
    const by = this.ignoreFiles.ignoredBy(path);
    if (by === 'own') return `it is ignored by ${IGNORE_FILE}`;
    if (by === 'git' && !(await this.isTracked(path))) return 'it is ignored by .gitignore, and git does not track it';
    return undefined;
  }

  /** Whether a file found by searching a folder or a glob is left out. */
  async searched(path: string, base: string, insideIgnored = false, tracked = false): Promise<boolean> {
    if (!this.enabled) return false;
    if (isDefaultIgnoredName(basename(path))) return true;
    const rel = relative(base, path);
    if (!rel.startsWith('..') && rel.split(sep).slice(0, -1).some((folder) => DEFAULT_IGNORED_FOLDERS.has(folder))) return true;
    if (this.ignoredByConfig?.(path, false)) return true;
    const by = this.ignoreFiles.ignoredBy(path);
    if (by === 'own') return true;
    return !tracked && (insideIgnored || by === 'git') && !(await this.isTracked(path));
  }

  /** Whether to search a folder: yes, no, or only for the files git tracks in it (a folder .gitignore leaves out). */
  async folder(path: string, base: string, insideIgnored: boolean): Promise<'search' | 'skip' | 'tracked-only'> {
    if (!this.enabled) return 'search';
    if (path !== base && DEFAULT_IGNORED_FOLDERS.has(basename(path))) return 'skip';
    if (this.ignoredByConfig?.(path, true)) return 'skip';
    const by = this.ignoreFiles.ignoredBy(path, true);
    if (by === 'own') return 'skip';
    if (by !== 'git' && !insideIgnored) return 'search';
    return (await this.hasTracked(path)) ? 'tracked-only' : 'skip';
  }

  private async isTracked(path: string): Promise<boolean> {
    const root = this.ignoreFiles.repositoryRoot(path);
    if (!root) return false;
    return (await this.trackedIn(root)).has(relative(root, path).split(sep).join('/'));
  }

  private async hasTracked(dir: string): Promise<boolean> {
    const root = this.ignoreFiles.repositoryRoot(dir);
    if (!root) return false;
    const prefix = `${relative(root, dir).split(sep).join('/')}/`;
    for (const file of await this.trackedIn(root)) if (file.startsWith(prefix)) return true;
    return false;
  }

  /** The files git tracks in a repository, asked once (and only when .gitignore leaves something out). */
  private trackedIn(root: string): Promise<Set<string>> {
    let files = this.tracked.get(root);
    if (!files) {
      // node:child_process (and the networking modules it loads) only when git must be asked.
      files = import('node:child_process').then(({ execFile }) => new Promise((done) => {
        execFile('git', ['ls-files', '-z', '--cached'], { cwd: root, maxBuffer: 256 * 1024 * 1024, windowsHide: true }, (error, stdout) => {
          // Without git (or outside a work tree) nothing counts as tracked: .gitignore applies as written.
          done(new Set(error ? [] : stdout.split('\0').filter(Boolean)));
        });
      }));
      this.tracked.set(root, files);
    }
    return files;
  }
}

/**
 * The ignore files that apply to a path: those of its directory and of every
 * directory above it, up to the repository's root (or, outside a
 * repository, the filesystem's root).
 */
class IgnoreFiles {
  private readonly perDir = new Map<string, { git: Ignore | null; own: Ignore | null }>();
  private readonly roots = new Map<string, string | undefined>();

  /** Which kind of ignore file leaves `path` out: the tool's own wins over .gitignore, which tracked files escape. */
  ignoredBy(path: string, isDir = false): 'own' | 'git' | undefined {
    const root = this.repositoryRoot(path);
    let git = false;
    let dir = dirname(path);
    for (;;) {
      const rules = this.rulesOf(dir);
      // Most folders have no ignore file: the path relative to them is worked out only for those that do.
      if (rules.own || rules.git) {
        const rel = relative(dir, path).split(sep).join('/');
        const target = isDir ? `${rel}/` : rel;
        if (rules.own?.ignores(target)) return 'own';
        if (rules.git?.ignores(target)) git = true;
      }
      const parent = dirname(dir);
      if (dir === root || parent === dir) return git ? 'git' : undefined;
      dir = parent;
    }
  }

  /** The folder holding `.git` (a folder, or a file in worktrees and submodules) at or above `path`'s folder. */
  repositoryRoot(path: string): string | undefined {
    const dir = dirname(path);
    if (this.roots.has(dir)) return this.roots.get(dir);
    let root: string | undefined;
    if (existsSync(join(dir, '.git'))) root = dir;
    else if (dirname(dir) !== dir) root = this.repositoryRoot(dir);
    this.roots.set(dir, root);
    return root;
  }

  private rulesOf(dir: string): { git: Ignore | null; own: Ignore | null } {
    let rules = this.perDir.get(dir);
    if (!rules) {
      rules = { git: read(join(dir, '.gitignore')), own: read(join(dir, IGNORE_FILE)) };
      this.perDir.set(dir, rules);
    }
    return rules;
  }
}

function read(file: string): Ignore | null {
  if (!existsSync(file)) return null;
  try {
    return ignore().add(readFileSync(file, 'utf8'));
  } catch {
    // An unreadable ignore file ignores nothing.
    return null;
  }
}
