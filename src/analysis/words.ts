import type { Root, Sentence, Word as WordNode } from 'nlcst';
import { isLiteral } from 'nlcst-is-literal';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import type { PublishedText } from '../drafts/post.js';
import { prose } from './entities.js';
import { memo } from './memo.js';

export interface Word {
  /** The word as written, e.g. `Gosport's`, `drop-in`. */
  value: string;
  /** Range in the post text. */
  start: number;
  end: number;
  /** The first word of its sentence (so a capital letter says nothing about it being a name). */
  sentenceStart: boolean;
  /** Quoted or otherwise mentioned rather than used ("the word “bin”"). */
  literal: boolean;
  /** The parts of a compound (`drop`, `in` of `drop-in`), as written. */
  parts: string[];
}

const parser = unified().use(retextEnglish).freeze();

/** The post's prose (entities blanked out) parsed by retext into paragraphs, sentences and words. */
export const syntaxTree = memo((post: PublishedText): Root => parser.parse(prose(post)) as Root);

export const words = memo((post: PublishedText): Word[] => {
  const out: Word[] = [];
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'SentenceNode') {
      sentence(node, out);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
  };
  visit(syntaxTree(post));
  return out;
});

function sentence(node: Sentence, out: Word[]): void {
  let first = true;
  node.children.forEach((child, index) => {
    if (child.type !== 'WordNode') return;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) return;
    out.push({
      value: toString(child),
      start,
      end,
      sentenceStart: first,
      literal: isLiteral(node, index),
      parts: (child as WordNode).children.filter((part) => part.type === 'TextNode').map((part) => toString(part)),
    });
    first = false;
  });
}
