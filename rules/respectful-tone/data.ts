import { termListData } from '../../src/terms/data.js';

/** rules/respectful-tone/terms.yaml, compiled by `npm run build` into dist/data/respectful-tone.json. */
export const respectfulToneTerms = termListData('respectful-tone');
