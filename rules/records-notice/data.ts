import { termListData } from '../../src/terms/data.js';

/** rules/records-notice/terms.yaml, compiled by `npm run build` into dist/data/records-notice.json. */
export const recordsNoticeTerms = termListData('records-notice');
