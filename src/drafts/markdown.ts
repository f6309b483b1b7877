import { decodeNamedCharacterReference } from 'decode-named-character-reference';
import type { Emphasis, Html, Nodes, PhrasingContent, RootContent, Strong } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { frontmatterFromMarkdown } from 'mdast-util-frontmatter';
import { gfmFromMarkdown } from 'mdast-util-gfm';
import { frontmatter } from 'micromark-extension-frontmatter';
import { gfm } from 'micromark-extension-gfm';
import { parseDocument } from 'yaml';
import { coreDiagnostic } from '../core-checks.js';
import type { LineIndex } from '../text/line-index.js';
import { TextMap, useNamedCharacterReferences } from '../text/text-map.js';
import type { RawDiagnostic, Span } from '../types.js';
import { DIRECTIVE_MARK, readDirective } from './directives.js';
import { findBrokenFrontMatter, maskBefore } from './front-matter.js';
import { htmlImages } from './html-image.js';
import { attachmentKind, isYamlMap, readFields, type Fields } from './fields.js';
import type { Attachment, Directive, Draft, Post, PublishedText } from './post.js';
import { YamlSource } from './yaml-source.js';
import { yamlDirectives } from './yaml-draft.js';
import { hasYamlErrors, yamlErrorDiagnostics } from './yaml-errors.js';

useNamedCharacterReferences(decodeNamedCharacterReference);

let options: Parameters<typeof fromMarkdown>[1] | undefined;

/** The parser's extensions, made once: building them for every draft costs more than parsing a short one. */
function markdownOptions(): NonNullable<typeof options> {
  options ??= {
    extensions: [frontmatter(['yaml']), gfm()],
    mdastExtensions: [frontmatterFromMarkdown(['yaml']), gfmFromMarkdown()],
  };
  return options;
}

/**
 * A markdown draft: optional YAML front matter, then the post text. A
 * thematic break (`---`, `***` or `___` on a line of its own, after a blank
 * line) starts the next post of a thread. HTML comments, images and link
 * reference definitions are not published; images are attachments.
 */
