import type { Root } from 'nlcst';
import type { PublishedText } from '../drafts/post.js';
import type { Span } from '../types.js';
import { memo } from './memo.js';
import { syntaxTree } from './words.js';

/** The post's sentences, in order, as ranges of its text: from the retext tree that `words` reads too. */
export const sentences = memo((post: PublishedText): Span[] => {
  const out: Span[] = [];
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'SentenceNode') {
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      if (start !== undefined && end !== undefined) out.push({ start, end });
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
  };
  visit(syntaxTree(post));
  return out;
});

/**
 * The number of the sentence an offset belongs to: the last one starting at or before it (the
 * blanks after a sentence, where a hashtag or a link was, belong to it); 0 before the first.
 */
export function sentenceAt(spans: readonly Span[], offset: number): number {
  let low = 0;
  let high = spans.length - 1;
  let found = 0;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (spans[mid]!.start <= offset) {
      found = mid;
      low = mid + 1;
    } else high = mid - 1;
  }
  return found;
}
