import { relative, resolve, sep } from 'node:path';
import type { FoundFile } from './find.js';

/**
 * What git says about a repository's drafts: the staged ones (a pre-commit
 * hook) and the changed ones (a pull request's CI job). git is always run
 * through execFile with an argument list, never a shell, and with `-z`, so
 * that names with spaces, quotes or accents arrive as they are (git would
 * otherwise quote `café.md` as "caf\303\251.md").
 */

/** git cannot answer: not a repository, an unknown base, no git at all. The run stops with exit code 2. */
export class GitError extends Error {}

const MAX_BUFFER = 256 * 1024 * 1024;

// node:child_process (and the networking modules it loads) only when git is asked: most runs never ask.
async function git(args: string[], cwd: string): Promise<{ ok: true; out: Buffer } | { ok: false; message: string; missing: boolean }> {
  const { execFile } = await import('node:child_process');
  return new Promise((done) => {
    execFile('git', args, { cwd, encoding: 'buffer', maxBuffer: MAX_BUFFER, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return done({ ok: true, out: stdout });
      const missing = (error as NodeJS.ErrnoException).code === 'ENOENT';
      done({ ok: false, message: (missing ? 'git is not installed (or not on PATH)' : stderr.toString('utf8').trim()) || error.message, missing });
    });
  });
}

async function gitText(args: string[], cwd: string): Promise<string> {
  const result = await git(args, cwd);
  if (!result.ok) throw new GitError(result.message);
  return result.out.toString('utf8');
}

/** The repository's top folder; a clear error outside one. */
export async function repositoryRoot(cwd: string, option: string): Promise<string> {
  const result = await git(['rev-parse', '--show-toplevel'], cwd);
  if (!result.ok) {
    if (result.missing) throw new GitError(`${option} needs git, and ${result.message}`);
    throw new GitError(`${option} works in a git repository, and ${cwd} is not in one (${result.message.split('\n')[0]})`);
  }
  return resolve(result.out.toString('utf8').trim());
}

/** NUL-separated names, as `-z` prints them. */
const names = (out: string) => out.split('\0').filter(Boolean);

/** Where a repository path is for the user: relative to the folder the command runs in. */
function foundFile(root: string, cwd: string, path: string): FoundFile {
  const absolute = resolve(root, path);
  const display = relative(cwd, absolute) || path;
  return { display: sep === '/' ? display : display.split(sep).join('/'), absolute };
}

/**
 * The files added, copied, modified or renamed in the index (what the next
 * commit records), each with its staged content: the working copy may differ,
 * and it is the commit that must be clean. Run inside a `git commit` hook, the
 * GIT_INDEX_FILE git sets is inherited, so `git commit -a` and `git commit
 * <path>` are read from the index they are about to commit.
 */
export async function stagedFiles(cwd: string): Promise<FoundFile[]> {
  const root = await repositoryRoot(cwd, '--staged');
  const paths = names(await gitText(['diff', '--cached', '--name-only', '-z', '--diff-filter=ACMR', '--no-renames', '--'], root));
  return paths.map((path) => foundFile(root, cwd, path));
}

/** Reads the staged content of files found by `stagedFiles` (a few at a time: one git process each). */
export async function withStagedContent(files: FoundFile[], cwd: string): Promise<FoundFile[]> {
  if (!files.length) return files;
  const root = await repositoryRoot(cwd, '--staged');
  const out: FoundFile[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      const file = files[i]!;
      const path = relative(root, file.absolute).split(sep).join('/');
      // `:path` is the index's copy; `./` keeps a name that starts with a colon or a dash a path.
      const result = await git(['show', '--no-textconv', `:./${path}`], root);
      out[i] = { ...file, bytes: result.ok ? result.out : new Error(`its staged copy cannot be read from git: ${result.message}`) };
    }
  };
  await Promise.all(Array.from({ length: Math.min(4, files.length) }, worker));
  return out;
}

/** The branches tried, in order, for the default base of `--changed`. */
const DEFAULT_BRANCHES = ['origin/HEAD', 'origin/main', 'origin/master', 'main', 'master'];

/**
 * The files added, copied, modified or renamed since `base` (default: where
 * this branch left the default branch), in the working tree as it is now.
 */
export async function changedFiles(cwd: string, base: string | undefined): Promise<{ files: FoundFile[]; base: string }> {
  const root = await repositoryRoot(cwd, '--changed');
  let from: string;
  let described: string;
  if (base !== undefined) {
    const commit = await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${base}^{commit}`], root);
    if (!commit.ok) throw new GitError(`--changed ${base}: git knows no commit, branch or tag named ${base}`);
    from = commit.out.toString('utf8').trim();
    described = base;
  } else {
    const branch = await defaultBranch(root);
    const mergeBase = await git(['merge-base', 'HEAD', branch], root);
    if (!mergeBase.ok) {
      throw new GitError(
        `--changed: HEAD and ${branch} have no common commit (in a shallow clone, fetch the history, e.g. fetch-depth: 0 in actions/checkout); name a base: --changed <commit>`,
      );
    }
    from = mergeBase.out.toString('utf8').trim();
    described = `the merge base with ${branch}`;
  }
  const paths = names(await gitText(['diff', '--name-only', '-z', '--diff-filter=ACMR', '--no-renames', from, '--'], root));
  return { files: paths.map((path) => foundFile(root, cwd, path)), base: described };
}

async function defaultBranch(root: string): Promise<string> {
  for (const branch of DEFAULT_BRANCHES) {
    const found = await git(['rev-parse', '--verify', '--quiet', `${branch}^{commit}`], root);
    if (found.ok) return branch;
  }
  throw new GitError(`--changed: no default branch to compare with (tried ${DEFAULT_BRANCHES.join(', ')}); name a base: --changed <commit>`);
}

/** Whether this run is inside a commit hook: git sets GIT_INDEX_FILE for its hooks, the pre-commit framework sets PRE_COMMIT. */
export function inCommitHook(env: NodeJS.ProcessEnv): boolean {
  return Boolean(env.PRE_COMMIT || env.GIT_INDEX_FILE);
}

/** Whether `value` names a commit in the repository at `cwd` (to tell `--changed main` from `--changed drafts/`). */
export async function isCommit(cwd: string, value: string): Promise<boolean> {
  return (await git(['rev-parse', '--verify', '--quiet', '--end-of-options', `${value}^{commit}`], cwd)).ok;
}