export function parseMarkdownDraft(text: string, lines: LineIndex): Draft {
  const diagnostics: RawDiagnostic[] = [];
  const directives: Directive[] = [];
  let tree = fromMarkdown(text, markdownOptions());
  // What markdown reads: the file, or the file with broken front matter blanked out.
  let src = text;

  let fields: Fields = readFields(emptySource(text), undefined, [], [], null, diagnostics);
  let matter: { yaml: Span; end: number } | undefined;
  const yamlNode = tree.children[0]?.type === 'yaml' ? tree.children[0] : undefined;
  if (yamlNode?.position) {
    const start = yamlNode.position.start.offset!;
    const end = yamlNode.position.end.offset!;
    matter = { yaml: frontMatterYaml(text, start, end), end };
  } else {
    // Front matter after a blank line, fenced by `----`, or never closed: say so, and read it all the same.
    const broken = findBrokenFrontMatter(text);
    if (broken) {
      for (const problem of broken.problems) diagnostics.push(coreDiagnostic('input', problem.message, problem.span, null, { messageId: problem.messageId }));
      src = maskBefore(text, broken.end);
      tree = fromMarkdown(src, markdownOptions());
      matter = broken;
    }
  }
  const body = tree.children.filter((node) => node.type !== 'yaml');
  if (matter) {
    const source = new YamlSource(parseDocument(text.slice(matter.yaml.start, matter.yaml.end), { prettyErrors: false }), text, matter.yaml.start);
    if (hasYamlErrors(source)) {
      diagnostics.push(...yamlErrorDiagnostics(source, 'The front matter is not valid YAML'));
    } else {
      const contents = source.doc.contents;
      if (contents && !isYamlMap(contents)) {
        diagnostics.push(coreDiagnostic('input', 'The front matter must be a list of `field: value` lines.', source.span(contents)!, null, { messageId: 'notAMapping' }));
      } else {
        fields = readFields(source, contents ?? undefined, [], [], null, diagnostics);
      }
    }
    if (text.includes(DIRECTIVE_MARK, source.base)) directives.push(...yamlDirectives(source, lines));
  }

  // Split the body into posts at thematic breaks.
  const groups: RootContent[][] = [[]];
  for (const node of body) {
    if (node.type === 'thematicBreak') groups.push([]);
    else groups[groups.length - 1]!.push(node);
  }

  const bodyStart = matter ? lineAfter(text, Math.max(0, matter.end - 1)) : 0;
  let previousEnd = bodyStart;
  const definitions = new Map<string, string>();
  // Anywhere in the draft: a definition may sit in a quote or a list item.
  const collect = (node: Nodes): void => {
    if (node.type === 'definition') definitions.set(node.identifier, node.url);
    else if ('children' in node) for (const child of node.children as Nodes[]) collect(child);
  };
  for (const node of body) collect(node);
  const posts: Post[] = groups.map((group, index) => {
    const renderer = new Renderer(src, definitions);
    renderer.blocks(group);
    const content = group.filter((node) => node.type !== 'html' && node.type !== 'definition');
    const start = content[0]?.position?.start.offset ?? previousEnd;
    const end = content.at(-1)?.position?.end.offset ?? start;
    previousEnd = nextBreakEnd(body, group.at(-1)?.position?.end.offset ?? start) ?? end;
    const attachments = renderer.images;
    const underlines = setextUnderlines(content, src);
    // "First post\n---\nSecond post": the writer meant a thread, markdown made a heading of one post.
    if (content.length > 1) {
      for (const span of underlines) {
        diagnostics.push(coreDiagnostic('metadata', SETEXT_MESSAGE, span, index, { messageId: 'setextUnderline', severity: 'warning' }));
      }
    }
    return {
      index,
      threadPost: groups.length > 1 ? index + 1 : undefined,
      format: 'markdown' as const,
      meta: fields.meta,
      platforms: [],
      fields: fields.locator,
      text: renderer.out,
      nonProse: renderer.nonProse,
      links: renderer.links,
      ...(renderer.quotes.length ? { blockQuotes: renderer.quotes } : {}),
      body: { start, end: Math.max(start, end) },
      attachments: index === 0 ? [...fields.attachments, ...attachments] : attachments,
      exception: fields.exception,
      ...(underlines.length ? { setextUnderlines: underlines } : {}),
    };
  });

  for (const post of posts) {
    if (!post.text.text.trim() && !post.attachments.length) {
      const what = posts.length > 1 ? `Post ${post.index + 1} of this thread is empty` : 'The draft has no post text';
      diagnostics.push(
        coreDiagnostic('metadata', `${what}: write the post after the front matter, or remove the extra \`---\`.`, post.body, post.index, {
          messageId: 'emptyPost',
        }),
      );
    }
  }

  if (text.includes(DIRECTIVE_MARK)) {
    visitHtml(tree, (node) => {
      const at = node.position?.start.offset;
      if (at === undefined) return;
      const directive = readDirective(node.value, at, lines);
      if (directive) directives.push(directive);
    });
  }

  return { format: 'markdown', text, posts, diagnostics, directives };
}

const SETEXT_MESSAGE =
  'This `---` is straight under a line of text, so markdown reads it as a heading underline and this is still one post: add a blank line before `---` to start a new post (or, if you meant a heading, remove the `---`: posts have no headings).';

/**
 * The `---` lines straight under a line of text (setext heading underlines): a writer who puts
 * one there almost always meant a post break. Their spans, without the indentation.
 */
function setextUnderlines(nodes: readonly RootContent[], src: string): Span[] {
  const out: Span[] = [];
  for (const node of nodes) {
    if (node.type !== 'heading' || node.depth !== 2 || !node.position) continue;
    const end = node.position.end.offset!;
    const underline = /(?:\r\n|\r|\n)[ \t]*(-+)[ \t]*$/.exec(src.slice(node.position.start.offset!, end));
    if (!underline) continue;
    const start = end - underline[0].length + underline[0].indexOf('-');
    out.push({ start, end: start + underline[1]!.length });
  }
  return out;
}

