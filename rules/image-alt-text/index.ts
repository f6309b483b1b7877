import { z } from 'zod';
import type { Attachment, Post } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { readRuleData } from '../../src/util/data-file.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const placeholderFile = z.array(z.strictObject({ term: z.string().trim().min(1), note: z.string().trim().min(1) }));

let placeholders: Set<string> | undefined;

function isPlaceholder(alt: string): boolean {
  placeholders ??= new Set(readRuleData('image-alt-text', 'placeholders.yaml', placeholderFile).map((p) => simplify(p.term)));
  return placeholders.has(simplify(alt));
}

/** Lower case, punctuation and a trailing number dropped: "Image 2." → "image". */
function simplify(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s]/gu, ' ')
    .replace(/\s+\d+\s*$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const REDUNDANT = /^\s*((?:an?\s+|the\s+)?(?:image|picture|photo|photograph|graphic|pic)\s+(?:of|showing)\b)/i;
const FILE_NAME = /^[\w ()-]+\.(?:jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?|svg)$/i;
const CAMERA_NAME = /^(?:img|dsc|dscn|dscf|pxl|photo|image|screenshot)[\s_-]?\d[\d_ -]*$/i;
const NAMES: Record<string, string> = { x: 'X', mastodon: 'Mastodon', bluesky: 'Bluesky' };

export function check(post: Post, context: RuleContext<Options>): void {
  for (const image of post.attachments) {
    if (image.kind !== 'image') continue;
    checkImage(image, post, context);
  }
}

function checkImage(image: Attachment, post: Post, context: RuleContext<Options>): void {
  const file = image.file;
  const alt = image.alt;
  const span = image.altSpan ?? image.span;
  if (alt === undefined) {
    context.report({ messageId: 'missing', data: { file }, span: image.span });
    return;
  }
  const trimmed = alt.trim();
  if (!trimmed) {
    context.report({ messageId: 'empty', data: { file }, span });
    return;
  }
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[^.]+$/, '');
  if (FILE_NAME.test(trimmed) || CAMERA_NAME.test(trimmed) || trimmed === base || trimmed === stem) {
    context.report({ messageId: 'filename', data: { alt: trimmed, file }, span });
    return;
  }
  if (isPlaceholder(trimmed)) {
    context.report({ messageId: 'placeholder', data: { alt: trimmed, file }, span });
    return;
  }
  if ([...trimmed].length < context.options.minLength) {
    context.report({ messageId: 'tooShort', data: { alt: trimmed, file, length: [...trimmed].length, min: context.options.minLength }, span });
    return;
  }
  const redundant = REDUNDANT.exec(alt);
  if (redundant) {
    context.report({ messageId: 'redundant', data: { prefix: redundant[1]!.trim() }, span });
  }
  const length = [...alt].length;
  for (const platform of post.platforms) {
    const limit = (context.options.maxLength as Record<string, number | undefined>)[platform];
    if (limit !== undefined && length > limit) {
      context.report({ messageId: 'tooLong', data: { file, length, limit, platform: NAMES[platform] ?? platform }, span });
    }
  }
}
