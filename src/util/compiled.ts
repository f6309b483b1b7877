import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';

/**
 * Data a rule derives from its term lists and dictionaries. `npm run build`
 * compiles it once into dist/data/<name>.json, so that a run reads ready
 * JSON instead of parsing YAML and building indexes; when a source is newer
 * than the compiled file (a term list edited since the build), the data is
 * compiled in memory instead, so an edit is never ignored.
 */
export interface CompiledData<T> {
  name: string;
  /**
   * The project's own files it is compiled from (term lists, dictionaries); any one newer than the
   * compiled file makes it stale. Packages it reads (bad-words, dictionary-en-gb) are not checked on
   * every run, which would cost start-up time resolving them: `npm install` rebuilds (`prepare`).
   */
  sources: () => string[];
  compile: () => Promise<T>;
}

export const COMPILED_DIR = join(PACKAGE_ROOT, 'dist', 'data');

/** Marks a value kept in a file of its own next to the compiled JSON: `{ "$file": "spelling.words.txt" }`. */
export const SIDE_FILE = '$file';

export function compiledFile(name: string): string {
  return join(COMPILED_DIR, `${name}.json`);
}

export async function loadCompiled<T>(data: CompiledData<T>): Promise<T> {
  const file = compiledFile(data.name);
  try {
    const built = statSync(file).mtimeMs;
    if (data.sources().every((source) => statSync(source).mtimeMs <= built)) {
      // ASCII, and long top-level strings in Latin-1 files of their own: see src/build/data.ts.
      // (Not a JSON.parse reviver: that would be called for each of the thousands of values.)
      const value = JSON.parse(readFileSync(file, 'latin1')) as Record<string, unknown>;
      for (const [key, field] of Object.entries(value)) {
        if (field && typeof field === 'object' && SIDE_FILE in field) value[key] = readFileSync(join(COMPILED_DIR, (field as Record<string, string>)[SIDE_FILE]!), 'latin1');
      }
      return value as T;
    }
  } catch {
    // Not built yet, or a source went missing: compile below.
  }
  return data.compile();
}