/**
 * The document of a draft without front matter, parsed once and shared by every such draft: the
 * linter only reads parsed documents (no `set`, `delete` or `setIn`), and must go on doing so.
 */
let emptyDocument: YamlSource['doc'] | undefined;

function emptySource(text: string): YamlSource {
  return new YamlSource((emptyDocument ??= parseDocument('')), text, 0);
}

/** Where the YAML between the front matter fences of a `yaml` node is. */
function frontMatterYaml(text: string, start: number, end: number): Span {
  const open = lineAfter(text, start);
  // The closing fence is the last line of the node.
  let close = end;
  while (close > open && text[close - 1] !== '\n' && text[close - 1] !== '\r') close--;
  return { start: open, end: Math.max(open, close) };
}

function lineAfter(text: string, offset: number): number {
  const m = /\r\n|\n|\r/g;
  m.lastIndex = offset;
  const found = m.exec(text);
  return found ? found.index + found[0].length : text.length;
}

function nextBreakEnd(body: RootContent[], after: number): number | undefined {
  for (const node of body) {
    if (node.type === 'thematicBreak' && node.position && node.position.start.offset! >= after) return node.position.end.offset;
  }
  return undefined;
}

function visitHtml(node: Nodes, fn: (node: Html) => void): void {
  if (node.type === 'html') fn(node);
  if ('children' in node) for (const child of node.children) visitHtml(child, fn);
}

/** Renders mdast to the text that will be published, keeping a map to the source. */
class Renderer {
  readonly out = new TextMap();
  readonly nonProse: { start: number; end: number }[] = [];
  readonly links: { start: number; end: number }[] = [];
  readonly images: Attachment[] = [];
  /** Ranges of `out` written as markdown block quotes (`> …`). */
  readonly quotes: { start: number; end: number }[] = [];

  constructor(
    private readonly src: string,
    /** Link reference definitions (`[id]: file.jpg`), for reference-style images. */
    private readonly definitions: ReadonlyMap<string, string>,
  ) {}

  blocks(nodes: readonly Nodes[], separator = '\n\n'): void {
    let first = true;
    for (const node of nodes) {
      if (!this.isPublished(node)) {
        this.collectImages(node);
        continue;
      }
      const before = this.out.text.length;
      if (!first) this.out.appendSynthetic(separator, node.position?.start.offset ?? 0);
      const afterSeparator = this.out.text.length;
      this.block(node);
      if (this.out.text.length === afterSeparator && !first) {
        // Nothing was published (a paragraph holding only an image): drop the separator again.
        this.out.truncate(before);
      } else if (this.out.text.length > afterSeparator) first = false;
    }
  }

  private isPublished(node: Nodes): boolean {
    if (node.type === 'html') return this.afterComment(node) !== undefined;
    return node.type !== 'definition' && node.type !== 'yaml' && node.type !== 'footnoteDefinition';
  }

  /**
   * Text after an HTML comment on the same line (`<!-- check -->Sorry for…`):
   * markdown makes the whole line part of the comment's block, but a platform
   * would publish the words. Its range in the source, or undefined.
   */
  private afterComment(node: Html): { start: number; end: number } | undefined {
    const pos = node.position;
    if (!pos || !node.value.startsWith('<!--')) return undefined;
    const close = node.value.indexOf('-->');
    if (close < 0) return undefined;
    // Up to the next comment on the line, if any (a note at the end of the line).
    const next = node.value.indexOf('<!--', close);
    const rest = node.value.slice(close + 3, next < 0 ? undefined : next);
    const lead = rest.length - rest.trimStart().length;
    if (!rest.trim() || rest.includes('\n')) return undefined;
    const start = pos.start.offset! + close + 3 + lead;
    return { start, end: start + rest.trim().length };
  }

