import { isOnDomain, isTrustedSite, links, type Link } from '../../src/analysis/links.js';
import type { Post } from '../../src/drafts/post.js';
import { threadOf } from '../../src/drafts/threads.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { registerTermList, termHits, type Hit } from '../../src/terms/index.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { mainWebsiteLinkData, mainWebsiteLinkTerms, type Site } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const ID = 'main-website-link';
await registerTermList(ID, mainWebsiteLinkTerms);
const sites = await loadCompiled(mainWebsiteLinkData);

interface ThreadLink {
  post: Post;
  link: Link;
  url: URL;
}

/**
 * A call to action anywhere in a thread is answered by a link anywhere in it
 * (the address is often in the last post); each finding is reported in the post
 * where it is written.
 */
export function check(post: Post, context: RuleContext<Options>): void {
  const thread = threadOf(post, context.draft);
  const actions = thread.flatMap((p) => termHits(p, ID, context).filter((hit) => hit.published === p).map((hit) => ({ post: p, hit })));
  if (!actions.length) return;
  const first = actions[0]!;
  const action = first.hit.text;
  const threadLinks: ThreadLink[] = thread.flatMap((p) => links(p).flatMap((link) => (link.url ? [{ post: p, link, url: link.url }] : [])));

  const forms = threadLinks.filter((l) => isOn(l.url, sites.thirdParty));
  for (const { link, url } of forms.filter((l) => l.post === post)) {
    context.report({ messageId: 'thirdPartyForm', data: { host: url.hostname, action }, span: post.text.toSource(link.start, link.end) });
  }
  if (forms.length) return;

  if (threadLinks.length) {
    const trusted = threadLinks.some((l) => isTrustedSite(l.url, context.settings.allow.domains) || isOn(l.url, sites.publicSector));
    const elsewhere = threadLinks[0]!;
    if (!trusted && elsewhere.post === post) {
      context.report({
        messageId: 'notMainSite',
        data: { action, host: elsewhere.url.hostname },
        span: post.text.toSource(elsewhere.link.start, elsewhere.link.end),
        severity: 'warning',
      });
    }
    return;
  }

  // Links in Instagram captions cannot be followed: "link in bio" is the way there.
  if (!context.options.requireLink || (post.platforms.length > 0 && post.platforms.every((p) => p === 'instagram'))) return;
  const promise = actions.find((a) => a.hit.entry.message === 'noLink');
  if (promise?.post === post) {
    context.report({ messageId: 'noLink', data: { action: promise.hit.text }, span: span(promise.hit), severity: 'suggestion' });
  }
}

function span(hit: Hit) {
  return hit.published.text.toSource(hit.start, hit.end);
}

/** Whether the address is on one of the sites (a domain and its subdomains, under the site's path if it has one). */
function isOn(url: URL, list: readonly Site[]): boolean {
  return list.some((s) => isOnDomain(url, s.domain) && (!s.path || url.pathname.toLowerCase().startsWith(s.path)));
}
