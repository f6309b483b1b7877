import { closeSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import type { ConfigLoader } from '../config/load.js';
import { nestingProblem, sizeProblem } from '../drafts/limits.js';
import { decodeDraft, formatOf } from '../drafts/read.js';
import type { FoundFile } from '../files/find.js';
import { inputFailure, lintText, RunScope, type LintResult } from './lint.js';

/**
 * Lints drafts in order, one at a time. Each draft's configuration is
 * resolved from its own location; a draft that cannot be read becomes an
 * `input` error and the others go on. Drafts are small, so a plain read is
 * cheaper than the asynchronous file calls it would save waiting on; a file
 * over the size limit is refused before it is read.
 */
export async function lintFiles(files: readonly FoundFile[], loader: ConfigLoader, onProgress?: (done: number, total: number) => void): Promise<LintResult[]> {
  const results: LintResult[] = [];
  const run = new RunScope();
  for (const file of files) {
    onProgress?.(results.length, files.length);
    if (file.bytes) {
      // Content given with the file (the staged copy from git's index); the configuration still comes from where the file lives.
      results.push(await lintBytes(file.display, file.absolute, file.bytes, loader, run));
      continue;
    }
    let bytes: Uint8Array | Error;
    try {
      const read = readDraftFile(file.absolute);
      if ('size' in read) {
        results.push(inputFailure(file.display, sizeProblem(read.size)!));
        continue;
      }
      bytes = read;
    } catch (error) {
      bytes = error as Error;
    }
    results.push(await lintBytes(file.display, file.absolute, bytes, loader, run));
  }
  onProgress?.(results.length, files.length);
  return results;
}

export async function lintBytes(display: string, configPath: string, bytes: Uint8Array | Error, loader: ConfigLoader, run?: RunScope): Promise<LintResult> {
  if (bytes instanceof Error) return inputFailure(display, readProblem(bytes as NodeJS.ErrnoException));
  const tooBig = sizeProblem(bytes.length);
  if (tooBig) return inputFailure(display, tooBig);
  const config = loader.forFile(configPath);
  const decoded = decodeDraft(bytes);
  if (!decoded.ok) return inputFailure(display, decoded.message, decoded.text, decoded.at);
  const tooDeep = nestingProblem(decoded.text, formatOf(display));
  if (tooDeep) return inputFailure(display, tooDeep.message, decoded.text, tooDeep.offset);
  return lintText(display, decoded.text, config, run);
}

/**
 * A draft's bytes, or its size when that is over the limit (then it is not read). One open, as
 * `readFileSync` does it, rather than a look-up of the path for its size and another to read it.
 */
function readDraftFile(path: string): Uint8Array | { size: number } {
  const fd = openSync(path, 'r');
  try {
    const { size } = fstatSync(fd);
    if (sizeProblem(size)) return { size };
    // Read into a buffer of the size just found, and a byte more (`readFileSync` would ask for the
    // size again). A read may return less than asked (network file systems): reads are repeated
    // until the size is read, as `readFileSync` does, or the end comes first. A file that has grown
    // since is noticed when a read brings more than that size (the first asks for a byte more), and
    // is then read to its end, as is a file that reports no size (a pipe, /proc).
    if (size > 0) {
      const buffer = Buffer.allocUnsafe(size + 1);
      let length = 0;
      for (let n; length < size && (n = readSync(fd, buffer, length, size + 1 - length, length)) > 0; ) length += n;
      if (length <= size) return buffer.subarray(0, length);
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
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
