import { createRequire } from 'node:module';
import type { FileResult } from '../types.js';
import { portablePath } from './portable-path.js';

/** node:crypto takes milliseconds to load: only the formats that fingerprint load it, when they run. */
const builtin = createRequire(import.meta.url);

/**
 * A stable identity for each diagnostic of a file, for CI systems that track a
 * problem across runs (SARIF `partialFingerprints`, GitLab `fingerprint`). It is
 * a hash of the rule, the file, the offending text and which occurrence of that
 * text it is, so it survives lines added or removed above it; it changes when
 * the text itself is edited, which is when the problem may be gone.
 */
export function fingerprints(result: FileResult): string[] {
  const { createHash } = builtin('node:crypto') as typeof import('node:crypto');
  const file = portablePath(result.file);
  const seen = new Map<string, number>();
  return result.diagnostics.map((d) => {
    const key = `${d.ruleId}\0${file}\0${d.excerpt}`;
    const occurrence = seen.get(key) ?? 0;
    seen.set(key, occurrence + 1);
    return createHash('sha256').update(`${key}\0${occurrence}`).digest('hex').slice(0, 32);
  });
}
