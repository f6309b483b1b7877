import { entities } from '../../src/analysis/entities.js';
import { links } from '../../src/analysis/links.js';
import type { PublishedText } from '../../src/drafts/post.js';
import type { HostData } from './data.js';
import type { Finding } from './finding.js';

/** Which hosts are the council's own, and which of those are public sites. */
export interface HostOptions {
  councilDomains: readonly string[];
  publicHosts: ReadonlySet<string>;
}

/** An IPv4 address in prose, with its port; not part of a longer dotted number. */
const IPV4 = /(?<![\d.])(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})(?::\d{1,5})?(?![\d]|\.\d)/g;
/** Loopback, link-local (fe80::/10) and unique-local (fc00::/7) IPv6 addresses in prose. */
const IPV6 = /(?<![\w:])(?:::1|(?:fe[89ab][0-9a-f]|f[cd][0-9a-f]{2}):[0-9a-f:]*[0-9a-f])(?![\w:])/gi;
const LOCALHOST = /\blocalhost(?::\d{1,5})?(?:\/[^\s<>"'`]*[^\s<>"'`.,;:!?)\]])?/gi;
/**
 * A Windows network share (\\server\share: markdown publishes one backslash of the two
 * unless they are escaped) or a mapped drive (S:\Comms\Photos).
 */
const FILE_PATH = /(?<![\w\\])(?:\\{1,2}[A-Za-z0-9][\w.$-]*|[A-Z]:)(?:\\[^\s\\<>"'`,;]+)+/g;
/** A dotted number that is a section, version or figure: "paragraph 10.2.1.4". */
const NUMBERING = /\b(?:section|sections|paragraph|para|paras|clause|policy|chapter|figure|fig|table|version|ver|v|appendix|item|schedule|rule|§)\.?\s*$/i;

/** What an IPv4 address is, when it is not a public one. */
function privateV4(octets: number[]): string | undefined {
  if (octets.some((o) => o > 255)) return undefined;
  const [a, b] = octets as [number, number];
  if (a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168)) return 'a private network address (RFC 1918)';
  if (a === 127) return 'a loopback address (the computer itself)';
  if (a === 169 && b === 254) return 'a link-local address';
  return undefined;
}

/** What an IPv6 address (as `new URL` writes it, without brackets) is, when it is not a public one. */
function privateV6(address: string): string | undefined {
  const lower = address.toLowerCase();
  if (lower === '::1') return 'a loopback address (the computer itself)';
  if (/^fe[89ab]/.test(lower)) return 'a link-local address';
  if (/^f[cd]/.test(lower)) return 'a private network address (IPv6 unique local)';
  return undefined;
}

/** An IPv6 address as `new URL` reads it, or undefined when it is not one. */
function ipv6(text: string): string | undefined {
  try {
    return new URL(`http://[${text}]/`).hostname.slice(1, -1);
  } catch {
    return undefined;
  }
}

/** Checks one link: its host (private, local, internal, staff-only) and its path (admin pages). */
export function checkUrl(raw: string, hosts: HostData, options: HostOptions): Pick<Finding, 'messageId' | 'what'> | undefined {
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(raw) ? raw : `http://${raw}`);
  } catch {
    return undefined;
  }
  return checkParsedUrl(url, hosts, options);
}

/** `checkUrl` for an address already parsed (the shared analysis reads one without a scheme as https: the host and path are the same). */
function checkParsedUrl(url: URL, hosts: HostData, options: HostOptions): Pick<Finding, 'messageId' | 'what'> | undefined {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  if (host.startsWith('[')) {
    const what = privateV6(host.slice(1, -1));
    if (what) return { messageId: 'privateAddress', what };
  } else if (/^\d+\.\d+\.\d+\.\d+$/.test(host)) {
    const what = privateV4(host.split('.').map(Number));
    if (what) return { messageId: 'privateAddress', what };
  } else if (host === 'localhost' || host.endsWith('.localhost')) {
    return { messageId: 'privateAddress', what: 'a "localhost" address (the computer itself)' };
  }
  const under = (domain: string) => host === domain || host.endsWith(`.${domain}`);
  const suffix = hosts.suffixes.find(under);
  if (suffix) return { messageId: 'internalHost', what: `a private network name (".${suffix}")` };
  const system = hosts.systems.find(under);
  if (system) return { messageId: 'internalHost', what: `a staff-only system (${system})` };

  const council = options.councilDomains.find(under);
  if (!options.publicHosts.has(host)) {
    const labels = council ? host.slice(0, -council.length).split('.').filter(Boolean) : host.split('.').slice(0, -1);
    const internal = internalLabel(labels, council ? hosts.labels : hosts.anywhere, council ? hosts.prefixes : []);
    if (internal) return { messageId: 'internalHost', what: `an internal host ("${internal}" in its name)` };
  }

  for (const segment of url.pathname.split('/')) {
    const lower = safeDecode(segment).toLowerCase();
    if (lower && hosts.paths.includes(lower)) return { messageId: 'adminUrl', what: `an admin or staff log-in page ("/${lower}")` };
  }
  return undefined;
}

/** The internal-looking part of a host's labels: "uat" of uat-planning, "dev" of dev2, "staff" of staffportal. */
function internalLabel(labels: string[], words: readonly string[], prefixes: readonly string[]): string | undefined {
  for (const label of labels) {
    for (const part of label.split('-')) {
      const bare = part.replace(/\d+$/, '');
      if (words.includes(bare)) return bare;
      const prefix = prefixes.find((p) => part.startsWith(p));
      if (prefix) return prefix;
    }
  }
  return undefined;
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    return segment;
  }
}

