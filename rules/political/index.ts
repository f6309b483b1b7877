import { sentenceAt, sentences } from '../../src/analysis/sentences.js';
import type { Post, PublishedText } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { matchPhrases, registerTermList, termHits, termReport, type Hit } from '../../src/terms/index.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { politicalData, politicalTitles } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

await registerTermList('political', politicalData);
const { titles } = await loadCompiled(politicalTitles);
const titlePhrases = titles.map((t) => t.title);
const titleOf = new Map(titles.map((t) => [t.title, t]));

/** Where a politician or office-holder is named: a title of titles.yaml (with the name after it), or a configured councillor. */
interface Holder {
  start: number;
  end: number;
}

/** Up to three capitalised words or initials after a title: "Cllr Jane Smith", "Mayor A. Example". */
const NAME_AFTER = /^(?:[ \t]+(?:\p{Lu}\.|\p{Lu}[\p{L}-]*)){1,3}/u;

function holders(published: PublishedText, councillors: readonly string[]): Holder[] {
  const text = published.text.text;
  const out: Holder[] = [];
  for (const hit of matchPhrases(published, titlePhrases)) {
    const title = titleOf.get(hit.phrase)!;
    if (title.exact && hit.text.replace(/\s+/g, ' ') !== title.title) continue;
    const around = text.slice(Math.max(0, hit.start - 40), hit.end + 40).toLowerCase();
    const offset = Math.max(0, hit.start - 40);
    if (title.except.some((phrase) => overlaps(around, phrase, hit.start - offset, hit.end - offset))) continue;
    const name = NAME_AFTER.exec(text.slice(hit.end));
    out.push({ start: hit.start, end: hit.end + (name?.[0].length ?? 0) });
  }
  if (councillors.length) for (const hit of matchPhrases(published, councillors)) out.push({ start: hit.start, end: hit.end });
  return out;
}

/** Whether `phrase` occurs in `text` over the range [start, end). */
function overlaps(text: string, phrase: string, start: number, end: number): boolean {
  for (let i = text.indexOf(phrase); i >= 0; i = text.indexOf(phrase, i + 1)) if (i < end && i + phrase.length > start) return true;
  return false;
}

/** Between a praise or attack word and the title it is aimed at: up to two words ("our incredible new Mayor", "the useless Tory government"). */
const WORDS_BEFORE = /^(?:[ \t]+[\p{L}\p{N}'’-]+){0,2}[ \t]+$/u;
/** Between a title and the praise said of it: "the Mayor is an absolute legend", "Cllr Smith was amazing". */
const SAID_OF = /^[ \t]+(?:is|was|has been|are|were|remains)(?:[ \t]+(?:so|such|truly|really|absolutely|absolute|simply|just|an?|the|our|your|one|of|total|utter|complete|genuine|real|true))*[ \t]+$/iu;
/** A title's possessive before the credit: "Cllr Smith's hard work", "the Leader's tireless efforts". */
const POSSESSIVE = /^['’]s(?:[ \t]+[\p{L}-]+)?[ \t]+$/u;
/** The credit before its holder: "the hard work of Cllr Smith", "efforts by our MP". */
const CREDIT_OF = /^[ \t]+(?:of|by|from)[ \t]+(?:(?:the|our|your|local)[ \t]+){0,2}$/iu;
/** "thanks to" right before the holder. */
const THANKS_TO = /^[ \t]+(?:(?:the|our|your|local)[ \t]+){0,2}$/iu;
/** After the holder, a thank-you rather than a credit: "Thanks to the Mayor for opening the fair", "…, Cllr Smith, for…". */
const THANK_YOU = /^(?:['’]s[^,.!?;:]*)?(?:[ \t]*,[^,.!?;:]*,)?[ \t]+for\b/iu;
/** A title's possessive that names an event or a body: "the Mayor's Charity Ball", "Mayor's Cadets". */
const NAMED_EVENT = /^['’]s[ \t]+\p{Lu}/u;

/** Whether a praise, attack or credit word is aimed at an office-holder. */
function aimed(hit: Hit, people: Holder[]): boolean {
  const text = hit.published.text.text;
  const kind = hit.entry.message;
  if (kind === 'praise' || kind === 'attack') {
    return people.some(
      (h) =>
        (h.start >= hit.end && WORDS_BEFORE.test(text.slice(hit.end, h.start)) && !NAMED_EVENT.test(text.slice(h.end))) ||
        (h.end <= hit.start && SAID_OF.test(text.slice(h.end, hit.start))),
    );
  }
  if (hit.entry.term === 'thanks to') {
    return people.some((h) => h.start >= hit.end && THANKS_TO.test(text.slice(hit.end, h.start)) && !THANK_YOU.test(text.slice(h.end)));
  }
  return people.some(
    (h) => (h.end <= hit.start && POSSESSIVE.test(text.slice(h.end, hit.start))) || (h.start >= hit.end && CREDIT_OF.test(text.slice(hit.end, h.start))),
  );
}

const AIMED = new Set(['praise', 'attack', 'credit']);

/**
 * Party names with campaigning words, calls to vote for or against, slogans and referendum
 * stances (the term list, `with:` and `unless:` doing the context); praise, attacks and credit
 * only when aimed at an office-holder or a configured councillor. One report per sentence.
 */
export function check(post: Post, context: RuleContext<Options>): void {
  const people = new Map<PublishedText, Holder[]>();
  const reported = new Map<PublishedText, Set<number>>();
  for (const hit of termHits(post, 'political', context)) {
    if (hit.entry.message && AIMED.has(hit.entry.message)) {
      let found = people.get(hit.published);
      if (!found) people.set(hit.published, (found = holders(hit.published, context.settings.councillors)));
      if (!aimed(hit, found)) continue;
    }
    const sentence = sentenceAt(sentences(hit.published), hit.start);
    let done = reported.get(hit.published);
    if (!done) reported.set(hit.published, (done = new Set()));
    if (done.has(sentence)) continue;
    done.add(sentence);
    context.report(termReport(hit, 'configured'));
  }
}