  private block(node: Nodes): void {
    switch (node.type) {
      case 'paragraph':
      case 'heading':
      case 'tableCell':
        this.inline(node.children);
        return;
      case 'blockquote': {
        const from = this.out.text.length;
        this.blocks(node.children);
        if (this.out.text.length > from) this.quotes.push({ start: from, end: this.out.text.length });
        return;
      }
      case 'list':
        this.blocks(node.children, '\n');
        return;
      case 'listItem': {
        const start = node.position?.start.offset;
        const first = node.children[0]?.position?.start.offset;
        if (start !== undefined && first !== undefined && first > start) {
          const marker = this.src.slice(start, first).replace(/\s+$/, '');
          this.out.appendVerbatim(marker, start);
          this.out.appendSynthetic(' ', start + marker.length);
        }
        this.blocks(node.children, '\n');
        return;
      }
      case 'code': {
        const from = this.out.text.length;
        const pos = node.position!;
        const open = lineAfter(this.src, pos.start.offset!);
        const fenced = /^\s*(```|~~~)/.test(this.src.slice(pos.start.offset!, open));
        this.out.appendDecoded(lf(node.value), this.src, fenced ? open : pos.start.offset!, pos.end.offset!, 'yaml-block');
        this.nonProse.push({ start: from, end: this.out.text.length });
        return;
      }
      case 'html': {
        this.htmlImage(node);
        const after = this.afterComment(node);
        if (after) this.out.appendDecoded(this.src.slice(after.start, after.end), this.src, after.start, after.end, 'markdown');
        return;
      }
      case 'table':
        this.blocks(node.children, '\n');
        return;
      case 'tableRow':
        this.blocks(node.children, ' ');
        return;
      default:
        if ('children' in node) this.inline(node.children as PhrasingContent[]);
    }
  }

  private inline(nodes: readonly PhrasingContent[]): void {
    for (const node of nodes) {
      const pos = node.position;
      switch (node.type) {
        case 'text':
          if (pos) this.out.appendDecoded(lf(node.value), this.src, pos.start.offset!, pos.end.offset!, 'markdown');
          else this.out.appendSynthetic(node.value, 0);
          break;
        case 'inlineCode': {
          const from = this.out.text.length;
          if (pos) {
            const raw = this.src.slice(pos.start.offset!, pos.end.offset!);
            const ticks = /^`+/.exec(raw)?.[0].length ?? 1;
            this.out.appendDecoded(node.value, this.src, pos.start.offset! + ticks, pos.end.offset! - ticks, 'yaml-block');
          } else this.out.appendSynthetic(node.value, 0);
          this.nonProse.push({ start: from, end: this.out.text.length });
          break;
        }
        case 'emphasis':
        case 'strong':
          this.emphasis(node);
          break;
        case 'delete':
          // Struck-through letters are still shown: ~~sh~~it reads "shit".
          this.inline(node.children);
          break;
        case 'linkReference':
        case 'link': {
          const url = node.type === 'link' ? node.url : this.definitions.get(node.identifier);
          const before = this.out.text.length;
          this.inline(node.children);
          if (url === undefined) break;
          const shown = this.out.text.slice(before);
          if (isSameAddress(shown, url)) {
            this.links.push({ start: before, end: this.out.text.length });
          } else if (pos) {
            // A platform cannot hide an address behind link text: publish both.
            const raw = this.src.slice(pos.start.offset!, pos.end.offset!);
            const at = node.type === 'link' ? raw.lastIndexOf(url) : -1;
            this.out.appendSynthetic(' ', pos.end.offset!);
            const start = this.out.text.length;
            if (at >= 0) this.out.appendVerbatim(url, pos.start.offset! + at);
            else this.out.appendSynthetic(url, pos.end.offset!);
            this.links.push({ start, end: this.out.text.length });
          }
          break;
        }
        case 'break':
          this.out.appendSynthetic('\n', pos?.start.offset ?? 0);
          break;
        case 'image':
        case 'imageReference':
          this.image(node);
          break;
        case 'html': {
          // Not published; but a line break tag breaks the line, and a tag between two words
          // (today<br>bloody, word<!-- note -->word) still parts them. An <img> is an attachment.
          this.htmlImage(node);
          const at = pos?.start.offset ?? 0;
          if (/^<br\s*\/?>$/i.test(node.value)) this.out.appendSynthetic('\n', at);
          else if (/[\p{L}\p{N}]/u.test(this.out.text.at(-1) ?? '') && /[\p{L}\p{N}]/u.test(this.src[pos?.end.offset ?? 0] ?? '')) this.out.appendSynthetic(' ', at);
          break;
        }
        default:
          // footnote references: not published.
          break;
      }
    }
  }

  /**
   * Emphasis is published as its text, but asterisks inside a word are not
   * emphasis to a reader: "sh*t and f*ck" is a disguised swear word twice, not
   * "sh" + italic "t and f" + "ck". There the delimiters are kept.
   */
  private emphasis(node: Emphasis | Strong): void {
    const pos = node.position;
    const first = node.children[0]?.position;
    const last = node.children[node.children.length - 1]?.position;
    const word = /[\p{L}\p{N}]/u;
    if (!pos || !first || !last || !(word.test(this.src[pos.start.offset! - 1] ?? '') || word.test(this.src[pos.end.offset!] ?? ''))) {
      this.inline(node.children);
      return;
    }
    this.out.appendVerbatim(this.src.slice(pos.start.offset!, first.start.offset!), pos.start.offset!);
    this.inline(node.children);
    this.out.appendVerbatim(this.src.slice(last.end.offset!, pos.end.offset!), last.end.offset!);
  }

  private collectImages(node: Nodes): void {
    if (node.type === 'image' || node.type === 'imageReference') this.image(node);
    else if (node.type === 'html') this.htmlImage(node);
    else if ('children' in node) for (const child of node.children as Nodes[]) this.collectImages(child);
  }

  /** `<img src="…" alt="…">` written as HTML in the draft: an attachment like `![alt](file)`. */
  private htmlImage(node: Html): void {
    const at = node.position?.start.offset;
    if (at === undefined) return;
    for (const tag of htmlImages(this.src.slice(at, node.position!.end.offset!), at)) {
      const file = tag.src?.value ?? '';
      let altText: PublishedText | undefined;
      if (tag.alt?.value) {
        const text = new TextMap();
        text.appendDecoded(lf(tag.alt.value), this.src, tag.alt.start, tag.alt.end, 'markdown');
        altText = { text, nonProse: [], links: [] };
      }
      this.images.push({
        from: 'markdown',
        file,
        kind: attachmentKind(file),
        alt: tag.alt?.value,
        span: { start: tag.start, end: tag.end },
        altSpan: tag.alt && tag.alt.end > tag.alt.start ? { start: tag.alt.start, end: tag.alt.end } : undefined,
        altText,
      });
    }
  }

  private image(node: Extract<Nodes, { type: 'image' | 'imageReference' }>): void {
    const pos = node.position;
    if (!pos) return;
    const start = pos.start.offset!;
    const end = pos.end.offset!;
    const raw = this.src.slice(start, end);
    const close = node.type === 'image' ? raw.lastIndexOf('](') : raw.indexOf(']');
    const altSpan: Span | undefined = close > 2 ? { start: start + 2, end: start + close } : undefined;
    let altText: PublishedText | undefined;
    if (altSpan && node.alt) {
      const text = new TextMap();
      text.appendDecoded(lf(node.alt), this.src, altSpan.start, altSpan.end, 'markdown');
      altText = { text, nonProse: [], links: [] };
    }
    const file = node.type === 'image' ? node.url : (this.definitions.get(node.identifier) ?? node.identifier);
    this.images.push({
      from: 'markdown',
      file,
      kind: attachmentKind(file),
      alt: node.alt ?? '',
      span: { start, end },
      altSpan,
      altText,
    });
  }

}

/** Platforms publish a line break as one character, however the draft was saved. */
function lf(value: string): string {
  return value.replace(/\r\n?/g, '\n');
}

function isSameAddress(shown: string, url: string): boolean {
  // The address shown in another form (gosport.gov.uk/bins for https://www.gosport.gov.uk/bins/) is still the address.
  const bare = (s: string) => s.replace(/^(mailto:|https?:\/\/)/i, '').replace(/^www\./i, '').replace(/\/$/, '').toLowerCase();
  return bare(shown) === bare(url);
}

