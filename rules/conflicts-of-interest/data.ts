import { ruleFile } from '../../src/paths.js';
import { termListData } from '../../src/terms/data.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readNameList } from '../../src/util/data-file.js';

/** rules/conflicts-of-interest/terms.yaml (endorsements), compiled by `npm run build`. */
export const conflictsTerms = termListData('conflicts-of-interest');

/** public-bodies.yaml: bodies a council post may promote without a declaration, compiled into dist/data/conflicts-of-interest-public.json. */
export const conflictsPublicBodies: CompiledData<{ names: string[] }> = {
  name: 'conflicts-of-interest-public',
  sources: () => [ruleFile('conflicts-of-interest', 'public-bodies.yaml')],
  async compile() {
    return { names: readNameList('conflicts-of-interest', 'public-bodies.yaml') };
  },
};
