import { entities, prose } from '../analysis/entities.js';
import { memo } from '../analysis/memo.js';
import { sentenceAt, sentences } from '../analysis/sentences.js';
import type { Post, PublishedText } from '../drafts/post.js';
import { loadCompiled, type CompiledData } from '../util/compiled.js';
import { unpackTermList, type CompiledTerm, type TermListData } from './data.js';
import { Matcher, type ContextHit, type ListSpec, type RawHit, type SegmentMatches } from './matcher.js';
import type { TermOptions } from './options.js';
import { splitWords, TOKEN } from './tokens.js';

/** A term found in a post or in one of its images' alt texts. */
export interface Hit {
  /** Range in `published.text.text`; `published.text.toSource(start, end)` is the span in the file. */
  start: number;
  end: number;
  /** The words as written. */
  text: string;
  /** The list's entry: `term`, `message`, `severity`, `replace`, `note`, `source`… */
  entry: CompiledTerm;
  /** The post itself, or the alt text of one of its images. */
  published: PublishedText;
}

/** What `termHits` reads of a rule's context: its options, and every enabled rule's (so that one scan serves them all). */
export interface TermContext {
  options: TermOptions;
  /** The rules enabled for the draft, with their options (`RuleContext.rules`). */
  rules?: ReadonlyMap<string, { options: unknown }>;
}

/** Counts the passes over published texts (a post, an alt text), for tests that prove one pass serves every list. */
export const termScanCount = { published: 0 };

const lists = new Map<string, TermListData>();

/**
 * Makes a rule's term list part of the shared scan: call it when the rule's module loads
 * (`await registerTermList('foo', fooData)`), before any post is checked. `termRule` does it for you.
 */
export async function registerTermList(ruleId: string, data: CompiledData<TermListData> | TermListData): Promise<TermListData> {
  const list = unpackTermList('compile' in data ? await loadCompiled(data) : data);
  lists.set(ruleId, list);
  return list;
}

interface Scope {
  key: string;
  ids: string[];
  matcher: Matcher;
}

const matchers = new Map<string, Matcher>();
const scopes = new WeakMap<object, { size: number; scope: Scope }>();

/** The registered lists of the rules enabled for a draft, with their options, matched by one shared matcher. */
function scopeOf(ruleId: string, context: TermContext): Scope {
  const cached = context.rules ? scopes.get(context.rules) : undefined;
  if (cached && cached.size === lists.size && cached.scope.ids.includes(ruleId)) return cached.scope;
  const ids = [...lists.keys()].filter((id) => id === ruleId || !context.rules || context.rules.has(id)).sort();
  const specs: ListSpec[] = ids.map((id) => {
    const options = id === ruleId ? context.options : termOptionsOf(context.rules?.get(id)?.options);
    return { id, data: lists.get(id)!, terms: options.terms, allow: options.allow };
  });
  const key = JSON.stringify(specs.map((s) => [s.id, s.terms, s.allow]));
  let matcher = matchers.get(key);
  if (!matcher) {
    matcher = new Matcher(specs);
    matchers.set(key, matcher);
  }
  const scope = { key, ids, matcher };
  if (context.rules) scopes.set(context.rules, { size: lists.size, scope });
  return scope;
}

function termOptionsOf(options: unknown): TermOptions {
  const o = (options ?? {}) as Partial<TermOptions>;
  return { terms: Array.isArray(o.terms) ? o.terms : [], allow: Array.isArray(o.allow) ? o.allow : [] };
}

/** Each post's scans, by scope (one, unless the same post is linted under two configurations): each list's hits, by the list's number in the scope. */
const postScans = memo((_post: Post) => new Map<string, (Hit[] | undefined)[]>());

/** What a list with no hit in a post gets (shared, so read-only). */
const NO_HITS: readonly Hit[] = Object.freeze([]);

