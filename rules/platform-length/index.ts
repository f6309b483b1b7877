import { graphemeSegments } from 'unicode-segmenter/grapheme';
import { entities } from '../../src/analysis/entities.js';
import { configs, MAY_HOLD_LINK, parseTweet } from '../../src/analysis/twitter.js';
import type { Post } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { LineIndex } from '../../src/text/line-index.js';
import { PLATFORM_NAMES, type Platform } from '../../src/types.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;


interface Measure {
  length: number;
  /** Index in the text of the first code unit past the limit, or -1 when it fits. */
  overflowAt: number;
  unit: string;
}

/** A countable piece of the text: one character, or a link that counts as a fixed length. */
interface Unit {
  at: number;
  weight: number;
}

/** Characters X refuses in a post (twitter-text's `hasInvalidCharacters`). */
const X_INVALID = /[\uFFFE\uFEFF\uFFFF]/g;

export function check(post: Post, context: RuleContext<Options>): void {
  const text = post.text.text.trimEnd();
  if (!text) return;
  const split = post.format === 'yaml' ? 'a list of texts under `text:`' : 'posts separated by a `---` line';
  for (const platform of post.platforms) {
    const limit = context.options.limits[platform];
    if (platform === 'x') {
      for (const m of text.matchAll(X_INVALID)) {
        context.report({
          messageId: 'invalidCharacter',
          data: { code: `U+${m[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}` },
          span: post.text.toSource(m.index, m.index + 1),
        });
      }
    }
    const measure = measureFor(platform, text, limit, post);
    if (measure.overflowAt < 0) continue;
    const data = { platform: PLATFORM_NAMES[platform], length: measure.length, limit, unit: measure.unit, over: measure.length - limit, split };
    const span = post.text.toSource(measure.overflowAt, text.length);
    // "First post\n---\nSecond post": the writer did split it, but markdown read the `---` as a heading underline.
    const underline = post.setextUnderlines?.[0];
    if (underline) {
      context.report({ messageId: 'tooLongUnderline', data: { ...data, line: new LineIndex(context.draft.text).position(underline.start).line }, span });
    } else {
      context.report({ messageId: 'tooLong', data, span });
    }
  }
}

function measureFor(platform: Platform, text: string, limit: number, post: Post): Measure {
  switch (platform) {
    case 'x':
      return measureX(text, limit, post);
    case 'bluesky':
      return countUnits(text, limit, graphemes(text, []), 'characters (graphemes)');
    case 'mastodon': {
      // Mastodon counts graphemes, every http(s) link as 23, and a remote handle by its user part only.
      const special = entities(post).filter((e) => (e.kind === 'url' && /^https?:\/\//i.test(e.value)) || e.kind === 'mention');
      return countUnits(text, limit, graphemes(text, special), special.some((e) => e.kind === 'url') ? 'characters (links count 23)' : 'characters');
    }
    default:
      return countUnits(text, limit, codePoints(text), 'characters');
  }
}

/** X's own count (twitter-text): links 23, emoji and CJK 2, on the NFC-normalised text. */
function measureX(text: string, limit: number, post: Post): Measure {
  // Refused characters are reported on their own; weigh them like any other character meanwhile.
  const countable = text.replace(X_INVALID, '\u4e00');
  // A text that cannot hold a link is given to twitter-text with its full stops as commas (the same
  // weight, the same length): its link search, costly the first times it runs, then never starts.
  const searched = MAY_HOLD_LINK.test(countable) ? countable : countable.replaceAll('.', ',');
  const parsed = parseTweet(searched, { ...configs.defaults, maxWeightedTweetLength: limit });
  if (parsed.weightedLength <= limit) return { length: parsed.weightedLength, overflowAt: -1, unit: '' };
  const unit = `characters as X counts them${xWeights(post, text)}`;
  const normalized = countable.normalize();
  // twitter-text's index is in the normalised text; map it back when normalising changed anything.
  const lastValid = parsed.validRangeEnd - (countable.length - normalized.length);
  const overflowAt = normalized === countable ? lastValid + 1 : toOriginalIndex(countable, lastValid + 1);
  return { length: parsed.weightedLength, overflowAt, unit };
}

const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\u3000-\u303F\uFF00-\uFFEF]/u;

/**
 * The weights X gives to what this post holds, and only those: " (links 23, emoji 2)",
 * " (Chinese, Japanese and Korean characters 2)", or "" for plain text. Other characters
 * twitter-text counts as 2 (such as € and …) are named.
 */
function xWeights(post: Post, text: string): string {
  const found = entities(post);
  const parts: string[] = [];
  if (found.some((e) => e.kind === 'url')) parts.push('links 23');
  if (found.some((e) => e.kind === 'emoji')) parts.push('emoji 2');
  const { ranges = [], scale = 100, defaultWeight = 200 } = configs.defaults;
  const heavy = (c: number) => (ranges.find((r) => c >= r.start && c <= r.end)?.weight ?? defaultWeight) > scale;
  let cjk = false;
  const others = new Set<string>();
  let at = 0;
  for (const entity of [...found.filter((e) => e.kind === 'url' || e.kind === 'emoji'), { start: text.length, end: text.length }]) {
    for (const ch of text.slice(at, entity.start)) {
      if (!heavy(ch.codePointAt(0)!) || /\s|[\uFE00-\uFE0F]/u.test(ch)) continue;
      if (CJK.test(ch)) cjk = true;
      else others.add(ch);
    }
    at = Math.max(at, entity.end);
  }
  if (cjk) parts.push('Chinese, Japanese and Korean characters 2');
  if (others.size) parts.push(`${[...others].slice(0, 3).map((c) => `"${c}"`).join(', ')} 2`);
  return parts.length ? ` (${parts.join(', ')})` : '';
}

/** The index in `text` of what is at `index` in `text.normalize()` (normalisation stays within a character and its combining marks). */
function toOriginalIndex(text: string, index: number): number {
  let normalizedAt = 0;
  for (const m of text.matchAll(/\P{M}\p{M}*|\p{M}+/gu)) {
    const next = normalizedAt + m[0].normalize().length;
    if (index < next) return m.index;
    normalizedAt = next;
  }
  return text.length;
}

function countUnits(text: string, limit: number, units: Iterable<Unit>, unit: string): Measure {
  let length = 0;
  let overflowAt = -1;
  for (const u of units) {
    length += u.weight;
    if (overflowAt < 0 && length > limit) overflowAt = u.at;
  }
  return { length, overflowAt: overflowAt >= text.length ? -1 : overflowAt, unit };
}

function* codePoints(text: string): Generator<Unit> {
  for (let i = 0; i < text.length; i += text.codePointAt(i)! > 0xffff ? 2 : 1) yield { at: i, weight: 1 };
}

/** One unit per grapheme, except that a listed link weighs 23 and `@user@server` weighs as `@user`. */
function* graphemes(text: string, special: { kind: string; start: number; end: number; value: string }[]): Generator<Unit> {
  let next = 0;
  for (const { index } of graphemeSegments(text)) {
    while (special[next] && special[next]!.end <= index) next++;
    const entity = special[next];
    if (entity && index >= entity.start) {
      if (index === entity.start) yield { at: index, weight: entity.kind === 'url' ? 23 : [...graphemeSegments('@' + entity.value.split('@')[0])].length };
      continue;
    }
    yield { at: index, weight: 1 };
  }
}
