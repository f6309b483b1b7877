import { prose } from '../../src/analysis/entities.js';
import { links } from '../../src/analysis/links.js';
import { sentenceAt, sentences } from '../../src/analysis/sentences.js';
import type { Post, PublishedText } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { matchPhrases, registerTermList, termHits, termReport, type Hit } from '../../src/terms/index.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { commerceData, commerceLists } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

await registerTermList('commerce', commerceData);
const lists = await loadCompiled(commerceLists);
const business = new Set(lists.business);
const sites = new Map(lists.sites.map((s) => [s.domain, s.paths]));

/** A discount: "20% off", "50 % OFF", "half price" is not counted (councils use it for their own concessions). */
const PERCENT_OFF = /\b\d{1,2}(?:\.\d+)?[ \t]?%[ \t]?off\b/giu;
/** The code itself after "use code", "promo code": "XMAS20", ": SPRING10". */
const CODE_AFTER = /^[ \t]*:?[ \t]*["'‘“]?[A-Z0-9][A-Z0-9-]{2,}\b["'’”]?/u;
/** A capitalised name right after "pop into", "we recommend": up to five words, "Smith's Bakery", "the Harbour Fish Bar". */
const NAME_AFTER = /^[ \t]+(?:the[ \t]+)?((?:\p{Lu}[\p{L}'’&.-]*)(?:[ \t]+(?:\p{Lu}[\p{L}'’&.-]*|&)){0,4})/u;

function inCouncilSentence(published: PublishedText, start: number): boolean {
  const spans = sentences(published);
  const sentence = sentenceAt(spans, start);
  return matchPhrases(published, lists.services).some((s) => sentenceAt(spans, s.start) === sentence);
}

/** Whether a private business is named right after a "promote" phrase (not a configured partner). */
function businessAfter(hit: Hit, partners: readonly string[]): boolean {
  const text = hit.published.text.text;
  const name = NAME_AFTER.exec(text.slice(hit.end))?.[1]?.trim();
  if (!name) return false;
  const start = text.indexOf(name, hit.end);
  if (partners.length && matchPhrases(hit.published, partners).some((p) => p.start < start + name.length && p.end > start)) return false;
  const words = name.split(/[ \t]+/);
  return words.some((w) => /['’]s$/u.test(w) || business.has(w.replace(/[.,]$/, '')));
}

/** The listed site a host belongs to (the host or a parent domain of it). */
function siteOf(host: string): string | undefined {
  const labels = host.split('.');
  for (let i = 0; i < labels.length - 1; i++) {
    const domain = labels.slice(i).join('.');
    if (sites.has(domain)) return domain;
  }
  return undefined;
}

function trusted(host: string, allowed: readonly string[]): boolean {
  return host.endsWith('.gov.uk') || allowed.some((d) => host === d || host.endsWith(`.${d}`));
}

function checkLinks(published: PublishedText, context: RuleContext<Options>): void {
  for (const link of links(published)) {
    const url = link.url;
    if (!url) continue;
    const host = url.hostname.toLowerCase().replace(/^www\./, '').replace(/\.$/, '');
    const span = published.text.toSource(link.start, link.end);
    const site = siteOf(host);
    const paths = site ? sites.get(site)! : undefined;
    if (paths && (!paths.length || paths.some((p) => url.pathname.startsWith(p)))) {
      context.report({ messageId: 'link', data: { host }, span });
      continue;
    }
    if (trusted(host, context.settings.allow.domains)) continue;
    const keys = [...url.searchParams.keys()].map((k) => k.toLowerCase());
    const param = lists.params.find((p) => keys.includes(p.param) && (!p.hosts.length || p.hosts.some((h) => host === h || host.endsWith(`.${h}`))));
    if (param) context.report({ messageId: 'affiliate', data: { param: param.param }, span });
  }
}

/**
 * Discount codes, calls to buy and a discount off (unless the sentence names a council service),
 * a named private business after "pop into", "we recommend"…, and shop or affiliate links.
 */
export function check(post: Post, context: RuleContext<Options>): void {
  for (const hit of termHits(post, 'commerce', context)) {
    const kind = hit.entry.message;
    if (kind === 'promote' && !businessAfter(hit, context.settings.allow.partners)) continue;
    if ((kind === 'code' || kind === 'buy') && inCouncilSentence(hit.published, hit.start)) continue;
    const report = termReport(hit, 'configured');
    if (kind === 'code') {
      const code = CODE_AFTER.exec(hit.published.text.text.slice(hit.end));
      if (code) {
        const end = hit.end + code[0].length;
        report.span = hit.published.text.toSource(hit.start, end);
        report.data = { ...report.data, word: hit.published.text.text.slice(hit.start, end) };
      }
    }
    context.report(report);
  }
  for (const published of [post, ...post.attachments.flatMap((a) => (a.altText ? [a.altText] : []))]) {
    const text = prose(published);
    for (const m of text.matchAll(PERCENT_OFF)) {
      if (inCouncilSentence(published, m.index)) continue;
      context.report({ messageId: 'percent', data: { word: m[0] }, span: published.text.toSource(m.index, m.index + m[0].length) });
    }
    checkLinks(published, context);
  }
}
