import type { PublishedText } from '../drafts/post.js';
import { memo } from './memo.js';
import { extractCashtagsWithIndices, extractEntitiesWithIndices, extractHashtagsWithIndices, MAY_HOLD_LINK } from './twitter.js';

export type EntityKind = 'url' | 'hashtag' | 'mention' | 'cashtag' | 'email' | 'emoji' | 'time' | 'code';

/** A range of the post text that is not an ordinary word. */
export interface Entity {
  kind: EntityKind;
  start: number;
  end: number;
  /** The entity as written (a hashtag without `#`, a mention without `@`). */
  value: string;
}

// Fediverse (@user@server.example) and Bluesky (@name.bsky.social) handles, and e-mail
// addresses: twitter-text knows none of them.
const HANDLE = /(?<![\p{L}\p{N}_.+-])@([\p{L}\p{N}_.-]*[\p{L}\p{N}_])(?:@([\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+))?/gu;
const EMAIL = /(?<![\p{L}\p{N}_.+-])[\p{L}\p{N}_.+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+/gu;
// Clock times: 9am, 9.30am, 10:30, 9–5pm, 24/7.
const TIME = /(?<![\p{L}\p{N}])(?:\d{1,2}(?:[.:]\d{2})?\s?(?:[-–]\s?\d{1,2}(?:[.:]\d{2})?\s?)?(?:am|pm|a\.m\.|p\.m\.)|\d{1,2}:\d{2}|24\/7)(?![\p{L}\p{N}])/giu;
// An address with a scheme is a link even when twitter-text does not know its ending (.example, .internal).
const SCHEME_URL = /\bhttps?:\/\/[^\s<>"'`]*[^\s<>"'`.,;:!?)\]]/giu;
const EMOJI = /(?:\p{Extended_Pictographic}|\p{Regional_Indicator}|[#*0-9]\uFE0F?\u20E3)(?:\p{Emoji_Modifier}|\uFE0F|\u200D(?:\p{Extended_Pictographic}|\p{Emoji_Modifier}))*/gu;

const DIGIT = /\d/;
const NOT_ASCII = /[^\x00-\x7f]/;

/** URLs, hashtags, mentions, cashtags, e-mail addresses, emoji, times and code of a post, sorted by position. */
export const entities = memo((post: PublishedText): Entity[] => {
  const text = post.text.text;
  const found: Entity[] = [];
  for (const range of post.nonProse) found.push({ kind: 'code', start: range.start, end: range.end, value: text.slice(range.start, range.end) });
  // Without extractUrlsWithoutProtocol, gosport.gov.uk/bins is not seen as a link; without a dot and
  // a letter, no link is there to find, and twitter-text's link search is skipped.
  const twitterEntities = MAY_HOLD_LINK.test(text)
    ? extractEntitiesWithIndices(text, { extractUrlsWithoutProtocol: true })
    : [...extractHashtagsWithIndices(text, { checkUrlOverlap: false }), ...extractCashtagsWithIndices(text)];
  for (const e of twitterEntities) {
    const [start, end] = e.indices;
    if ('url' in e) found.push({ kind: 'url', start, end, value: e.url });
    else if ('hashtag' in e) found.push({ kind: 'hashtag', start, end, value: e.hashtag });
    else if ('cashtag' in e) found.push({ kind: 'cashtag', start, end, value: e.cashtag });
  }
  for (const range of post.links) found.push({ kind: 'url', start: range.start, end: range.end, value: text.slice(range.start, range.end) });
  // Each pattern only where what it needs is in the text: most posts have no @, and these patterns
  // (which look behind) are tried at every position.
  if (text.includes('://')) for (const m of text.matchAll(SCHEME_URL)) found.push({ kind: 'url', start: m.index, end: m.index + m[0].length, value: m[0] });
  if (text.includes('@')) {
    for (const m of text.matchAll(EMAIL)) found.push({ kind: 'email', start: m.index, end: m.index + m[0].length, value: m[0] });
    for (const m of text.matchAll(HANDLE)) found.push({ kind: 'mention', start: m.index, end: m.index + m[0].length, value: m[0].slice(1) });
  }
  if (DIGIT.test(text)) for (const m of text.matchAll(TIME)) found.push({ kind: 'time', start: m.index, end: m.index + m[0].length, value: m[0] });
  // Emoji (pictographs, flags, keycaps) are all outside ASCII.
  if (NOT_ASCII.test(text)) for (const m of text.matchAll(EMOJI)) found.push({ kind: 'emoji', start: m.index, end: m.index + m[0].length, value: m[0] });
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  // Keep the outermost of overlapping entities (an e-mail address contains an @handle).
  const kept: Entity[] = [];
  for (const entity of found) {
    const last = kept[kept.length - 1];
    if (last && entity.start < last.end) continue;
    kept.push(entity);
  }
  return kept;
});

/** The post text with every entity blanked out, offsets unchanged: what prose checks read. */
export const prose = memo((post: PublishedText): string => {
  const text = post.text.text;
  let out = '';
  let at = 0;
  for (const entity of entities(post)) {
    out += text.slice(at, entity.start) + ' '.repeat(entity.end - entity.start);
    at = entity.end;
  }
  return out + text.slice(at);
});
