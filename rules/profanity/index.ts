import { termRule } from '../../src/terms/rule.js';
import { profanityData } from './data.js';

/** The post's text and its images' alt texts (all of it is published), on the shared term engine. */
export const check = await termRule(profanityData, { defaultMessage: 'profane' });
