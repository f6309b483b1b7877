import * as z from 'zod/mini';
import { ruleFile } from '../../src/paths.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readRuleData } from '../../src/util/data-file.js';

/** The schemas of the rule's data files: built only when the data is compiled, never in a run that reads dist/data. */
function schemas() {
  const text = z.string().check(z.trim(), z.minLength(1));
  const placeholderFile = z.array(z.strictObject({ term: text, note: text }));
  return { placeholderFile };
}

/** Lower case, punctuation, a leading article and a trailing number dropped: "Image 2." → "image", "An image" → "image". */
export function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+\d+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^(?:an?|the|my|our) (?=\S)/, '');
}

/** placeholders.yaml, simplified: compiled by `npm run build` into dist/data/image-alt-text.json. */
export const imageAltTextData: CompiledData<{ placeholders: string[] }> = {
  name: 'image-alt-text',
  sources: () => [ruleFile('image-alt-text', 'placeholders.yaml')],
  async compile() {
    const { placeholderFile } = schemas();
    return { placeholders: readRuleData('image-alt-text', 'placeholders.yaml', placeholderFile).map((p) => simplify(p.term)) };
  },
};
