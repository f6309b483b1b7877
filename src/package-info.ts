import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from './paths.js';

export interface PackageInfo {
  name: string;
  version: string;
  description: string;
}

let info: PackageInfo | undefined;

/** The tool's name, version and description, from its package.json (read once). */
export function packageInfo(): PackageInfo {
  info ??= JSON.parse(readFileSync(join(PACKAGE_ROOT, 'package.json'), 'utf8')) as PackageInfo;
  return info;
}
