import { links } from '../../src/analysis/links.js';
import type { Post, PublishedText } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { ownedBy, registerTermList, termHits, termReport } from '../../src/terms/index.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { sexualData, sexualDomains } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

await registerTermList('sexual', sexualData);
const domains = await loadCompiled(sexualDomains);
const sites = new Set(domains.sites);
const tlds = new Set(domains.tlds);

/** Whether a host is one of the adult sites (or a subdomain of one), or under an adult top-level domain. */
function isAdultHost(host: string): boolean {
  const labels = host.split('.');
  if (tlds.has(labels[labels.length - 1]!)) return true;
  for (let i = 0; i < labels.length - 1; i++) if (sites.has(labels.slice(i).join('.'))) return true;
  return false;
}

function checkLinks(published: PublishedText, context: RuleContext<Options>): void {
  for (const link of links(published)) {
    const host = link.url?.hostname.toLowerCase().replace(/\.$/, '');
    if (host && isAdultHost(host)) {
      context.report({ messageId: 'link', data: { host }, span: published.text.toSource(link.start, link.end) });
    }
  }
}

/** Sexual terms in the post and its alt texts (the shared term scan), and links to adult sites. */
export function check(post: Post, context: RuleContext<Options>): void {
  for (const hit of termHits(post, 'sexual', context)) {
    // A disguised spelling on profanity's list as written ("p0rn", "s*xy") is profanity's finding.
    if (!ownedBy('profanity', post, hit, context)) context.report(termReport(hit, 'configured'));
  }
  for (const published of [post, ...post.attachments.flatMap((a) => (a.altText ? [a.altText] : []))]) checkLinks(published, context);
}
