import { z } from 'zod';
import { PLATFORMS } from '../types.js';

/** A calendar date (2026-12-18) or a date and time (2026-12-18T09:00:00Z). */
export const dateOrDateTime = z.union([z.iso.date(), z.iso.datetime({ offset: true, local: true })], {
  error: 'expected a date such as 2026-12-18 or a date and time such as 2026-12-18T09:00:00Z',
});

const nonEmpty = z.string().trim().min(1, 'must not be empty');

export const mediaSchema = z.strictObject({
  file: nonEmpty,
  alt: z.string().optional(),
  credit: z.string().optional(),
  licence: z.string().optional(),
  captions: z.boolean().optional(),
});

export const exceptionSchema = z.strictObject({
  // Missing parts are reported by the §8 exception check with a policy message, not as a type error.
  rules: z.array(nonEmpty).optional(),
  reason: z.string().optional(),
  approvedBy: z.union([z.string(), z.array(z.string())]).optional(),
});

/** Front matter (markdown) and post fields (YAML): the names are the contract in DESIGN.md. */
export const metadataShape = {
  channel: nonEmpty.optional(),
  platforms: z.array(z.enum(PLATFORMS)).optional(),
  author: nonEmpty.optional(),
  publish: dateOrDateTime.optional(),
  purpose: z.enum(['emergency', 'engagement', 'marketing']).optional(),
  kind: z.enum(['post', 'profile']).optional(),
  topic: nonEmpty.optional(),
  media: z.array(mediaSchema).optional(),
  corrects: z.url({ protocol: /^https?$/, error: 'expected the web address (https://…) of the post this one corrects' }).optional(),
  conflicts: nonEmpty.optional(),
  exception: exceptionSchema.optional(),
};

export const METADATA_KEYS = Object.keys(metadataShape) as (keyof typeof metadataShape)[];

export const metadataSchema = z.strictObject(metadataShape);

export type PostMeta = z.infer<typeof metadataSchema>;
export type MediaMeta = z.infer<typeof mediaSchema>;
export type ExceptionMeta = z.infer<typeof exceptionSchema>;