const privateNames = new Map<readonly string[], { hint: RegExp; pattern: RegExp }>();

/** Host names ending in one of the private top-level names, and a cheap test for those endings. */
function privateNamePattern(suffixes: readonly string[]): { hint: RegExp; pattern: RegExp } {
  let found = privateNames.get(suffixes);
  if (!found) {
    const names = suffixes.map((s) => s.replace(/\./g, '\\.')).join('|');
    found = {
      hint: new RegExp(String.raw`\.(?:${names})\b`),
      pattern: new RegExp(String.raw`(?<![\w.@-])[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.(?:${names})(?::\d{1,5})?(?:\/[^\s<>"'\`]*[^\s<>"'\`.,;:!?)\]])?(?![\w-])`, 'g'),
    };
    privateNames.set(suffixes, found);
  }
  return found;
}

/** Private and internal addresses in a text: its links (the shared entities), then addresses written without a scheme. */
export function addresses(published: PublishedText, hosts: HostData, options: HostOptions): Finding[] {
  const text = published.text.text;
  const out: Finding[] = [];
  const covered: { start: number; end: number }[] = [];
  // The links are the url entities, in the same order, each parsed once for every rule.
  const parsed = links(published);
  let next = 0;
  for (const entity of entities(published)) {
    if (entity.kind !== 'url' && entity.kind !== 'email') continue;
    covered.push(entity);
    if (entity.kind !== 'url') continue;
    const link = parsed[next++]!;
    const found = link.url && checkParsedUrl(link.url, hosts, options);
    if (found) out.push({ start: entity.start, end: entity.end, ...found });
  }
  const free = (start: number, end: number) => !covered.some((c) => c.start < end && start < c.end);
  const add = (start: number, end: number, messageId: Finding['messageId'], what: string) => {
    if (!free(start, end)) return;
    out.push({ start, end, messageId, what });
    covered.push({ start, end });
  };

  if (/\d\.\d/.test(text)) for (const m of text.matchAll(IPV4)) {
    const what = privateV4(m.slice(1, 5).map(Number));
    if (what && !NUMBERING.test(text.slice(Math.max(0, m.index - 20), m.index))) add(m.index, m.index + m[0].length, 'privateAddress', what);
  }
  if (text.includes('::') || /f[cde][0-9a-f]{2}:/i.test(text)) for (const m of text.matchAll(IPV6)) {
    const address = ipv6(m[0]);
    const what = address && privateV6(address);
    if (what) add(m.index, m.index + m[0].length, 'privateAddress', what);
  }
  if (/localhost/i.test(text)) for (const m of text.matchAll(LOCALHOST)) add(m.index, m.index + m[0].length, 'privateAddress', 'a "localhost" address (the computer itself)');
  if (text.includes('\\')) for (const m of text.matchAll(FILE_PATH)) add(m.index, m.index + m[0].length, 'internalHost', 'a path on a council network drive');
  // Host names under a private top-level name are not links to twitter-text: server01.gbc.local.
  const names = privateNamePattern(hosts.suffixes);
  if (names.hint.test(text)) {
    for (const m of text.matchAll(names.pattern)) {
      const found = checkUrl(m[0], hosts, options);
      if (found) add(m.index, m.index + m[0].length, found.messageId, found.what);
    }
  }
  return out;
}
