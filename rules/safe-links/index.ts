import { links, type Link } from '../../src/analysis/links.js';
import type { Post } from '../../src/drafts/post.js';
import { threadOf } from '../../src/drafts/threads.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { registerTermList, termHits } from '../../src/terms/index.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { safeLinksData, safeLinksTerms } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const ID = 'safe-links';
await registerTermList(ID, safeLinksTerms);
const data = await loadCompiled(safeLinksData);
const shorteners = new Set(data.shorteners);
const tracking = new Set(data.tracking);

const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** RFC 1918, loopback and link-local IPv4 addresses. */
const PRIVATE_V4 = /^(?:10|127)\.|^192\.168\.|^169\.254\.|^172\.(?:1[6-9]|2\d|3[01])\./;

export function check(post: Post, context: RuleContext<Options>): void {
  for (const link of links(post)) checkLink(link, post, context);
  // A quoted figure is answered by a link anywhere in its thread; the first phrase is reported.
  const quoted = termHits(post, ID, context).find((hit) => hit.published === post);
  if (quoted && !threadOf(post, context.draft).some((p) => links(p).length)) {
    context.report({ messageId: 'noSource', data: { phrase: quoted.text }, span: post.text.toSource(quoted.start, quoted.end), severity: 'warning' });
  }
}

function checkLink(link: Link, post: Post, context: RuleContext<Options>): void {
  const url = link.url;
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:')) return;
  const span = post.text.toSource(link.start, link.end);
  const host = url.hostname.toLowerCase().replace(/\.$/, '');

  if (IPV4.test(host) || host.startsWith('[')) {
    // A private or internal address is the security rule's finding (it says why that matters), when it is on.
    if (PRIVATE_V4.test(host) && context.rules?.has('security')) return;
    context.report({ messageId: 'rawIp', data: { link: link.value }, span });
    return;
  }
  const shortener = shortenerOf(host);
  if (shortener) {
    context.report({ messageId: 'shortener', data: { host: shortener }, span });
    return;
  }
  if (link.hasScheme && url.protocol === 'http:') {
    const https = link.value.replace(/^http:/i, 'https:');
    context.report({ messageId: 'insecure', data: { link: link.value }, span, suggestions: [https] });
  }
  const params = [...new Set(url.searchParams.keys())].filter(isTracking);
  if (params.length) {
    const clean = new URL(url.href);
    for (const param of params) clean.searchParams.delete(param);
    let address = clean.href;
    if (!link.hasScheme) address = address.replace(/^https:\/\//, '');
    if (!/\/$/.test(link.value.split(/[?#]/)[0]!)) address = address.replace(/\/(?=$|[?#])/, '');
    context.report({ messageId: 'tracking', data: { link: link.value, params: params.join(', ') }, span, suggestions: [address], severity: 'warning' });
  }
}

/** The shortener a host belongs to (the host itself or a parent domain), if any. */
function shortenerOf(host: string): string | undefined {
  const bare = host.replace(/^www\./, '');
  if (shorteners.has(bare)) return bare;
  for (let dot = bare.indexOf('.'); dot >= 0; dot = bare.indexOf('.', dot + 1)) {
    const parent = bare.slice(dot + 1);
    if (parent.includes('.') && shorteners.has(parent)) return parent;
  }
  return undefined;
}

function isTracking(param: string): boolean {
  const name = param.toLowerCase();
  return tracking.has(name) || data.trackingPrefixes.some((prefix) => name.startsWith(prefix));
}
