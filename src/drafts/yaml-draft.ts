import { isScalar, isSeq, parseDocument, visit, type Node, type Scalar, type YAMLMap } from 'yaml';
import { coreDiagnostic } from '../core-checks.js';
import type { LineIndex } from '../text/line-index.js';
import { TextMap } from '../text/text-map.js';
import type { RawDiagnostic, Span } from '../types.js';
import { DIRECTIVE_MARK, readDirective } from './directives.js';
import { isYamlMap, readFields, type Fields } from './fields.js';
import type { Directive, Draft, FieldLocator, Post } from './post.js';
import { hasYamlErrors, yamlErrorDiagnostics } from './yaml-errors.js';
import { YamlSource, type Path } from './yaml-source.js';

/**
 * A YAML draft: one post (`text:` plus metadata) or a content calendar
 * (`posts:`, a list of entries that each have `text:` and may override the
 * metadata written above the list). `text:` may be a list of texts: a thread.
 */
export function parseYamlDraft(text: string, lines: LineIndex): Draft {
  const diagnostics: RawDiagnostic[] = [];
  const source = new YamlSource(parseDocument(text, { prettyErrors: false }), text, 0);
  const draft: Draft = { format: 'yaml', text, posts: [], diagnostics, directives: [] };
  if (hasYamlErrors(source)) {
    diagnostics.push(...yamlErrorDiagnostics(source, 'The draft is not valid YAML'));
    return draft;
  }
  if (text.includes(DIRECTIVE_MARK)) draft.directives = yamlDirectives(source, lines);

  const root = source.doc.contents;
  if (!root || (isScalar(root) && root.value == null)) {
    diagnostics.push(coreDiagnostic('metadata', 'The draft is empty: write the post under `text:`, or a list of posts under `posts:`.', { start: 0, end: 0 }, null, { messageId: 'emptyPost' }));
    return draft;
  }
  if (!isYamlMap(root)) {
    diagnostics.push(coreDiagnostic('input', 'A YAML draft must be a mapping with `text:` (one post) or `posts:` (a calendar).', source.span(root)!, null, { messageId: 'notAMapping' }));
    return draft;
  }

  const hasPosts = root.has('posts');
  if (!hasPosts) {
    const fields = readFields(source, root, [], ['text'], 0, diagnostics);
    addPosts(draft, source, root, [], fields, diagnostics);
    return draft;
  }

  const shared = readFields(source, root, [], ['posts', 'text'], null, diagnostics);
  if (root.has('text')) {
    diagnostics.push(coreDiagnostic('metadata', 'Write `text:` inside each entry of `posts:`, not above the list.', source.span(source.key(['text']))!, null, { messageId: 'misplacedText' }));
  }
  const list = root.get('posts', true);
  if (!isSeq(list)) {
    diagnostics.push(coreDiagnostic('metadata', '`posts` must be a list of entries, each starting with `- text:`.', source.locate(['posts'])!, null, { messageId: 'invalidPosts' }));
    return draft;
  }
  list.items.forEach((item, i) => {
    const entry = i + 1;
    if (!isYamlMap(item)) {
      diagnostics.push(coreDiagnostic('metadata', `Entry ${entry} of \`posts\` must be a mapping with \`text:\`.`, source.span(item as Node) ?? source.locate(['posts'])!, null, { messageId: 'invalidEntry', entry }));
      return;
    }
    const before = diagnostics.length;
    const firstPost = draft.posts.length;
    const own = readFields(source, item, ['posts', i], ['text'], firstPost, diagnostics);
    addPosts(draft, source, item, ['posts', i], inherit(own, shared), diagnostics, entry);
    // Problems with the entry as a whole are numbered by the entry; an entry without text has no post.
    const hasPost = draft.posts.length > firstPost;
    for (const d of diagnostics.slice(before)) {
      d.entry = entry;
      if (!hasPost) d.post = null;
    }
  });
  return draft;
}

/** A calendar entry's fields on top of the shared ones (an entry's field replaces the shared field). */
function inherit(own: Fields, shared: Fields): Fields {
  const locator: FieldLocator = { locate: (path) => own.locator.locate(path) ?? shared.locator.locate(path) };
  return {
    meta: { ...shared.meta, ...own.meta },
    locator,
    attachments: own.meta.media ? own.attachments : shared.attachments,
    exception: own.meta.exception ? own.exception : shared.exception,
  };
}

