import * as z from 'zod/mini';
import { PLATFORMS } from '../types.js';

/**
 * A calendar date (2026-12-18) or a date and time (2026-12-18T09:00:00Z, 2026-12-18T09:00+01:00,
 * 2026-12-18 09:00), given as ISO 8601 with seconds: zod's check wants seconds before an offset.
 */
export const dateOrDateTime = z.pipe(
  z.transform((value: unknown) => (typeof value === 'string' ? withSeconds(value.trim()) : value)),
  z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
    error: 'expected a date such as 2026-12-18, or a date and time such as 2026-12-18T09:00 (local time), 2026-12-18T09:00Z or 2026-12-18T09:00+01:00',
  }),
);

/** `2026-12-18 09:00+01:00` as `2026-12-18T09:00:00+01:00`: a space for the `T`, and minutes without seconds, are common. */
function withSeconds(value: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})(:\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:\d{2})?$/i.exec(value);
  return m ? `${m[1]}T${m[2]}${m[3] ?? ':00'}${m[4]?.toUpperCase() ?? ''}` : value;
}

const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

const CAPTIONS = 'expected true, false or the name of a captions file such as bin-day.vtt';

/** The fields of one `media:` entry; each is validated on its own, so that one bad field leaves the others. */
export const mediaShape = {
  file: nonEmpty,
  // `alt:` with nothing after it is an empty alt text, which the accessibility rule reports.
  alt: z.optional(z.nullable(z.string())),
  credit: z.optional(z.string()),
  licence: z.optional(z.string()),
  // Videos: whether they are captioned, or the captions file (bin-day.vtt).
  // A file name has an extension: `captions: yes` is not a file (YAML 1.2 reads it as text, not as true).
  captions: z.optional(z.union([z.boolean(), z.string().check(z.trim(), z.regex(/^\S.*\.[A-Za-z0-9]{2,5}$/, CAPTIONS))], { error: CAPTIONS })),
};

export const mediaSchema = z.strictObject(mediaShape);

export const exceptionSchema = z.strictObject({
  // Missing parts are reported by the §8 exception check with a policy message, not as a type error.
  rules: z.optional(z.array(nonEmpty)),
  reason: z.optional(z.string()),
  approvedBy: z.optional(z.union([z.string(), z.array(z.string())])),
});

/** Front matter (markdown) and post fields (YAML): the names are the contract in DESIGN.md. */
export const metadataShape = {
  channel: z.optional(nonEmpty),
  platforms: z.optional(z.array(z.enum(PLATFORMS))),
  author: z.optional(nonEmpty),
  publish: z.optional(dateOrDateTime),
  purpose: z.optional(z.enum(['emergency', 'engagement', 'marketing'])),
  kind: z.optional(z.enum(['post', 'profile'])),
  topic: z.optional(nonEmpty),
  media: z.optional(z.array(mediaSchema)),
  corrects: z.optional(z.url({ protocol: /^https?$/, error: 'expected the web address (https://…) of the post this one corrects' })),
  // `none`, one declaration, or a list of them.
  conflicts: z.optional(z.union([nonEmpty, z.array(nonEmpty).check(z.minLength(1, 'must list at least one declaration, or say `none`'))], {
    error: 'expected `none`, a declaration such as "Cllr A. Example is a trustee of the Gosport Festival", or a list of declarations',
  })),
  exception: z.optional(exceptionSchema),
};

export const METADATA_KEYS = Object.keys(metadataShape) as (keyof typeof metadataShape)[];

export const metadataSchema = z.strictObject(metadataShape);

export type PostMeta = z.infer<typeof metadataSchema>;
export type MediaMeta = z.infer<typeof mediaSchema>;
export type ExceptionMeta = z.infer<typeof exceptionSchema>;
