import type { Post } from '../drafts/post.js';
import type { Hit, TermContext } from './scan.js';
import { termHits } from './scan.js';

/**
 * Whether rule `owner`, enabled for this draft, reports the very span of `hit` (the same words of
 * the same published text): a word is reported by one rule, so the rule asking gives it up. Used
 * where two lists meet through disguises: "p0rn" is on profanity's base list as written, while
 * the sexual rule reads it as "porn".
 */
export function ownedBy(owner: string, post: Post, hit: Hit, context: TermContext): boolean {
  if (!context.rules?.has(owner)) return false;
  return termHits(post, owner, context).some((h) => h.published === hit.published && h.start === hit.start && h.end === hit.end);
}