function addPosts(draft: Draft, source: YamlSource, map: YAMLMap, path: Path, fields: Fields, diagnostics: RawDiagnostic[], entry?: number): void {
  const textNode = map.get('text', true) as Node | undefined;
  const firstKey = map.items[0]?.key as Node | undefined;
  const where = source.span(source.key([...path, 'text'])) ?? source.span(firstKey) ?? source.span(map)!;
  /** `place`: the text's place in a `text:` list (a thread), counted from 1. */
  const texts: { node: Scalar | undefined; span: Span; place?: number }[] = [];
  if (isSeq(textNode)) {
    textNode.items.forEach((item, i) => {
      if (isScalar(item)) texts.push({ node: item, span: source.span(item)!, place: textNode.items.length > 1 ? i + 1 : undefined });
      else diagnostics.push(coreDiagnostic('metadata', `Item ${i + 1} of \`text\` must be the text of one post.`, source.span(item as Node) ?? where, null, { messageId: 'invalidText', threadPost: i + 1 }));
    });
  } else if (isScalar(textNode) && textNode.value != null) {
    texts.push({ node: textNode, span: source.span(textNode)! });
  } else if (textNode && !isScalar(textNode)) {
    diagnostics.push(coreDiagnostic('metadata', '`text` must be the post text, or a list of texts for a thread.', source.span(textNode) ?? where, null, { messageId: 'invalidText' }));
    return;
  }
  // `text: Bins go out on Monday #GosportBins`: in YAML, " #" starts a comment, so the hashtag
  // would silently not be posted.
  for (const node of [textNode, ...(isSeq(textNode) ? textNode.items : [])]) {
    if (!isScalar(node) || (node.type !== 'PLAIN' && node.value != null) || typeof node.comment !== 'string' || !/^\S/.test(node.comment)) continue;
    const from = source.span(node)?.end ?? where.start;
    const at = source.file.indexOf('#' + node.comment.split('\n')[0]!, from);
    if (at < 0) continue;
    const tag = /^#\S+/.exec(source.file.slice(at))![0];
    diagnostics.push(
      coreDiagnostic(
        'metadata',
        `In YAML, a space then "#" starts a comment, so "${tag}" and what follows it on the line are not part of the post. Put the text in quotes, or write it as a block after \`text: |\`.`,
        { start: at, end: at + tag.length },
        draft.posts.length,
        { messageId: 'hashtagComment' },
      ),
    );
  }
  if (!texts.length) {
    const message = map.has('text') ? '`text` is empty: write the post text.' : 'There is no `text:` with the post text.';
    diagnostics.push(coreDiagnostic('metadata', message, where, null, { messageId: 'emptyPost' }));
    return;
  }
  const first = draft.posts.length;
  for (const { node, span, place } of texts) {
    const index = draft.posts.length;
    const text = node ? scalarText(source, node) : new TextMap();
    const post: Post = {
      index,
      entry,
      threadPost: place,
      format: 'yaml',
      meta: fields.meta,
      platforms: [],
      fields: fields.locator,
      text,
      nonProse: [],
      links: [],
      body: span,
      attachments: index === first ? fields.attachments : [],
      exception: fields.exception,
    };
    if (!text.text.trim()) diagnostics.push(coreDiagnostic('metadata', '`text` is empty: write the post text.', span, index, { messageId: 'emptyPost', threadPost: place }));
    draft.posts.push(post);
  }
}

function scalarText(source: YamlSource, node: Scalar): TextMap {
  if (typeof node.value === 'string') return source.scalarText(node);
  // A number or a boolean written as the text: publish what was typed.
  const map = new TextMap();
  if (node.range) map.appendVerbatim(source.file.slice(node.range[0], node.range[1]), node.range[0]);
  return map;
}

/** `# gbc-post-lint-disable-next-line` comments; one before a key covers that key's whole value. */
export function yamlDirectives(source: YamlSource, lines: LineIndex): Directive[] {
  const comments = source.comments().filter((c) => c.text.includes(DIRECTIVE_MARK));
  if (!comments.length) return [];
  const valueEndLine = new Map<number, number>();
  visit(source.doc, {
    Pair(_, pair) {
      const key = pair.key as Node | null;
      const value = pair.value as Node | null;
      if (!key?.range || !value?.range) return;
      const line = lines.position(source.base + key.range[0]).line;
      const last = lines.position(source.base + Math.max(value.range[0], value.range[1] - 1)).line;
      valueEndLine.set(line, Math.max(last, valueEndLine.get(line) ?? line));
    },
  });
  const out: Directive[] = [];
  for (const comment of comments) {
    const directive = readDirective(comment.text, comment.span.start, lines, (next) => valueEndLine.get(next) ?? next);
    if (directive) out.push(directive);
  }
  return out;
}