/**
 * The hits of rule `ruleId`'s list in a post and its images' alt texts, in order. The first term
 * rule to ask about a post scans it once for every registered list of the enabled rules (with
 * their `terms` and `allow` options); the others take their hits from that scan.
 */
export function termHits(post: Post, ruleId: string, context: TermContext): readonly Hit[] {
  if (!lists.has(ruleId)) throw new Error(`No term list is registered for rule "${ruleId}": call registerTermList when the rule loads`);
  const scope = scopeOf(ruleId, context);
  const scans = postScans(post);
  let byList = scans.get(scope.key);
  if (!byList) {
    byList = [];
    for (const published of [post, ...post.attachments.flatMap((a) => (a.altText ? [a.altText] : []))]) {
      for (const hit of scanPublished(published, scope.matcher)) (byList[hit.list] ??= []).push(hit);
    }
    scans.set(scope.key, byList);
  }
  return byList[scope.ids.indexOf(ruleId)] ?? NO_HITS;
}

/** Hits of one published text for every list of a matcher, `with:` and `unless:` applied. */
function scanPublished(published: PublishedText, matcher: Matcher): (Hit & { list: number })[] {
  termScanCount.published++;
  let { hits, context } = matchPublished(published, matcher, false);
  // The `with:` and `unless:` phrases are looked for only where a term that has them was found.
  if (hits.some((hit) => matcher.contextOf.has(hit.term))) ({ hits, context } = matchPublished(published, matcher, true));
  let spans: ReturnType<typeof sentences> | undefined;
  const kept = hits.filter((hit) => {
    const conditions = matcher.contextOf.get(hit.term);
    if (!conditions) return true;
    spans ??= sentences(published);
    const sentence = sentenceAt(spans, hit.start);
    const here = (c: ContextHit) => sentenceAt(spans!, c.start) === sentence;
    if (conditions.unless.length && context.some((c) => conditions.unless.includes(c.phrase) && here(c))) return false;
    // A `with:` phrase is another phrase of the sentence, not the term's own words.
    if (conditions.with.length && !context.some((c) => conditions.with.includes(c.phrase) && here(c) && (c.end <= hit.start || c.start >= hit.end))) return false;
    return true;
  });
  const text = published.text.text;
  return kept
    .sort((a, b) => a.start - b.start || a.list - b.list)
    .map((hit) => ({ list: hit.list, start: hit.start, end: hit.end, text: text.slice(hit.start, hit.end), entry: hit.term, published }));
}

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

/**
 * Matches in the prose of a published text and in what the prose blanks out but a reader reads as
 * words: hashtags (#BinDay is "Bin Day"), cashtags ($hit) and handles (@wanker). Offsets are in
 * the published text.
 */
function matchPublished(published: PublishedText, matcher: Matcher, withContext: boolean): SegmentMatches {
  const text = published.text.text;
  const found = matcher.match(prose(published), withContext);
  const hits = found.hits;
  const context = found.context;
  const shifted = (m: SegmentMatches, offset: number): SegmentMatches => ({
    hits: m.hits.map((h) => ({ ...h, start: h.start + offset, end: h.end + offset })),
    context: m.context.map((c) => ({ ...c, start: c.start + offset, end: c.end + offset })),
  });
  for (const entity of entities(published)) {
    let m: SegmentMatches | undefined;
    if (entity.kind === 'hashtag') {
      m = hashtagMatches(text.slice(entity.start, entity.end), matcher, entity.start, withContext);
    } else if (entity.kind === 'cashtag') {
      // "$hit" looks like a share price tag ($GBP) to twitter-text; $ is an s here.
      // twitter-text ends it at a symbol ($h!t): read the whole token from the $.
      CASHTAG_TOKEN.lastIndex = entity.start;
      const token = CASHTAG_TOKEN.exec(text)?.[0] ?? text.slice(entity.start, entity.end);
      m = shifted(matcher.match(token, withContext), entity.start);
    } else if (entity.kind === 'mention' && !entity.value.includes('@')) {
      // @wanker is the word after the @; "@rse" uses the @ itself as a letter (for the lists that find nothing in the first reading).
      const handle = shifted(matcher.match(entity.value, withContext), entity.start + 1);
      const whole = shifted(matcher.match(text.slice(entity.start, entity.end)), entity.start);
      m = { hits: [...handle.hits, ...whole.hits.filter((h) => !handle.hits.some((k) => k.list === h.list))], context: handle.context };
    }
    if (m) {
      hits.push(...m.hits);
      context.push(...m.context);
    }
  }
  return { hits, context };
}

