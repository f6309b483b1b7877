import { readFile } from 'node:fs/promises';
import type { ConfigLoader } from '../config/load.js';
import { decodeDraft } from '../drafts/read.js';
import type { FoundFile } from '../files/find.js';
import { inputFailure, lintText, type LintResult } from './lint.js';

/** Files read ahead of the one being linted: reading overlaps linting without holding many drafts in memory. */
const READ_AHEAD = 8;

/**
 * Lints drafts in order. Each draft's configuration is resolved from its own
 * location; a draft that cannot be read becomes an `input` error and the
 * others go on.
 */
export async function lintFiles(files: readonly FoundFile[], loader: ConfigLoader): Promise<LintResult[]> {
  const results: LintResult[] = [];
  const reads: Promise<Uint8Array | Error>[] = [];
  const read = (i: number) => {
    const file = files[i];
    if (file && !reads[i]) reads[i] = readFile(file.absolute).catch((error: NodeJS.ErrnoException) => error);
  };
  for (let i = 0; i < Math.min(READ_AHEAD, files.length); i++) read(i);
  for (let i = 0; i < files.length; i++) {
    read(i + READ_AHEAD);
    const file = files[i]!;
    const bytes = await reads[i]!;
    delete reads[i];
    results.push(await lintBytes(file.display, file.absolute, bytes, loader));
  }
  return results;
}

export async function lintBytes(display: string, configPath: string, bytes: Uint8Array | Error, loader: ConfigLoader): Promise<LintResult> {
  if (bytes instanceof Error) return inputFailure(display, readProblem(bytes as NodeJS.ErrnoException));
  const config = loader.forFile(configPath);
  const decoded = decodeDraft(bytes);
  if (!decoded.ok) return inputFailure(display, decoded.message);
  return lintText(display, decoded.text, config);
}

function readProblem(error: NodeJS.ErrnoException): string {
  switch (error.code) {
    case 'ENOENT':
      return 'The file does not exist.';
    case 'EACCES':
    case 'EPERM':
      return 'The file cannot be read: permission denied.';
    case 'EISDIR':
      return 'This is a directory, not a draft.';
    default:
      return `The file cannot be read: ${error.message}`;
  }
}
