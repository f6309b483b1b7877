import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The package's root folder, from the source tree (tests) or from `dist/` (the built command) alike. */
export const PACKAGE_ROOT: string = (() => {
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, 'package.json'))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error('gbc-post-lint: cannot find its package.json');
    dir = parent;
  }
  return dir;
})();

/** A file kept with a rule (`rules/<id>/<name>`): its README, its term lists. */
export function ruleFile(id: string, name: string): string {
  return join(PACKAGE_ROOT, 'rules', id, name);
}
