import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Io } from '../cli.js';
import type { ConfigLoader } from '../config/load.js';
import { draftsAmong, type FoundFile } from '../files/find.js';
import { changedFiles, inCommitHook, isCommit, repositoryRoot, stagedFiles, withStagedContent } from '../files/git.js';

interface GitOptions {
  staged?: boolean;
  changed?: string | true;
  ignore: boolean;
}

/**
 * The drafts `--staged` or `--changed` lints: git's list, narrowed to the
 * drafts a search would lint (no configuration, README, CHANGELOG or CI
 * file) and to `paths` if any are given. Staged drafts carry their staged
 * content. Throws GitError outside a repository or for an unknown base.
 */
export async function gitDrafts(paths: string[], options: GitOptions, loader: ConfigLoader, io: Io): Promise<FoundFile[]> {
  let base = options.changed === true ? undefined : options.changed;
  // `--changed drafts/` (no base, then a folder) reads the folder as the base: take it back as a path.
  if (base !== undefined && !(await isCommit(io.cwd, base)) && existsSync(resolve(io.cwd, base))) {
    paths = [base, ...paths];
    base = undefined;
  }
  const staged = options.staged || (base === undefined && inCommitHook(io.env));
  const root = await repositoryRoot(io.cwd, staged ? '--staged' : '--changed');
  const listed = staged ? await stagedFiles(io.cwd) : (await changedFiles(io.cwd, base)).files;
  const drafts = await draftsAmong(listed, root, {
    cwd: io.cwd,
    useIgnoreFiles: options.ignore,
    ignoredByConfig: (path, isDir) => loader.ignoredBy(path, isDir),
    patterns: paths,
  });
  // A shared configuration named by `extends` may be named like a draft: it is not one.
  for (const file of drafts) loader.forFile(file.absolute);
  const configs = loader.configFiles();
  const kept = drafts.filter((file) => !configs.has(file.absolute));
  return staged ? withStagedContent(kept, io.cwd) : kept;
}
