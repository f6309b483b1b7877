import { decodeCharacterReferences } from '../text/text-map.js';

/** An attribute value of an `<img>` tag, decoded, with where it is written. */
export interface HtmlAttribute {
  value: string;
  /** The value as written (inside the quotes), in file offsets. */
  start: number;
  end: number;
}

export interface HtmlImage {
  /** The whole tag, in file offsets. */
  start: number;
  end: number;
  src: HtmlAttribute | undefined;
  /** Undefined when the tag has no `alt` attribute at all. */
  alt: HtmlAttribute | undefined;
}

// HTML's own syntax for a start tag and its attributes (WHATWG HTML, "13.1.2.3 Attributes"):
// a name, optionally `=` and a double-quoted, single-quoted or unquoted value.
const IMG_TAG = /<img(?=[\s/>])((?:[^>"']|"[^"]*"|'[^']*')*)>/gi;
const ATTRIBUTE = /([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?/g;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;

/**
 * The `<img>` tags of a raw HTML node of the markdown tree, with their `src` and `alt`.
 *
 * The markdown parser has already isolated the HTML (the node); what is left is to read the
 * attributes of one kind of tag. No HTML parser is a dependency of this package (parse5 is on
 * disk only as part of a development tool), and the attribute syntax is small and fixed, so it
 * is read here, limited to `<img …>` tags outside comments (which are notes, never published).
 *
 * @param html the node's value, as written in the file from offset `at`
 */
export function htmlImages(html: string, at: number): HtmlImage[] {
  if (!/<img/i.test(html)) return [];
  const text = html.replace(COMMENT, (comment) => ' '.repeat(comment.length));
  const images: HtmlImage[] = [];
  for (const tag of text.matchAll(IMG_TAG)) {
    const attributesAt = at + tag.index + 4;
    const image: HtmlImage = { start: at + tag.index, end: at + tag.index + tag[0].length, src: undefined, alt: undefined };
    for (const attribute of tag[1]!.matchAll(ATTRIBUTE)) {
      const name = attribute[1]!.toLowerCase();
      if ((name !== 'src' && name !== 'alt') || image[name]) continue;
      const raw = attribute[2] ?? attribute[3] ?? attribute[4];
      // `alt` with no value is an empty alt text; the value starts after any quote.
      const valueAt = raw === undefined ? attribute.index + attribute[0].length : attribute.index + attribute[0].length - raw.length - (attribute[4] === undefined ? 1 : 0);
      const start = attributesAt + valueAt;
      image[name] = { value: decodeCharacterReferences(raw ?? ''), start, end: start + (raw ?? '').length };
    }
    images.push(image);
  }
  return images;
}
