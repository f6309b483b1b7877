import twitter from 'twitter-text';
import { graphemeSegments } from 'unicode-segmenter/grapheme';
import { entities } from '../../src/analysis/entities.js';
import type { Post } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import type { Platform } from '../../src/types.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const NAMES: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  youtube: 'YouTube',
  tiktok: 'TikTok',
};

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
    context.report({
      messageId: 'tooLong',
      data: { platform: NAMES[platform], length: measure.length, limit, unit: measure.unit, over: measure.length - limit, split },
      span: post.text.toSource(measure.overflowAt, text.length),
    });
  }
}

function measureFor(platform: Platform, text: string, limit: number, post: Post): Measure {
  switch (platform) {
    case 'x':
      return measureX(text, limit);
    case 'bluesky':
      return countUnits(text, limit, graphemes(text, []), 'characters (graphemes)');
    case 'mastodon': {
      // Mastodon counts graphemes, every http(s) link as 23, and a remote handle by its user part only.
      const special = entities(post).filter((e) => (e.kind === 'url' && /^https?:\/\//i.test(e.value)) || e.kind === 'mention');
      return countUnits(text, limit, graphemes(text, special), 'characters (links count 23)');
    }
    default:
      return countUnits(text, limit, codePoints(text), 'characters');
  }
}

/** X's own count (twitter-text): links 23, emoji and CJK 2, on the NFC-normalised text. */
function measureX(text: string, limit: number): Measure {
  // Refused characters are reported on their own; weigh them like any other character meanwhile.
  const countable = text.replace(X_INVALID, '\u4e00');
  const parsed = twitter.parseTweet(countable, { ...twitter.configs.defaults, maxWeightedTweetLength: limit });
  const unit = 'characters as X counts them (links 23, emoji 2)';
  if (parsed.weightedLength <= limit) return { length: parsed.weightedLength, overflowAt: -1, unit };
  const normalized = countable.normalize();
  // twitter-text's index is in the normalised text; map it back when normalising changed anything.
  const lastValid = parsed.validRangeEnd - (countable.length - normalized.length);
  const overflowAt = normalized === countable ? lastValid + 1 : toOriginalIndex(countable, lastValid + 1);
  return { length: parsed.weightedLength, overflowAt, unit };
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
