import * as z from 'zod/mini';
import { ruleFile } from '../../src/paths.js';
import { termListData } from '../../src/terms/data.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readRuleData } from '../../src/util/data-file.js';

/** terms.yaml (stock agencies' names) minus allow.yaml: compiled by `npm run build` into dist/data/copyright.json. */
export const copyrightData = termListData('copyright');

/** The schemas of the rule's data files: built only when the data is compiled, never in a run that reads dist/data. */
function schemas() {
  const text = z.string().check(z.trim(), z.minLength(1));
  const patternEntry = z.strictObject({
    agency: text,
    pattern: text.check(
      z.refine((p) => {
        try {
          new RegExp(p, 'i');
          return true;
        } catch {
          return false;
        }
      }, 'expected a regular expression (JavaScript syntax), matched against the file name without its folder, in any case'),
    ),
    note: text,
    source: z.optional(z.string()),
  });
  return { patternEntry };
}

export interface FileNamePattern {
  agency: string;
  pattern: string;
}

/** filenames.yaml: how stock agencies name the files they sell, compiled into dist/data/copyright-filenames.json. */
export const copyrightFileNames: CompiledData<{ patterns: FileNamePattern[] }> = {
  name: 'copyright-filenames',
  sources: () => [ruleFile('copyright', 'filenames.yaml')],
  async compile() {
    const { patternEntry } = schemas();
    const entries = readRuleData('copyright', 'filenames.yaml', z.array(patternEntry));
    return { patterns: entries.map(({ agency, pattern }) => ({ agency, pattern })) };
  },
};
