import { isMap, isNode, isScalar, type YAMLMap } from 'yaml';
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core';
import { coreDiagnostic } from '../core-checks.js';
import type { RawDiagnostic, Span } from '../types.js';
import { didYouMean } from '../util/did-you-mean.js';
import { describeIssue } from '../util/issues.js';
import { METADATA_KEYS, metadataShape, type PostMeta } from './metadata.js';
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
          `Unknown field \`${key}\`${hint ? `; did you mean \`${hint}\`?` : ''} The fields are ${known.map((k) => `\`${k}\``).join(', ')}.`,
          keySpan,
          post,
          { messageId: 'unknownField', data: { field: key } },
        ),
      );
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

  fields.attachments = ((meta as PostMeta).media ?? []).map((item, i): Attachment => {
    const span = locate(['media', i, 'file']) ?? locate(['media', i])!;
    return {
      from: 'metadata',
      file: item.file,
      kind: attachmentKind(item.file),
      alt: item.alt === null ? '' : item.alt,
      credit: item.credit,
      licence: item.licence,
      captions: item.captions,
      span,
      altSpan: item.alt === undefined ? undefined : textSpan(source, [...mapPath, 'media', i, 'alt']) ?? locate(['media', i, 'alt']),
      altText: altText(source, [...mapPath, 'media', i, 'alt']),
    };
  });

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
  return [{ path, message: `${where}: ${message}.` }];
}

export function isYamlMap(value: unknown): value is YAMLMap {
  return isMap(value);
}
