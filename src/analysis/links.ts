import type { PublishedText } from '../drafts/post.js';
import { entities } from './entities.js';
import { memo } from './memo.js';

/** The council's main website (§9 "its main website: www.gosport.gov.uk"). */
export const MAIN_WEBSITE = 'www.gosport.gov.uk';

/** A web address in a post, read by the WHATWG URL parser. */
export interface Link {
  /** Range in the post text. */
  start: number;
  end: number;
  /** As written. */
  value: string;
  /** Whether it is written with its scheme (`https://…`); without one, it is read as https. */
  hasScheme: boolean;
  /** The parsed address, or undefined when even the URL parser cannot read it. */
  url: URL | undefined;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//i;

/** The web addresses of a post (from the shared entities), each parsed once. */
export const links = memo((post: PublishedText): Link[] =>
  entities(post)
    .filter((e) => e.kind === 'url')
    .map((e) => {
      const hasScheme = SCHEME.test(e.value);
      return { start: e.start, end: e.end, value: e.value, hasScheme, url: parseUrl(hasScheme ? e.value : `https://${e.value}`) };
    }),
);

function parseUrl(address: string): URL | undefined {
  try {
    return new URL(address);
  } catch {
    return undefined;
  }
}

/** A host name without a leading `www.` and a trailing dot, lower case (the URL parser lowers it already). */
export function bareHost(host: string): string {
  return host.toLowerCase().replace(/\.$/, '').replace(/^www\./, '');
}

/** Whether `url` is on `domain` or one of its subdomains (`gosport.gov.uk` covers `www.gosport.gov.uk`). */
export function isOnDomain(url: URL, domain: string): boolean {
  const host = bareHost(url.hostname);
  const want = bareHost(domain.trim().replace(SCHEME, '').split('/')[0]!);
  return want !== '' && (host === want || host.endsWith(`.${want}`));
}

/** Whether `url` is on the main website or a domain listed in `allow.domains`. */
export function isTrustedSite(url: URL, allowedDomains: readonly string[]): boolean {
  return isOnDomain(url, MAIN_WEBSITE) || allowedDomains.some((domain) => isOnDomain(url, domain));
}

/**
 * Whether two addresses name the same page: scheme, `www.`, a trailing slash,
 * the query's tracking and the fragment aside.
 */
export function samePage(a: URL, b: URL): boolean {
  const path = (u: URL) => u.pathname.replace(/\/+$/, '').toLowerCase();
  return bareHost(a.hostname) === bareHost(b.hostname) && path(a) === path(b);
}
