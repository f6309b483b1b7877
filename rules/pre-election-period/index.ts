import { sentenceAt, sentences } from '../../src/analysis/sentences.js';
import type { Election } from '../../src/config/settings.js';
import type { Post, PublishedText } from '../../src/drafts/post.js';
import { threadOf } from '../../src/drafts/threads.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { matchPhrases, registerTermList, termHits } from '../../src/terms/index.js';
import { TextMap } from '../../src/text/text-map.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { preElectionFactual, preElectionPeriodTerms } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const ID = 'pre-election-period';
await registerTermList(ID, preElectionPeriodTerms);
const { phrases: FACTUAL } = await loadCompiled(preElectionFactual);

/** Titles that name someone only before a capitalised name ("Councillor Jane Doe", not "your ward councillor"). */
const TITLES = new Set(['cllr', 'councillor', 'councillors', 'ward councillor']);
/** Titles anywhere in a media credit. */
const CREDIT_TITLES = /\b(cllr|councillors?|mayor|mayoress|leader of the council|council leader)\b/i;

interface Found {
  start: number;
  end: number;
  text: string;
  published: PublishedText;
}

/**
 * The period is found from the post's `publish` date (or today's). In it, each post is
 * reported at most once for the people it names (the first, as `quotes` when the post
 * quotes), once for candidates and once for taking sides; each media credit once.
 */
export function check(post: Post, context: RuleContext<Options>): void {
  const { settings } = context;
  if (!settings.elections.length) return;
  const published = post.meta.publish;
  const day = published ? published.slice(0, 10) : today();
  const election = settings.elections.find((e) => e.from <= day && day <= e.to);
  if (!election) return;
  const when = published ? `on ${day} (its \`publish\` date)` : `today, ${day} (the draft has no \`publish\` date)`;
  const data = { ...periodData(election), when };

  const thread = threadOf(post, context.draft);
  const hitsOf = (p: Post) => termHits(p, ID, context);
  const factual = post.meta.purpose === 'emergency' || thread.some((p) => matchPhrases(p, FACTUAL).length > 0);
  const hits = hitsOf(post);

  const people: Found[] = [];
  for (const hit of hits) {
    if (hit.entry.message !== 'names') continue;
    if (TITLES.has(hit.entry.term) && !beforeName(hit.published.text.text, hit.end)) continue;
    people.push(hit);
  }
  for (const text of [post, ...post.attachments.flatMap((a) => (a.altText ? [a.altText] : []))]) {
    if (settings.councillors.length) people.push(...matchPhrases(text, settings.councillors));
  }
  people.sort((a, b) => (a.published === b.published ? a.start - b.start : a.published === post ? -1 : 1));
  const quoted = people.find((p) => quotes(p));
  const person = quoted ?? (factual ? undefined : people[0]);
  if (person) {
    const name = nameAt(person);
    context.report({ messageId: quoted ? 'quotes' : 'names', data: { ...data, person: name.text }, span: name.published.text.toSource(name.start, name.end) });
  }

  for (const id of ['candidates', 'sides'] as const) {
    const hit = hits.find((h) => h.entry.message === id);
    if (hit) context.report({ messageId: id, data: { ...data, phrase: hit.text }, span: hit.published.text.toSource(hit.start, hit.end) });
  }

  post.attachments.forEach((attachment) => {
    if (!attachment.credit) return;
    const i = post.attachments.filter((a) => a.from === 'metadata').indexOf(attachment);
    const span = post.fields.locate(['media', i, 'credit']);
    if (!span) return;
    const text = new TextMap();
    text.appendVerbatim(attachment.credit, span.start);
    const names = settings.councillors.length ? matchPhrases({ text, nonProse: [], links: [] }, settings.councillors) : [];
    if (names.length || CREDIT_TITLES.test(attachment.credit)) {
      context.report({ messageId: 'mediaCredit', data: { ...data, credit: attachment.credit }, span });
    }
  });
}

function periodData(election: Election) {
  return { election: election.name, from: election.from, to: election.to };
}

function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A capitalised word or an initial follows: "Cllr Jane Doe", "Councillor J. Doe". */
function beforeName(text: string, end: number): boolean {
  return /^\s+(?:\p{Lu}[\p{L}'’-]*)/u.test(text.slice(end));
}

/** "Cllr Jane Doe" rather than "Cllr": the title with the capitalised words after it. */
function nameAt(found: Found): Found {
  const text = found.published.text.text;
  const m = /^(?:\s+(?:\p{Lu}\.(?=\s+\p{Lu})|\p{Lu}[\p{L}'’-]*))+/u.exec(text.slice(found.end));
  if (!m || !TITLES.has(found.text.toLowerCase())) return found;
  const end = found.end + m[0].length;
  return { ...found, end, text: text.slice(found.start, end) };
}

/** The person is quoted: the sentence holds quotation marks, or "said"/"says" (a press-release quote). */
function quotes(found: Found): boolean {
  const text = found.published.text.text;
  const spans = sentences(found.published);
  const at = sentenceAt(spans, found.start);
  const near = [spans[at - 1], spans[at], spans[at + 1]].filter((s) => s !== undefined);
  return near.some((s) => {
    const sentence = text.slice(s.start, s.end);
    return /["“”]/.test(sentence) || /\b(said|says|added|commented)\b/i.test(sentence);
  });
}
