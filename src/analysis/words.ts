import type { Root, Sentence, Word as WordNode } from 'nlcst';
import { toString } from 'nlcst-to-string';
import retextEnglish from 'retext-english';
import { unified } from 'unified';
import type { PublishedText } from '../drafts/post.js';
import { prose } from './entities.js';
import { memo } from './memo.js';

export interface WordPart {
  value: string;
  start: number;
  end: number;
}

export interface Word {
  /** The word as written, e.g. `Gosport's`, `drop-in`. */
  value: string;
  /** Range in the post text. */
  start: number;
  end: number;
  /**
   * The first word of its sentence, line or list item, or the first after a
   * colon or an emoji: a capital letter there says nothing about it being a name.
   */
  sentenceStart: boolean;
  /**
   * The next word of the sentence starts with a capital and only spaces, a
   * comma, a dash or an ampersand come between: "Priya Patel", "Hartley,
   * Susan", "Cockburn & Sons" (names in lists and signatures).
   */
  beforeCapital: boolean;
  /** A single word in quotation marks: mentioned rather than used (the word “bin”). */
  literal: boolean;
  /** The parts of a compound (`drop`, `-`, `in` of `drop-in`), as written, with their ranges. */
  parts: WordPart[];
}

const parser = unified().use(retextEnglish).freeze();

/** The post's prose (entities blanked out) parsed by retext into paragraphs, sentences and words. */
export const syntaxTree = memo((post: PublishedText): Root => parser.parse(prose(post)) as Root);

export const words = memo((post: PublishedText): Word[] => {
  const out: Word[] = [];
  const raw = post.text.text;
  const visit = (node: Root | Root['children'][number]): void => {
    if (node.type === 'SentenceNode') {
      sentence(node, raw, out);
      return;
    }
    if ('children' in node) for (const child of node.children) visit(child as Root['children'][number]);
  };
  visit(syntaxTree(post));
  return out;
});

/** What, between two words, starts something new: a line break, a colon, a bullet or an emoji. */
const FRESH_START = /[\n:•|]|\p{Extended_Pictographic}/u;
const OPENING_QUOTE = /^["“‘'«„]$/;
const CLOSING_QUOTE = /^["”’'»“]$/;

const NAME_GAP = /^[ \t,&–—-]+$/;
/** Small words inside names: Mateus da Silva, Ludwig van Beethoven, Eid al-Fitr. */
const PARTICLES = new Set(['al', 'bin', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'el', 'la', 'le', 'van', 'von']);

function sentence(node: Sentence, raw: string, out: Word[]): void {
  let previousEnd = -1;
  let previous: Word | undefined;
  /** The capitalised word before `previous`, when only a space separates them. */
  let particle: Word | undefined;
  const children = node.children;
  children.forEach((child, index) => {
    if (child.type !== 'WordNode') return;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const before = children[index - 1];
    const after = children[index + 1];
    const value = toString(child);
    if (previous && /^\p{Lu}/u.test(value) && NAME_GAP.test(raw.slice(previousEnd, start))) {
      previous.beforeCapital = true;
      // Mateus da Silva: the first name is before a name too.
      if (particle && PARTICLES.has(previous.value)) particle.beforeCapital = true;
    }
    particle = previous && / $/.test(raw.slice(previousEnd, start)) && /^\p{Lu}/u.test(previous.value) ? previous : undefined;
    const word: Word = {
      value,
      start,
      end,
      beforeCapital: false,
      sentenceStart: previousEnd < 0 || FRESH_START.test(raw.slice(previousEnd, start)),
      literal: before?.type === 'PunctuationNode' && OPENING_QUOTE.test(before.value)
        && after?.type === 'PunctuationNode' && CLOSING_QUOTE.test(after.value),
      parts: (child as WordNode).children.flatMap((part) => {
        const s = part.position?.start.offset;
        const e = part.position?.end.offset;
        return s === undefined || e === undefined ? [] : [{ value: toString(part), start: s, end: e }];
      }),
    };
    out.push(word);
    previous = word;
    previousEnd = end;
  });
}
