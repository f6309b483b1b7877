import { entities } from '../../src/analysis/entities.js';
import { sentenceAt, sentences } from '../../src/analysis/sentences.js';
import type { Attachment, Post, PublishedText } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { TextMap } from '../../src/text/text-map.js';
import { matchPhrases, registerTermList, termHits, termReport } from '../../src/terms/index.js';
import type { Span } from '../../src/types.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { copyrightData, copyrightFileNames } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const ID = 'copyright';
const agencies = await registerTermList(ID, copyrightData);
const fileNames = (await loadCompiled(copyrightFileNames)).patterns.map((p) => ({ agency: p.agency, pattern: new RegExp(p.pattern, 'i') }));

/** A `licence:` that says nothing about permission: the council's "own" photo is not a stock licence, and "tbc" is none. */
const NO_LICENCE = /^\s*(?:none|n\/?a|tbc|tbd|unknown|todo|\?+|-+)?\s*$/i;
const OWN = /^\s*own\s*$/i;

/** Words around a quotation that say whose words it is. */
const ATTRIBUTION =
  /\b(?:said|says|say|saying|wrote|writes|written by|told|tells|explained|explains|added|adds|commented|stated|states|announced|announces|according to|in the words of|quoted|quoting|quote from|written by|words by|lyrics by|poem by|taken from|via|source|courtesy of|with permission|reproduced|extract from|excerpt from|words of|poem|speech|statement|recalls|recalled|describes|described)\b/i;
