import type { Post } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { ownedBy, registerTermList, termHits, termReport } from '../../src/terms/index.js';
import { disreputeData } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

await registerTermList('disrepute', disreputeData);

/** Demeaning or defamatory words about people (the shared term scan); a word profanity reports at the same span is profanity's. */
export function check(post: Post, context: RuleContext<Options>): void {
  for (const hit of termHits(post, 'disrepute', context)) {
    if (!ownedBy('profanity', post, hit, context)) context.report(termReport(hit, 'configured'));
  }
}
