import { termListData } from '../../src/terms/data.js';

/** terms.yaml minus allow.yaml: compiled by `npm run build` into dist/data/illegal.json. */
export const illegalData = termListData('illegal');
