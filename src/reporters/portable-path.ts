import { sep } from 'node:path';

/** A path with forward slashes, as CI systems write repository paths (on Windows, `\` is the separator; elsewhere it is a character). */
export function portablePath(path: string): string {
  return sep === '\\' ? path.replaceAll('\\', '/') : path;
}
