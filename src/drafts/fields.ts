import { isMap, isNode, isScalar, isSeq, type Scalar, type YAMLMap } from 'yaml';
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core';
import { coreDiagnostic } from '../core-checks.js';
import { PLATFORMS, type RawDiagnostic, type Span } from '../types.js';
import { didYouMean } from '../util/did-you-mean.js';
import { describeIssue } from '../util/issues.js';
import { mediaShape, METADATA_KEYS, metadataShape, type MediaMeta, type PostMeta } from './metadata.js';
import type { Attachment, ExceptionDeclaration, FieldLocator, PublishedText } from './post.js';
import type { Path, YamlSource } from './yaml-source.js';
import { entries } from './yaml-source.js';

const VIDEO = /\.(mp4|m4v|mov|webm|avi|mkv|wmv|mpe?g|3gp)$/i;

export function attachmentKind(file: string): 'image' | 'video' {
  return VIDEO.test(file) ? 'video' : 'image';
}

/** Metadata read from one YAML map (front matter, a YAML draft, or a calendar entry). */
export interface Fields {
  meta: PostMeta;
  locator: FieldLocator;
  attachments: Attachment[];
  exception?: ExceptionDeclaration | undefined;
}

/**
 * Validates the metadata fields of a YAML map field by field, so that one bad
 * field is reported at its key and the others still apply.
 *
 * @param extraKeys keys that belong to the draft format rather than to the metadata (`text`, `posts`).
 */
