import { ruleFile } from '../../src/paths.js';
import { termListData } from '../../src/terms/data.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readNameList } from '../../src/util/data-file.js';

/** rules/pre-election-period/terms.yaml, compiled by `npm run build` into dist/data/pre-election-period.json. */
export const preElectionPeriodTerms = termListData('pre-election-period');

/** factual.yaml, the factual notices the Code allows: compiled into dist/data/pre-election-period-factual.json. */
export const preElectionFactual: CompiledData<{ phrases: string[] }> = {
  name: 'pre-election-period-factual',
  sources: () => [ruleFile('pre-election-period', 'factual.yaml')],
  async compile() {
    return { phrases: readNameList('pre-election-period', 'factual.yaml') };
  },
};