/** Matches in a hashtag read as words: #DickWhittington is "Dick Whittington", a name. */
function hashtagMatches(tag: string, matcher: Matcher, offset: number, withContext: boolean): SegmentMatches {
  const whole = readHashtag(tag, HASHTAG_WORD, matcher, offset, withContext);
  // The two readings differ only where capitals run into lower case.
  if (!/\p{Lu}{2}\p{Ll}/u.test(tag)) return whole;
  const split = readHashtag(tag, HASHTAG_WORD_SPLIT, matcher, offset, false);
  const extra = split.hits.filter((m) => m.end - m.start >= 4 && !whole.hits.some((w) => w.list === m.list && w.start < m.end && m.start < w.end));
  return { hits: [...whole.hits, ...extra], context: whole.context };
}

function readHashtag(tag: string, words: RegExp, matcher: Matcher, offset: number, withContext: boolean): SegmentMatches {
  const parts = [...tag.matchAll(words)];
  const starts: number[] = [];
  let phrase = '';
  for (const part of parts) {
    if (phrase) phrase += ' ';
    starts.push(phrase.length);
    phrase += part[0];
  }
  const toTag = (at: number, isEnd: boolean): number => {
    let k = starts.length - 1;
    while (k > 0 && starts[k]! > at - (isEnd ? 1 : 0)) k--;
    return offset + parts[k]!.index + (at - starts[k]!);
  };
  const m = matcher.match(phrase, withContext);
  const map = <T extends RawHit | ContextHit>(x: T): T => ({ ...x, start: toTag(x.start, false), end: toTag(x.end, true) });
  return { hits: m.hits.map(map), context: m.context.map(map) };
}

/** A phrase of a configured list found in a published text. */
export interface PhraseHit {
  start: number;
  end: number;
  text: string;
  /** The phrase as the list gives it. */
  phrase: string;
  published: PublishedText;
}

const phraseMatchers = new WeakMap<readonly string[], Matcher>();
const phraseScans = memo((_published: PublishedText) => new Map<Matcher, PhraseHit[]>());

/**
 * Where the phrases of a list (a configuration's `allow.partners`, `councillors`) occur in a
 * published text, matched as term lists are (whole words, any case, disguises, hashtags read as
 * words, "A. Example" with or without the full stop). The list is indexed once per array, and each
 * text scanned once per list.
 */
export function matchPhrases(published: PublishedText, phrases: readonly string[]): PhraseHit[] {
  let matcher = phraseMatchers.get(phrases);
  if (!matcher) {
    const terms = phrases.map((phrase): CompiledTerm => ({ term: phrase, words: splitWords(phrase), kind: 'word', note: 'configured list' }));
    matcher = new Matcher([{ id: 'phrases', data: { terms, allowed: [], allowedPhrases: [] }, terms: [], allow: [] }]);
    phraseMatchers.set(phrases, matcher);
  }
  const scans = phraseScans(published);
  let found = scans.get(matcher);
  if (!found) {
    const text = published.text.text;
    found = matchPublished(published, matcher, false)
      .hits.sort((a, b) => a.start - b.start)
      .map((h) => ({ start: h.start, end: h.end, text: text.slice(h.start, h.end), phrase: h.term.term, published }));
    scans.set(matcher, found);
  }
  return found;
}