/** "— Jane Austen", "– Cllr Example", "~ Anon" after a quotation. */
const DASH_NAME = /^[\s"”’)]*[—–~-]+\s*\S/u;
/** "Cllr Jane Example:", "Dr Sam Patel, Director of Public Health:" just before a quotation: a title and a name. */
const NAME_COLON = /\b(?:Cllr|Councillor|Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Professor|Sir|Dame|Lord|Lady|Rev|Revd|Canon|Mayor|Leader|Inspector|Sergeant|Chief|Captain|Commander)\b\.?[^:\n]{0,80}:\s*$/u;
const WORD = /\p{L}[\p{L}\p{N}'’-]*/gu;
/** Quotations in quotation marks; curly single quotes are left out, being apostrophes too. */
const QUOTED = /“[^”]*”|"[^"]*"|«[^»]*»|„[^“”]*[“”]/g;

export function check(post: Post, context: RuleContext<Options>): void {
  const media = post.meta.media ?? [];
  const mediaFiles = new Set(media.map((m) => m.file));
  const anyLicensed = post.attachments.some((a) => isStockLicence(a.licence)) || media.some((m) => isStockLicence(m.licence));

  for (const attachment of post.attachments) {
    // A markdown image whose file has a `media:` entry is credited (or not) there.
    if (attachment.from === 'markdown' && mediaFiles.has(attachment.file)) continue;
    checkAttachment(attachment, post, context);
  }

  for (const hit of termHits(post, ID, context)) {
    const owner = post.attachments.find((a) => a.altText === hit.published);
    if (owner ? isStockLicence(owner.licence) : anyLicensed) continue;
    context.report(termReport(hit, 'stockText'));
  }

  checkQuotes(post, context);
}

function isStockLicence(licence: string | undefined): boolean {
  return licence !== undefined && !NO_LICENCE.test(licence) && !OWN.test(licence);
}

function checkAttachment(attachment: Attachment, post: Post, context: RuleContext<Options>): void {
  const { file, credit, licence } = attachment;
  const hasLicence = licence !== undefined && !NO_LICENCE.test(licence);
  if (!isStockLicence(licence)) {
    const base = file.split(/[\\/]/).pop() ?? file;
    const stock = fileNames.find((p) => p.pattern.test(base));
    if (stock) {
      context.report({ messageId: 'stockFile', data: { file, agency: stock.agency }, span: narrow(attachment.span, file, context) });
      return;
    }
    if (credit?.trim() && checkCredit(attachment, post, context)) return;
  }
  if (!hasLicence && !credit?.trim()) {
    context.report({ messageId: attachment.from === 'markdown' ? 'noCreditImage' : 'noCredit', data: { file }, span: narrow(attachment.span, file, context), severity: 'warning' });
  }
}

/** Reports a stock agency named in the credit; true when one is. */
function checkCredit(attachment: Attachment, post: Post, context: RuleContext<Options>): boolean {
  const credit = attachment.credit!;
  const phrases = agencyPhrases(context.options);
  const index = (post.meta.media ?? []).findIndex((m) => m.file === attachment.file && m.credit === credit);
  const span = index >= 0 ? post.fields.locate(['media', index, 'credit']) : undefined;
  const found = matchPhrases(creditText(credit, span, context), phrases)[0];
  if (!found) return false;
  context.report({ messageId: 'stockCredit', data: { word: found.text }, span: span ? found.published.text.toSource(found.start, found.end) : attachment.span });
  return true;
}

const phraseLists = new Map<readonly string[], string[]>();
/** The agencies' names (and the council's own `terms`), as phrases for a credit, where each is the agency. */
function agencyPhrases(options: Options): string[] {
  let list = phraseLists.get(options.terms);
  if (!list) {
    const allowed = new Set(options.allow.map((a) => a.toLowerCase()));
    list = [...agencies.terms.map((t) => t.term), ...options.terms].filter((t) => !allowed.has(t.toLowerCase()));
    phraseLists.set(options.terms, list);
  }
  return list;
}

/** The credit as a published text mapped to where it is written (or onto its whole value when it is escaped or folded). */
function creditText(credit: string, span: Span | undefined, context: RuleContext<Options>): PublishedText {
  const map = new TextMap();
  const written = span ? context.draft.text.slice(span.start, span.end) : '';
  const at = written.indexOf(credit);
  if (span && at >= 0) map.appendVerbatim(credit, span.start + at);
  else if (span) map.appendDecoded(credit, context.draft.text, span.start, span.end, 'yaml-double');
  else map.appendSynthetic(credit, 0);
  return { text: map, nonProse: [], links: [] };
}

/** The file name inside an entry's span (`![alt](file)`, a quoted `file:` value). */
function narrow(span: Span, file: string, context: RuleContext<Options>): Span {
  const at = context.draft.text.slice(span.start, span.end).lastIndexOf(file);
  return at >= 0 ? { start: span.start + at, end: span.start + at + file.length } : span;
}

interface Quotation {
  start: number;
  end: number;
  /** Where the quoted words are, inside the marks. */
  inner: { start: number; end: number };
}

function checkQuotes(post: Post, context: RuleContext<Options>): void {
  const text = post.text.text;
  const inCode = (at: number) => post.nonProse.some((r) => r.start <= at && at < r.end);
  const found: Quotation[] = [];
  for (const block of post.blockQuotes ?? []) found.push({ ...block, inner: block });
  for (const m of text.matchAll(QUOTED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (inCode(start) || /\n\s*\n/.test(m[0])) continue;
    if (found.some((q) => q.start <= start && end <= q.end)) continue;
    found.push({ start, end, inner: { start: start + 1, end: end - 1 } });
  }
  for (const quote of found) {
    const words = text.slice(quote.inner.start, quote.inner.end).match(WORD)?.length ?? 0;
    if (words <= context.options.quoteWords || isAttributed(post, quote)) continue;
    context.report({ messageId: 'longQuote', data: { words }, span: post.text.toSource(quote.start, quote.end), severity: 'warning' });
  }
}

/**
 * Whether the sentence before a quotation, the sentence after it, or its own last line says whose
 * words they are: an attribution verb ("said", "according to"), a dash and a name, "Name:" just
 * before it, or a link or a handle.
 */
function isAttributed(post: Post, quote: Quotation): boolean {
  const text = post.text.text;
  const spans = sentences(post);
  const first = sentenceAt(spans, quote.start);
  const last = sentenceAt(spans, Math.max(quote.start, quote.end - 1));
  const from = spans[first] && spans[first].start < quote.start ? spans[first].start : (spans[first - 1]?.start ?? 0);
  const lastSpan = spans[last];
  const to = lastSpan && lastSpan.end > quote.end + 1 ? lastSpan.end : (spans[last + 1]?.end ?? text.length);
  const before = text.slice(from, quote.start);
  const after = text.slice(quote.end, Math.max(quote.end, to));
  const lastLine = text.slice(quote.inner.start, quote.inner.end).trimEnd().split('\n').pop() ?? '';
  if (ATTRIBUTION.test(before) || ATTRIBUTION.test(after) || DASH_NAME.test(after) || NAME_COLON.test(before.trimEnd()) || DASH_NAME.test(lastLine)) return true;
  // A link or handle written after the last sentence's words (where the prose leaves it out) still belongs to it.
  const limit = spans.find((s) => s.start >= to)?.start ?? text.length;
  return entities(post).some((e) => (e.kind === 'url' || e.kind === 'mention') && e.start >= from && e.start < Math.max(limit, quote.end) && !(e.start >= quote.inner.start && e.end <= quote.inner.end));
}
