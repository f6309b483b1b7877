import twitter from 'twitter-text';
import { entities } from '../../src/analysis/entities.js';
import type { Post } from '../../src/drafts/post.js';
import type { RuleContext } from '../../src/rule.js';
import type { OptionsOf } from '../../src/rule.js';
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

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

export function check(post: Post, context: RuleContext<Options>): void {
  const text = post.text.text.trimEnd();
  if (!text) return;
  for (const platform of new Set(post.platforms)) {
    const limit = context.options.limits[platform];
    const measure = measureFor(platform, text, limit, post);
    if (measure.overflowAt < 0) continue;
    context.report({
      messageId: 'tooLong',
      data: {
        platform: NAMES[platform],
        length: measure.length,
        limit,
        unit: measure.unit,
        over: measure.length - limit,
      },
      span: post.text.toSource(measure.overflowAt, text.length),
    });
  }
}

function measureFor(platform: Platform, text: string, limit: number, post: Post): Measure {
  switch (platform) {
    case 'x': {
      // X's own counting: URLs are 23, emoji and CJK characters weigh 2.
      const parsed = twitter.parseTweet(text, { ...twitter.configs.defaults, maxWeightedTweetLength: limit });
      return {
        length: parsed.weightedLength,
        overflowAt: parsed.weightedLength > limit ? parsed.validRangeEnd + 1 : -1,
        unit: 'characters as X counts them (links 23, emoji 2)',
      };
    }
    case 'bluesky':
      return countUnits(text, limit, [...graphemes.segment(text)].map((s) => ({ at: s.index, weight: 1 })), 'characters (graphemes)');
    case 'mastodon': {
      // Mastodon counts every link as 23 characters and a remote handle by its user part only.
      const special = entities(post).filter((e) => e.kind === 'url' || e.kind === 'mention');
      return countUnits(text, limit, codePoints(text, special), 'characters (links count 23)');
    }
    default:
      return countUnits(text, limit, codePoints(text, []), 'characters');
  }
}

interface Unit {
  at: number;
  weight: number;
}

function countUnits(text: string, limit: number, units: Unit[], unit: string): Measure {
  let length = 0;
  let overflowAt = -1;
  for (const u of units) {
    length += u.weight;
    if (overflowAt < 0 && length > limit) overflowAt = u.at;
  }
  return { length, overflowAt: overflowAt >= text.length ? -1 : overflowAt, unit };
}

/** One unit per code point, except that a link weighs 23 and `@user@server` weighs as `@user`. */
function codePoints(text: string, special: { kind: string; start: number; end: number; value: string }[]): Unit[] {
  const units: Unit[] = [];
  let i = 0;
  let next = 0;
  while (i < text.length) {
    const entity = special[next];
    if (entity && entity.start === i) {
      const weight = entity.kind === 'url' ? 23 : [...('@' + entity.value.split('@')[0])].length;
      units.push({ at: i, weight });
      i = entity.end;
      next++;
      continue;
    }
    if (entity && entity.start < i) {
      next++;
      continue;
    }
    units.push({ at: i, weight: 1 });
    i += text.codePointAt(i)! > 0xffff ? 2 : 1;
  }
  return units;
}
