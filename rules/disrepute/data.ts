import { termListData } from '../../src/terms/data.js';

/** terms.yaml minus allow.yaml: compiled by `npm run build` into dist/data/disrepute.json. */
export const disreputeData = termListData('disrepute');
