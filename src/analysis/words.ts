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
const CAPITAL = /^\p{Lu}/u;
/** Small words inside names: Mateus da Silva, Ludwig van Beethoven, Eid al-Fitr. */
const PARTICLES = new Set(['al', 'bin', 'da', 'das', 'de', 'del', 'della', 'der', 'di', 'do', 'dos', 'du', 'el', 'la', 'le', 'van', 'von']);

function sentence(node: Sentence, raw: string, out: Word[]): void {
  let previousEnd = -1;
  let previous: Word | undefined;
  let previousCapital = false;
  /** The capitalised word before `previous`, when only a space separates them. */
  let particle: Word | undefined;
  const children = node.children;
  // Plain loops: this runs for every word of every post, mostly before V8 optimises it.
  for (let index = 0; index < children.length; index++) {
    const child = children[index]!;
    if (child.type !== 'WordNode') continue;
    const start = child.position?.start.offset;
    const end = child.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    const before = children[index - 1];
    const after = children[index + 1];
    const value = toString(child);
    const capital = CAPITAL.test(value);
    if (previous && capital && NAME_GAP.test(raw.slice(previousEnd, start))) {
      previous.beforeCapital = true;
      // Mateus da Silva: the first name is before a name too.
      if (particle && PARTICLES.has(previous.value)) particle.beforeCapital = true;
    }
    particle = previous && previousCapital && raw.charCodeAt(start - 1) === 32 /* space */ ? previous : undefined;
    const parts: WordPart[] = [];
    for (const part of (child as WordNode).children) {
      const s = part.position?.start.offset;
      const e = part.position?.end.offset;
      if (s !== undefined && e !== undefined) parts.push({ value: toString(part), start: s, end: e });
    }
    const word: Word = {
      value,
      start,
      end,
      beforeCapital: false,
      sentenceStart: previousEnd < 0 || FRESH_START.test(raw.slice(previousEnd, start)),
      literal: before?.type === 'PunctuationNode' && OPENING_QUOTE.test(before.value)
        && after?.type === 'PunctuationNode' && CLOSING_QUOTE.test(after.value),
      parts,
    };
    out.push(word);
    previous = word;
    previousCapital = capital;
    previousEnd = end;
  }
}