export function readFields(
  source: YamlSource,
  map: YAMLMap | undefined,
  mapPath: Path,
  extraKeys: readonly string[],
  post: number | null,
  diagnostics: RawDiagnostic[],
): Fields {
  const meta: Record<string, unknown> = {};
  const locate = (path: Path): Span | undefined => source.locate([...mapPath, ...path]);
  const fields: Fields = { meta: meta as PostMeta, locator: { locate }, attachments: [] };
  if (!map) return fields;

  const known = [...METADATA_KEYS, ...extraKeys];
  for (const { key, keyNode, value } of entries(map)) {
    const keySpan = source.span(keyNode) ?? source.span(map)!;
    if (!(key in metadataShape)) {
      if (extraKeys.includes(key)) continue;
      const hint = didYouMean(key, known);
      diagnostics.push(
        coreDiagnostic(
          'metadata',
          `Unknown field \`${key}\`${hint ? `; did you mean \`${hint}\`?` : '.'} The fields are ${known.map((k) => `\`${k}\``).join(', ')}.`,
          keySpan,
          post,
          { messageId: 'unknownField', data: { field: key } },
        ),
      );
      continue;
    }
    if (key === 'media') {
      const media = readMedia(source, value, mapPath, post, diagnostics);
      meta.media = media.map((a) => a.meta);
      fields.attachments = media.map(({ meta: _, ...attachment }) => attachment);
      continue;
    }
    const schema = metadataShape[key as keyof typeof metadataShape] as $ZodType;
    const raw = isNode(value) ? value.toJS(source.doc) : value;
    const result = safeParse(schema, raw ?? undefined);
    if (result.success) {
      if (result.data !== undefined) meta[key] = result.data;
      continue;
    }
    for (const issue of result.error.issues) {
      for (const { path, message, atKey } of describeField(key, issue, raw)) {
        const span = atKey ? source.span(source.key([...mapPath, ...path])) : locate(path);
        diagnostics.push(
          coreDiagnostic('metadata', message, span ?? keySpan, post, {
            messageId: 'invalidField',
            data: { field: path.join('.') },
          }),
        );
      }
    }
  }


  const exception = (meta as PostMeta).exception;
  if (exception) {
    const keyNode = source.key([...mapPath, 'exception']);
    fields.exception = {
      rules: (exception.rules ?? []).map((id, i) => ({ id, span: locate(['exception', 'rules', i])! })),
      reason: exception.reason?.trim() || undefined,
      approvedBy: (typeof exception.approvedBy === 'string' ? [exception.approvedBy] : exception.approvedBy ?? [])
        .map((name) => name.trim())
        .filter(Boolean),
      span: source.span(keyNode) ?? locate(['exception'])!,
    };
  }
  return fields;
}

const MEDIA_KEYS = Object.keys(mediaShape);

/**
 * The `media:` list, entry by entry and field by field, like the metadata itself: a mistake in
 * one field is reported at that field, and every valid entry is still checked (its alt text
 * above all). An entry without a valid `file` cannot be checked and is left out.
 */
function readMedia(source: YamlSource, value: unknown, mapPath: Path, post: number | null, diagnostics: RawDiagnostic[]): (Attachment & { meta: MediaMeta })[] {
  const at = (path: Path) => source.locate([...mapPath, 'media', ...path]);
  const report = (message: string, span: Span, messageId: string, field: string) =>
    diagnostics.push(coreDiagnostic('metadata', message, span, post, { messageId, data: { field } }));
  if (value == null || (isScalar(value) && value.value == null)) return [];
  if (!isSeq(value)) {
    report('`media`: expected a list of images and videos, each written `- file: bin-day.jpg` with `alt: …` under it.', at([])!, 'invalidField', 'media');
    return [];
  }
  const out: (Attachment & { meta: MediaMeta })[] = [];
  value.items.forEach((item, i) => {
    const entry = `\`media\` entry ${i + 1}`;
    if (!isMap(item)) {
      report(`${entry}: expected \`file:\` and \`alt:\` lines, such as \`- file: bin-day.jpg\` then \`alt: A green bin on a pavement\` under it.`, at([i]) ?? at([])!, 'invalidField', `media.${i}`);
      return;
    }
    const media: Record<string, unknown> = {};
    for (const { key, keyNode, value: fieldValue } of entries(item)) {
      const keySpan = source.span(keyNode) ?? at([i])!;
      if (!(key in mediaShape)) {
        const hint = didYouMean(key, MEDIA_KEYS);
        report(
          `Unknown field \`${key}\` in ${entry}${hint ? `; did you mean \`${hint}\`?` : '.'} The fields of a media entry are ${MEDIA_KEYS.map((k) => `\`${k}\``).join(', ')}.`,
          keySpan,
          'unknownField',
          `media.${i}.${key}`,
        );
        continue;
      }
      const raw = isNode(fieldValue) ? fieldValue.toJS(source.doc) : fieldValue;
      // `alt:` with nothing after it is an empty alt text (reported by image-alt-text), not a missing one.
      const result = safeParse(mediaShape[key as keyof typeof mediaShape] as $ZodType, key === 'alt' ? raw : raw ?? undefined);
      if (result.success) media[key] = result.data;
      else report(`${entry}, \`${key}\`: ${describeIssue(result.error.issues[0]!)}.`, at([i, key]) ?? keySpan, 'invalidField', `media.${i}.${key}`);
    }
    if (typeof media.file !== 'string') {
      const first = source.span(item.items[0]?.key as Scalar | undefined) ?? at([i])!;
      if (!item.has('file')) report(`${entry} has no \`file:\`: name the image or video, e.g. \`- file: bin-day.jpg\`.`, first, 'invalidField', `media.${i}.file`);
      return;
    }
    const meta = media as MediaMeta;
    out.push({
      from: 'metadata',
      file: meta.file,
      kind: attachmentKind(meta.file),
      alt: meta.alt === null ? '' : meta.alt,
      credit: meta.credit,
      licence: meta.licence,
      captions: meta.captions,
      span: at([i, 'file']) ?? at([i])!,
      altSpan: meta.alt === undefined ? undefined : textSpan(source, [...mapPath, 'media', i, 'alt']) ?? at([i, 'alt']),
      altText: meta.alt === undefined ? undefined : altText(source, [...mapPath, 'media', i, 'alt']),
      meta,
    });
  });
  return out;
}

function altText(source: YamlSource, path: Path): PublishedText | undefined {
  const node = source.node(path);
  return isScalar(node) && typeof node.value === 'string' ? { text: source.scalarText(node), nonProse: [], links: [] } : undefined;
}

/** The span of a scalar's text without quotes, block header or surrounding blanks; undefined for an empty value. */
function textSpan(source: YamlSource, path: Path): Span | undefined {
  const node = source.node(path);
  if (!isScalar(node) || typeof node.value !== 'string') return undefined;
  const text = source.scalarText(node);
  const start = text.text.search(/\S/);
  if (start < 0) return undefined;
  return text.toSource(start, text.text.trimEnd().length);
}

/** Turns a zod issue into messages at the most precise path, with a hint where one helps. */
function describeField(field: string, issue: $ZodIssue, raw: unknown): { path: Path; message: string; atKey?: boolean }[] {
  const path: Path = [field, ...(issue.path as (string | number)[])];
  const where = `\`${path.join('.')}\``;
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({ path: [...path, key], message: `Unknown field \`${[...path, key].join('.')}\` in \`${field}\`.`, atKey: true }));
  }
  let message = describeIssue(issue);
  if (field === 'platforms' && issue.path.length === 0 && typeof raw === 'string') message += ', such as [x] or [x, facebook]';
  const item = field === 'platforms' && Array.isArray(raw) && typeof issue.path[0] === 'number' ? raw[issue.path[0]] : undefined;
  if (issue.code === 'invalid_value' && typeof item === 'string') message = unknownPlatform(item);
  return [{ path, message: `${where}: ${message}.` }];
}

/** Names people write for a platform that are not its name here. */
const PLATFORM_ALIASES: Record<string, string> = { twitter: 'x', 'twitter.com': 'x', 'x.com': 'x', fb: 'facebook', ig: 'instagram', insta: 'instagram', bsky: 'bluesky', yt: 'youtube' };

function unknownPlatform(input: string): string {
  const list = `The platforms are ${PLATFORMS.join(', ')}`;
  const lower = input.trim().toLowerCase();
  if (PLATFORM_ALIASES[lower] === 'x') return `Twitter is now X: write \`x\`. ${list}`;
  const hint = PLATFORM_ALIASES[lower] ?? didYouMean(input, PLATFORMS);
  return `"${input}" is not a platform${hint ? `; did you mean \`${hint}\`?` : '.'} ${list}`;
}

export function isYamlMap(value: unknown): value is YAMLMap {
  return isMap(value);
}
