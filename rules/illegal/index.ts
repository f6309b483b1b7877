import { termRule } from '../../src/terms/rule.js';
import { illegalData } from './data.js';

/** Each phrase of terms.yaml that encourages illegal activity, in its context (the shared term scan). */
export const check = await termRule(illegalData, { defaultMessage: 'configured' });
