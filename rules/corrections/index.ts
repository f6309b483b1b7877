import type { Post } from '../../src/drafts/post.js';
import { opensThread, threadOf } from '../../src/drafts/threads.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { registerTermList, termHits, type Hit } from '../../src/terms/index.js';
import { correctionsTerms } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const ID = 'corrections';
await registerTermList(ID, correctionsTerms);

const NOTATIONS = new Set(['missingCorrects', 'noNotation']);

/**
 * A correction is the thread as a whole: its notation is usually in the first
 * post and what changed may be in any. Reports about the thread come with its
 * first post; a deletion is reported where it is written.
 */
export function check(post: Post, context: RuleContext<Options>): void {
  const thread = threadOf(post, context.draft);
  const hitsOf = (p: Post) => termHits(p, ID, context).filter((hit) => hit.published === p);
  const hits = thread.flatMap(hitsOf);
  const notation = hits.find((hit) => NOTATIONS.has(hit.entry.message ?? '') && isVisibleNotation(hit));
  const corrects = post.meta.corrects;

  if (!corrects) {
    // "Correction: …" without `corrects:` (an "Update:" is often news, not a correction).
    const named = notation?.entry.message === 'missingCorrects' ? notation : undefined;
    if (!named) return;
    if (named.published === post) context.report({ messageId: 'missingCorrects', data: { notation: named.text }, span: spanOf(named), severity: 'suggestion' });
    reportDeletions(post, hitsOf(post), context);
    return;
  }

  reportDeletions(post, hitsOf(post), context);
  if (!opensThread(post, context.draft)) return;
  const field = post.fields.locate(['corrects'])!;
  if (isSiteAddress(corrects)) context.report({ messageId: 'notAPost', data: { address: corrects }, span: field });
  if (!notation) {
    context.report({ messageId: 'noNotation', span: field });
    return;
  }
  if (!hits.some((hit) => hit.entry.message === 'noChange')) {
    context.report({ messageId: 'noChange', data: { notation: notation.text }, span: spanOf(notation), severity: 'warning' });
  }
}

function reportDeletions(post: Post, hits: Hit[], context: RuleContext<Options>): void {
  for (const hit of hits) {
    if (hit.entry.message === 'deletion') context.report({ messageId: 'deletion', data: { phrase: hit.text }, span: spanOf(hit) });
  }
}

/**
 * A notation a reader sees as one: the first word of the post (after emoji or
 * symbols), or followed by a colon or dash ("Update:", "Edited –"), or in
 * brackets ("[Edited 3pm]", "(corrected)").
 */
function isVisibleNotation(hit: Hit): boolean {
  const text = hit.published.text.text;
  const before = text.slice(0, hit.start);
  if (!/[\p{L}\p{N}]/u.test(before)) return true;
  if (/^\s*[:–—-]/u.test(text.slice(hit.end))) return true;
  return /[[(]\s*$/.test(before);
}

/** Hosts whose one-segment addresses are accounts (x.com/GosportBC), not posts. */
const ACCOUNT_HOSTS = new Set(['x.com', 'twitter.com', 'facebook.com', 'instagram.com', 'threads.net', 'tiktok.com', 'bsky.app', 'linkedin.com']);

/** An address with no path (a site), or an account's address (x.com/GosportBC, mastodon.social/@gosportbc): not a post. */
function isSiteAddress(address: string): boolean {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return false;
  }
  const segments = url.pathname.split('/').filter(Boolean);
  if (!segments.length) return true;
  const host = url.hostname.replace(/^(www|m|mobile)\./, '');
  return segments.length === 1 && !url.search && (segments[0]!.startsWith('@') || ACCOUNT_HOSTS.has(host));
}

function spanOf(hit: Hit) {
  return hit.published.text.toSource(hit.start, hit.end);
}
