import { isTrustedSite, links, samePage } from '../../src/analysis/links.js';
import type { Post } from '../../src/drafts/post.js';
import { missingFieldSpan, opensThread, threadOf } from '../../src/drafts/threads.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { registerTermList, termHits, type Hit } from '../../src/terms/index.js';
import { recordsNoticeTerms } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const ID = 'records-notice';
await registerTermList(ID, recordsNoticeTerms);

const STATEMENTS = ['purpose', 'records', 'moderation'] as const;

/**
 * A thread is read as a whole: a profile's statements, or a post's notice, may
 * be in any of its posts. A profile is reported once, at `kind: profile`; an
 * invitation at its words, in the post where they are.
 */
export function check(post: Post, context: RuleContext<Options>): void {
  // A post that is not a profile is looked at only if it invites comments itself (most do not).
  if (post.meta.kind !== 'profile' && !termHits(post, ID, context).some((hit) => hit.published === post && hit.entry.message === 'invitation')) return;
  const thread = threadOf(post, context.draft);
  const hits = thread.flatMap((p) => termHits(p, ID, context).filter((hit) => hit.published === p));
  const said = (group: string) => hits.filter((hit) => hit.entry.message === group);
  const notice = noticeOf(post, context);
  const addresses = thread.flatMap((p) => links(p).flatMap((l) => (l.url ? [l.url] : [])));
  const linksNotice = notice !== undefined && addresses.some((url) => samePage(url, notice));
  // "House rules: www.gosport.gov.uk/socialmedia": a named page on a trusted site makes the statements available (§20).
  const linksRules = said('linkedNotice').length > 0 && addresses.some((url) => isTrustedSite(url, context.settings.allow.domains));
  const noticeText = notice ? ` (the channel's notice is ${notice.href})` : '';

  if (post.meta.kind === 'profile') {
    if (!opensThread(post, context.draft) || linksNotice || linksRules) return;
    const missing = STATEMENTS.filter((group) => !said(group).length);
    if (!missing.length) return;
    const pointer = said('linkedNotice')[0];
    if (pointer && !addresses.length) {
      // One report: the profile meant to link its rules, and the address is what is missing.
      context.report({ messageId: 'linkedNotice', data: { phrase: pointer.text, notice: noticeText }, span: spanOf(pointer) });
      return;
    }
    const at = post.fields.locate(['kind']) ?? missingFieldSpan(post);
    for (const group of missing) context.report({ messageId: group, data: { notice: noticeText }, span: at });
    return;
  }

  const invitation = said('invitation').find((hit) => hit.published === post);
  if (!invitation || notice || said('records').length || said('moderation').length || linksRules) return;
  if (said('invitation')[0] !== invitation) return;
  context.report({ messageId: 'invitation', data: { phrase: invitation.text }, span: spanOf(invitation), severity: 'suggestion' });
}

/** The channel's `notice:` in the register, if it has one. */
function noticeOf(post: Post, context: RuleContext<Options>): URL | undefined {
  const address = post.meta.channel ? context.settings.channels?.[post.meta.channel]?.notice : undefined;
  if (!address) return undefined;
  try {
    return new URL(address);
  } catch {
    return undefined;
  }
}

function spanOf(hit: Hit) {
  return hit.published.text.toSource(hit.start, hit.end);
}
