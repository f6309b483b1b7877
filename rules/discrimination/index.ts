import type { Post } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { ownedBy, registerTermList, termHits, termReport, type Hit } from '../../src/terms/index.js';
import { discriminationData } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

await registerTermList('discrimination', discriminationData);

/**
 * Words that may follow a group noun ("the disabled", "the elderly") when it is used as a noun:
 * "services for the elderly and their carers", "the disabled who live alone". Any other word after
 * it is what the adjective describes ("the disabled parking bays", "the elderly care unit").
 */
const AFTER_GROUP_NOUN = new Set(
  (
    'and or nor but in into of on at to for from with without by as than who whom whose which that ' +
    'are is was were be been being will would can could should may might must shall have has had do does did ' +
    'need needs deserve deserves live lives living across around throughout within among amongst alike too also ' +
    'themselves often still get gets feel feels face faces not so here there like because if when while where ' +
    'every each this next today tonight tomorrow weekly daily always never usually'
  ).split(' '),
);
const NEXT_WORD = /^[\s\u00a0]*([\p{L}\p{M}'’-]+)/u;

/** Whether a hit of a "the …" entry is used as a noun for a group of people, not as an adjective. */
function groupNoun(hit: Hit): boolean {
  const next = NEXT_WORD.exec(hit.published.text.text.slice(hit.end, hit.end + 40));
  return !next || AFTER_GROUP_NOUN.has(next[1]!.toLowerCase());
}

export function check(post: Post, context: RuleContext<Options>): void {
  for (const hit of termHits(post, 'discrimination', context)) {
    if (hit.entry.words[0] === 'the' && hit.entry.words.length > 1 && !groupNoun(hit)) continue;
    // A disguised spelling that profanity's list has as written is profanity's finding.
    if (ownedBy('profanity', post, hit, context)) continue;
    context.report(termReport(hit, 'configured'));
  }
}
