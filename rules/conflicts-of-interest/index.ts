import { sentenceAt, sentences } from '../../src/analysis/sentences.js';
import type { Post } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { matchPhrases, registerTermList, termHits, type Hit } from '../../src/terms/index.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { conflictsPublicBodies, conflictsTerms } from './data.js';
import type { meta } from './meta.js';
import { lazyPattern } from '../../src/util/lazy-pattern.js';

type Options = OptionsOf<typeof meta>;

const ID = 'conflicts-of-interest';
await registerTermList(ID, conflictsTerms);
const { names: PUBLIC_BODIES } = await loadCompiled(conflictsPublicBodies);

const WORD = String.raw`\p{Lu}[\p{L}\p{N}'\u2019&.-]*`;
const NAME = String.raw`${WORD}(?:[ \t]+(?:(?:of|and|&|the|on|for|in|de)[ \t]+)?${WORD})*`;
/** A place, not an organisation: "the Alver Valley Country Park", "Stokes Bay", "the Discovery Centre". */
const PLACE = /\b(Park|Gardens|Garden|Beach|Bay|Common|Green|Road|Street|Lane|Avenue|Centre|Library|Trail|Walk|Promenade|Seafront|Harbour)$/u;
/** A capitalised name after the phrase ("our friends at Gosport Ferry"), after "the", "our", "local" or "everyone at". */
const NAME_AFTER = lazyPattern(String.raw`^[ \t]+(?:(?:the|our|local|everyone at|all at|the team at)[ \t]+)?(${NAME})`, 'u');
/** A capitalised name just before the phrase ("thanks to Solent Motors for sponsoring"). */
const NAME_BEFORE = lazyPattern(String.raw`(${NAME})[ \t]*$`, 'u');

/**
 * Each post is reported at most once, at its first endorsement of a name that is neither a
 * configured partner, a public body nor a council. A draft with `conflicts:` (any declaration,
 * or `none`) passes.
 */
export function check(post: Post, context: RuleContext<Options>): void {
  if (post.meta.conflicts !== undefined) return;
  const hits = termHits(post, ID, context).filter((hit) => hit.published === post);
  if (!hits.length) return;
  const trusted = [...matchPhrases(post, PUBLIC_BODIES), ...(context.settings.allow.partners.length ? matchPhrases(post, context.settings.allow.partners) : [])];
  for (const hit of hits) {
    const name = nameOf(post, hit);
    if (!name) continue;
    if (/\b(Council|Borough|GBC)$/u.test(name.text) || PLACE.test(name.text)) continue;
    if (trusted.some((t) => t.start < name.end && name.start < t.end)) continue;
    context.report({ messageId: 'undeclared', data: { phrase: hit.text, name: name.text }, span: post.text.toSource(hit.start, hit.end) });
    return;
  }
}

function nameOf(post: Post, hit: Hit): { start: number; end: number; text: string } | undefined {
  const text = post.text.text;
  const spans = sentences(post);
  const sentence = spans[sentenceAt(spans, hit.start)];
  const from = sentence?.start ?? 0;
  const to = Math.max(sentence?.end ?? text.length, hit.end);
  const after = NAME_AFTER().exec(text.slice(hit.end, to));
  if (after) {
    const start = hit.end + after[0].length - after[1]!.length;
    return { start, end: start + after[1]!.length, text: after[1]! };
  }
  if (hit.entry.term !== 'for sponsoring') return undefined;
  const before = NAME_BEFORE().exec(text.slice(from, hit.start));
  if (!before) return undefined;
  const start = from + before.index;
  return { start, end: start + before[1]!.length, text: before[1]! };
}
