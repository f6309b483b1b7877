import type { Span } from '../types.js';
import type { Draft, Post } from './post.js';

/**
 * The posts written under the same metadata as `post`: a markdown draft's
 * thread, a YAML `text:` list, or one calendar entry (with its own thread).
 * What is required of a whole thread (a link, a statement) may be written in
 * any of its posts, and a missing field is reported once per thread.
 */
export function threadOf(post: Post, draft: Draft): Post[] {
  return draft.posts.filter((p) => p.meta === post.meta);
}

/** Whether `post` opens its thread (the post that carries the thread's reports). */
export function opensThread(post: Post, draft: Draft): boolean {
  return draft.posts.find((p) => p.meta === post.meta) === post;
}

/** Where to report a field that the post does not have: an empty span where its text starts. */
export function missingFieldSpan(post: Post): Span {
  return { start: post.body.start, end: post.body.start };
}
