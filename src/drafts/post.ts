import type { TextMap } from '../text/text-map.js';
import type { Platform, RawDiagnostic, Span } from '../types.js';
import type { PostMeta } from './metadata.js';

export type DraftFormat = 'markdown' | 'yaml';

/**
 * Text that will be published, mapped to the source, with the parts the
 * draft itself marks as code or links: a post's text, or an image's alt text.
 */
export interface PublishedText {
  text: TextMap;
  /** Ranges of `text` that are not prose (code). */
  nonProse: { start: number; end: number }[];
  /** Ranges of `text` that the draft itself marks as web addresses (markdown links). */
  links: { start: number; end: number }[];
}

/** An image or video attached to a post: a `media:` entry or a markdown image. */
export interface Attachment {
  from: 'metadata' | 'markdown';
  file: string;
  kind: 'image' | 'video';
  /** The alt text, or undefined when none is given at all. */
  alt: string | undefined;
  credit?: string | undefined;
  licence?: string | undefined;
  /** Videos: whether they are captioned, or the captions file. */
  captions?: boolean | string | undefined;
  /** The whole entry (`![alt](file)`, or the `file:` value of a media entry). */
  span: Span;
  /** Where the alt text is written, when it is. */
  altSpan?: Span | undefined;
  /** The alt text mapped to the source, for the rules that read it as published text. */
  altText?: PublishedText | undefined;
}

/** A §8 exception declared in metadata; one declaration can cover several posts. */
export interface ExceptionDeclaration {
  rules: { id: string; span: Span }[];
  reason: string | undefined;
  approvedBy: string[];
  /** The `exception:` key. */
  span: Span;
}

/** Finds where metadata is written, for diagnostics about a field. */
export interface FieldLocator {
  /** Span of a field's value (or its key when the value is empty); undefined when the field is not written. */
  locate(path: readonly (string | number)[]): Span | undefined;
}

/** One post of a draft, ready for the rules. */
export interface Post extends PublishedText {
  /** Index of the post within the file, counted from 0 over every post of every entry. */
  index: number;
  /** The calendar entry (of `posts:`) the post belongs to, counted from 1; undefined outside calendars. */
  entry?: number | undefined;
  /** The post's place in its thread, counted from 1; undefined when the post is not part of a thread of several posts. */
  threadPost?: number | undefined;
  format: DraftFormat;
  meta: PostMeta;
  /** The platforms this post goes to: `platforms:`, else the channel's platforms. */
  platforms: Platform[];
  fields: FieldLocator;
  /** Where the post is written in the file; an empty span at its start when it has no text. */
  body: Span;
  attachments: Attachment[];
  /** Markdown: ranges of `text` written as block quotes (`> …`), for the rules that read quotations. */
  blockQuotes?: { start: number; end: number }[] | undefined;
  exception?: ExceptionDeclaration | undefined;
  /**
   * Markdown: `---` lines straight under a line of text, which markdown reads as heading
   * underlines although the writer most likely meant a new post of the thread.
   */
  setextUnderlines?: Span[] | undefined;
}

/** An inline `gbc-post-lint-disable-next-line` comment. */
export interface Directive {
  /** The directive as written: `gbc-post-lint-disable-next-line`, or another form, which waives nothing. */
  form: { name: string; span: Span };
  /** Rule ids; a comment without any waives nothing. */
  rules: { id: string; span: Span }[];
  reason: string | undefined;
  span: Span;
  /** The lines (1-based, inclusive) whose diagnostics it covers. */
  fromLine: number;
  toLine: number;
}

export interface Draft {
  format: DraftFormat;
  /** The decoded file text (BOM removed): every span points into it. */
  text: string;
  posts: Post[];
  /** Problems found while reading the draft (invalid YAML, invalid metadata). */
  diagnostics: RawDiagnostic[];
  directives: Directive[];
}
