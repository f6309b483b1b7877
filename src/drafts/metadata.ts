import * as z from 'zod/mini';
import { PLATFORMS } from '../types.js';

/** A calendar date (2026-12-18) or a date and time (2026-12-18T09:00:00Z). */
export const dateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: 'expected a date such as 2026-12-18 or a date and time such as 2026-12-18T09:00:00Z',
});

const nonEmpty = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

export const mediaSchema = z.strictObject({
  file: nonEmpty,
  // `alt:` with nothing after it is an empty alt text, which the accessibility rule reports.
  alt: z.optional(z.nullable(z.string())),
  credit: z.optional(z.string()),
  licence: z.optional(z.string()),
  captions: z.optional(z.boolean()),
});

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
  conflicts: z.optional(nonEmpty),
  exception: z.optional(exceptionSchema),
};

export const METADATA_KEYS = Object.keys(metadataShape) as (keyof typeof metadataShape)[];

export const metadataSchema = z.strictObject(metadataShape);

export type PostMeta = z.infer<typeof metadataSchema>;
export type MediaMeta = z.infer<typeof mediaSchema>;
export type ExceptionMeta = z.infer<typeof exceptionSchema>;
