import type { Post } from '../../src/drafts/post.js';
import { threadOf } from '../../src/drafts/threads.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { matchPhrases, registerTermList, termHits, termReport, type PhraseHit } from '../../src/terms/index.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { offTopicTerms, offTopicTopics, type Topic } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const ID = 'off-topic';
await registerTermList(ID, offTopicTerms);
const { topics: TOPICS } = await loadCompiled(offTopicTopics);

export function check(post: Post, context: RuleContext<Options>): void {
  for (const hit of termHits(post, ID, context)) {
    if (!quoted(hit.published.text.text, hit.start)) context.report(termReport(hit, 'private'));
  }
  checkDrift(post, context);
}

/**
 * A post of a thread (not the first) drifts when it mentions keywords of other topics only
 * (none of the declared topic's, none of any topic the first post mentions) and shares no
 * word of five letters or more with the first post. Emergency threads are not checked.
 */
function checkDrift(post: Post, context: RuleContext<Options>): void {
  const name = post.meta.topic?.trim().toLowerCase();
  if (!name) return;
  const declared = TOPICS.find((t) => t.topic === name || t.aliases.includes(name));
  if (!declared) return;
  // An emergency thread follows the emergency into every service it closes.
  if (post.meta.purpose === 'emergency') return;
  const thread = threadOf(post, context.draft);
  if (thread.length < 2 || thread[0] === post) return;
  if (sharesWord(post, thread[0]!)) return;
  const onTopic = new Set<Topic>([declared, ...topicsOf(thread[0]!).keys()]);
  const mine = topicsOf(post);
  if (!mine.size || [...mine.keys()].some((t) => onTopic.has(t))) return;
  const [other, hit] = [...mine.entries()].sort((a, b) => a[1].start - b[1].start)[0]!;
  context.report({
    messageId: 'drift',
    data: { topic: declared.topic, other: other.topic, word: hit.text },
    span: post.text.toSource(hit.start, hit.end),
    severity: 'suggestion',
  });
}

/** Words too common in council posts to tie two posts together. */
const COMMON = new Set(
  'about after again along available before below between could every first follow formal further gosport council borough their there these thing those through today tomorrow under until website where which while would please thank thanks thanked still other people residents monday tuesday wednesday thursday friday'.split(' '),
);

/** A word of five letters or more (not a common one) that both posts use: the later post picks up the first's subject. */
function sharesWord(post: Post, first: Post): boolean {
  const words = (p: Post) => new Set([...p.text.text.toLowerCase().matchAll(/\p{L}{5,}/gu)].map((m) => m[0]).filter((w) => !COMMON.has(w)));
  const mine = words(post);
  return [...words(first)].some((w) => mine.has(w));
}

/** The topics a post mentions, each with its first keyword. */
function topicsOf(post: Post): Map<Topic, PhraseHit> {
  const found = new Map<Topic, PhraseHit>();
  for (const topic of TOPICS) {
    const first = matchPhrases(post, topic.keywords)[0];
    if (first) found.set(topic, first);
  }
  return found;
}

/** Inside quotation marks: someone else's words ("my kids love it," said one parent). */
function quoted(text: string, at: number): boolean {
  const before = text.slice(0, at);
  const straight = (before.match(/"/g) ?? []).length;
  const open = (before.match(/“/g) ?? []).length - (before.match(/”/g) ?? []).length;
  return straight % 2 === 1 || open > 0;
}
