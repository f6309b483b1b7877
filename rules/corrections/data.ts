import { termListData } from '../../src/terms/data.js';

/** rules/corrections/terms.yaml, compiled by `npm run build` into dist/data/corrections.json. */
export const correctionsTerms = termListData('corrections');
