import { entities, prose } from '../../src/analysis/entities.js';
import type { Post, PublishedText } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { profanityData } from './data.js';
import { Matcher, type Match } from './matcher.js';
import { TOKEN } from './tokens.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

/**
 * The words of a hashtag: #BinDay2026 is Bin, Day, 2026; #bullshit stays whole,
 * and so do capitals run into lower case (#SHEroes, #FUNdraising, #NHSheroes),
 * where any split would be a guess.
 */
const HASHTAG_WORD = /\p{Lu}{2,}\p{Ll}+|\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu;
/**
 * The other reading, with an acronym split off (#GBCTwat is GBC, Twat); from it only words of
 * four letters or more are taken, so that #SHEroes is not read as "SH".
 */
const HASHTAG_WORD_SPLIT = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu;

const CASHTAG_TOKEN = new RegExp(TOKEN.source, 'uy');

const data = await loadCompiled(profanityData);
// Indexed once per process for each distinct set of options (usually one).
const matchers = new Map<string, Matcher>();

function matcherFor(options: Options): Matcher {
  const key = JSON.stringify([options.terms, options.allow]);
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = new Matcher(data, options.terms, options.allow);
    matchers.set(key, matcher);
  }
  return matcher;
}

/** The post's text and its images' alt texts: all of it is published. */
export function check(post: Post, context: RuleContext<Options>): void {
  const matcher = matcherFor(context.options);
  for (const published of [post, ...post.attachments.flatMap((a) => (a.altText ? [a.altText] : []))]) {
    for (const m of scan(published, matcher)) {
      context.report({
        messageId: m.term.mild ? 'mild' : 'profane',
        data: { word: published.text.text.slice(m.start, m.end) },
        span: published.text.toSource(m.start, m.end),
      });
    }
  }
}

function scan(published: PublishedText, matcher: Matcher): Match[] {
  const text = published.text.text;
  const found = matcher.match(prose(published));
  const at = (offset: number) => (m: Match) => ({ ...m, start: m.start + offset, end: m.end + offset });
  // Hashtags and handles are blanked out of the prose; read their words too.
  for (const entity of entities(published)) {
    if (entity.kind === 'hashtag') {
      found.push(...hashtagMatches(text.slice(entity.start, entity.end), matcher).map(at(entity.start)));
    } else if (entity.kind === 'cashtag') {
      // "$hit" looks like a share price tag ($GBP) to twitter-text; $ is an s here.
      // twitter-text ends it at a symbol ($h!t): read the whole token from the $.
      CASHTAG_TOKEN.lastIndex = entity.start;
      const token = CASHTAG_TOKEN.exec(text)?.[0] ?? text.slice(entity.start, entity.end);
      found.push(...matcher.match(token).map(at(entity.start)));
    } else if (entity.kind === 'mention' && !entity.value.includes('@')) {
      // @wanker is the word after the @; "@rse" uses the @ itself as a letter.
      const handle = matcher.match(entity.value).map(at(entity.start + 1));
      found.push(...(handle.length ? handle : matcher.match(text.slice(entity.start, entity.end)).map(at(entity.start))));
    }
  }
  return found;
}

/** Matches in a hashtag read as words: #DickWhittington is "Dick Whittington", a name. */
function hashtagMatches(tag: string, matcher: Matcher): Match[] {
  const whole = readHashtag(tag, HASHTAG_WORD, matcher);
  // The two readings differ only where capitals run into lower case.
  if (!/\p{Lu}{2}\p{Ll}/u.test(tag)) return whole;
  const split = readHashtag(tag, HASHTAG_WORD_SPLIT, matcher).filter((m) => m.end - m.start >= 4 && !whole.some((w) => w.start < m.end && m.start < w.end));
  return [...whole, ...split];
}

function readHashtag(tag: string, words: RegExp, matcher: Matcher): Match[] {
  const parts = [...tag.matchAll(words)];
  const starts: number[] = [];
  let phrase = '';
  for (const part of parts) {
    if (phrase) phrase += ' ';
    starts.push(phrase.length);
    phrase += part[0];
  }
  const toTag = (offset: number, isEnd: boolean): number => {
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > offset - (isEnd ? 1 : 0)) k--;
    return parts[k]!.index + (offset - starts[k]!);
  };
  return matcher.match(phrase).map((m) => ({ ...m, start: toTag(m.start, false), end: toTag(m.end, true) }));
}
