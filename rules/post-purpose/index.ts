import type { Post } from '../../src/drafts/post.js';
import { missingFieldSpan, opensThread } from '../../src/drafts/threads.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

/**
 * Reports the absence of `purpose`, once per thread or calendar entry. A value
 * other than the three is already a metadata error at the field.
 */
export function check(post: Post, context: RuleContext<Options>): void {
  if (post.meta.purpose || post.fields.locate(['purpose']) || !opensThread(post, context.draft)) return;
  context.report({ messageId: 'missing', span: missingFieldSpan(post) });
}
