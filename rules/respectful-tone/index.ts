import type { Post, PublishedText } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { registerTermList, termHits, termReport } from '../../src/terms/index.js';
import { respectfulToneTerms } from './data.js';
import type { meta } from './meta.js';
import { lazyPattern } from '../../src/util/lazy-pattern.js';

type Options = OptionsOf<typeof meta>;

const ID = 'respectful-tone';
await registerTermList(ID, respectfulToneTerms);

/**
 * Capitals: a run of at least four words written in capitals (each of two letters or more,
 * or "A"/"I" inside the run). A short heading ("ROAD CLOSED", "SAVE THE DATE") and
 * acronyms in a sentence (NHS, GBC, HCC) stay quiet; so does a post with `purpose:
 * emergency`, where a capitalised warning is deliberate.
 */
const CAPS_WORD = String.raw`(?:\p{Lu}[\p{Lu}\p{N}'\u2019&-]*)`;
const CAPS_RUN = lazyPattern(String.raw`(?<![\p{L}\p{N}#@/.])${CAPS_WORD}(?:[ \t,:;\u2013-]+${CAPS_WORD}){3,}(?![\p{Ll}\p{N}])`, 'gu');
const MIN_CAPS_WORDS = 4;
const TWO_CAPITALS = /\p{Lu}\p{Lu}/u;
/** "!!!", "?!?!", "!?!", "??!": three marks or more with at least one "!" and no letters between. */
const MARKS = /(?:!{3,}|[!?]*(?:\?!|!\?)[!?]+)/g;

export function check(post: Post, context: RuleContext<Options>): void {
  for (const hit of termHits(post, ID, context)) context.report(termReport(hit, 'dismissive'));
  for (const text of [post, ...post.attachments.flatMap((a) => (a.altText ? [a.altText] : []))]) {
    if (post.meta.purpose !== 'emergency') {
      for (const run of capitals(text)) report(context, text, 'shouting', run);
    }
    for (const m of text.text.text.matchAll(MARKS)) {
      if (!inside(text.nonProse, m.index) && !inside(text.links, m.index)) report(context, text, 'exclamations', { start: m.index, end: m.index + m[0].length });
    }
  }
}

function capitals(published: PublishedText): { start: number; end: number }[] {
  const text = published.text.text;
  const out: { start: number; end: number }[] = [];
  // Shouting needs words in capitals: a text without two capitals together has none (and the run's
  // pattern, which looks behind, is tried at every position of the text).
  if (!TWO_CAPITALS.test(text)) return out;
  for (const m of text.matchAll(CAPS_RUN())) {
    if (inside(published.nonProse, m.index) || inside(published.links, m.index)) continue;
    const words = m[0].split(/[ \t,:;–-]+/).filter((w) => /\p{Lu}\p{Lu}/u.test(w));
    if (words.length >= MIN_CAPS_WORDS) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

function inside(ranges: readonly { start: number; end: number }[], at: number): boolean {
  return ranges.some((r) => r.start <= at && at < r.end);
}

function report(context: RuleContext<Options>, published: PublishedText, messageId: 'shouting' | 'exclamations', at: { start: number; end: number }): void {
  const word = published.text.text.slice(at.start, at.end);
  context.report({ messageId, data: { word }, span: published.text.toSource(at.start, at.end), severity: 'warning' });
}
