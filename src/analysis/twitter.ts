// The parts of twitter-text this tool uses, each imported from its own file: the package's main
// file loads all of it (HTML auto-linking, validators…), which a run would pay for at start-up.
import type { EntityWithIndices, HashtagWithIndices, CashtagWithIndices, ParsedTweet, ParseTweetOptions } from 'twitter-text';
import configsModule from 'twitter-text/dist/configs.js';
import extractCashtagsModule from 'twitter-text/dist/extractCashtagsWithIndices.js';
import extractEntitiesModule from 'twitter-text/dist/extractEntitiesWithIndices.js';
import extractHashtagsModule from 'twitter-text/dist/extractHashtagsWithIndices.js';
import parseTweetModule from 'twitter-text/dist/parseTweet.js';

/** X's weighting configurations; `defaults` is its current one. */
export const configs = configsModule as { defaults: ParseTweetOptions };
/** Links (with `extractUrlsWithoutProtocol`, also those written without https://), mentions, hashtags and cashtags. */
export const extractEntitiesWithIndices = extractEntitiesModule as (text: string, options: { extractUrlsWithoutProtocol: boolean }) => EntityWithIndices[];
export const extractHashtagsWithIndices = extractHashtagsModule as (text: string, options: { checkUrlOverlap: boolean }) => HashtagWithIndices[];
export const extractCashtagsWithIndices = extractCashtagsModule as (text: string) => CashtagWithIndices[];
export const parseTweet = parseTweetModule as (text: string, options?: ParseTweetOptions) => ParsedTweet;

/**
 * Whether a text may hold a link twitter-text would find: every one ends in a dot and a top-level
 * domain, which starts with a letter. Without one, its link search (a pattern of every top-level
 * domain, which takes V8 milliseconds to compile) can be skipped.
 */
export const MAY_HOLD_LINK = /\.\p{L}/u;
