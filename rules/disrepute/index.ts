import type { Post } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { ownedBy, registerTermList, termHits, termReport } from '../../src/terms/index.js';
import { disreputeData } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

await registerTermList('disrepute', disreputeData);

/** A beginner's guide ("the idiot's guide to composting", "an idiots' guide"): a possessive ending and then "guide". */
const GUIDE = /^['’]s?\s+guide\b/iu;

/** Demeaning or defamatory words about people (the shared term scan); a word profanity reports at the same span is profanity's. */
export function check(post: Post, context: RuleContext<Options>): void {
  for (const hit of termHits(post, 'disrepute', context)) {
    if (GUIDE.test(hit.published.text.text.slice(hit.end, hit.end + 12))) continue;
    if (!ownedBy('profanity', post, hit, context)) context.report(termReport(hit, 'configured'));
  }
}
