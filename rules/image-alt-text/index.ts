import type { Attachment, Post } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { imageAltTextData, simplify } from './data.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;

const placeholders = new Set((await loadCompiled(imageAltTextData)).placeholders);

const REDUNDANT = /^\s*((?:an?\s+|the\s+)?(?:image|picture|photo|photograph|graphic|pic)\s+(?:of|showing)\b)/i;
/** A file name: "IMG_2041 (1).jpg", "WhatsApp Image 2027-06-12 at 14.22.05.jpeg"; not a sentence that ends with one. */
const FILE_NAME = /^[^\s,;:!?]+(?: [^\s,;:!?]+){0,6}\.(?:jpe?g|png|gif|webp|heic|heif|avif|bmp|tiff?|svg)$/i;
const CAMERA_NAME = /^(?:img|dsc|dscn|dscf|pxl|photo|image|screenshot)[_-]?\d[\d_-]*$/i;
/**
 * The names phones and computers give screenshots and shared photos, without the extension:
 * "Screenshot 2026-05-01 at 10.15.32", "Screen Shot 2026-05-01 at 10.15.32 AM",
 * "Screenshot_20260501-101532", "WhatsApp Image 2027-06-12 at 14.22.05 (1)", "PXL_20260501_101532123".
 */
const DEVICE_NAME =
  /^(?:screen ?shot|whatsapp image|photo|image|img|pxl|signal)[ _-]*\d{4}[-_.]?\d{2}[-_.]?\d{2}(?:(?: at |[ _-])\d{1,2}[.:_-]?\d{2}(?:[.:_-]?\d{2,})?(?: ?[ap]\.?m\.?)?)?(?: ?\(\d+\))?$/i;
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
    // Only an <img> tag can lack alt text in markdown: `![](file)` has an empty one.
    context.report({ messageId: image.from === 'markdown' ? 'missingHtml' : 'missing', data: { file }, span: image.span });
    return;
  }
  const trimmed = alt.trim();
  if (!trimmed) {
    context.report({ messageId: 'empty', data: { file }, span });
    return;
  }
  if (placeholders.has(simplify(trimmed))) {
    context.report({ messageId: 'placeholder', data: { alt: trimmed, file }, span });
    return;
  }
  const base = file.split(/[\\/]/).pop() ?? file;
  const stem = base.replace(/\.[^.]+$/, '');
  // The file's name without its extension is a file name when it reads like one (bin_day-2, DSC0042),
  // not when the photo was saved under a description ("Stokes Bay beach at sunset.jpg").
  const stemIsName = trimmed === stem && (!/\s/.test(stem) || /[_\d]/.test(stem));
  if (FILE_NAME.test(trimmed) || CAMERA_NAME.test(trimmed) || DEVICE_NAME.test(trimmed) || trimmed === base || stemIsName) {
    context.report({ messageId: 'filename', data: { alt: trimmed, file }, span });
    return;
  }
  if ([...trimmed].length < context.options.minLength) {
    context.report({ messageId: 'tooShort', data: { alt: trimmed, file, length: [...trimmed].length, min: context.options.minLength }, span });
    return;
  }
  const redundant = REDUNDANT.exec(trimmed);
  if (redundant) {
    context.report({ messageId: 'redundant', data: { prefix: redundant[1]!.trim() }, span });
  }
  const length = [...trimmed].length;
  for (const platform of post.platforms) {
    const limit = (context.options.maxLength as Record<string, number | undefined>)[platform];
    if (limit !== undefined && length > limit) {
      context.report({ messageId: 'tooLong', data: { file, length, limit, platform: NAMES[platform] ?? platform }, span });
    }
  }
}
