import { z } from 'zod';
import { dateOrDateTime } from '../drafts/metadata.js';
import { PLATFORMS } from '../types.js';

export const SEVERITY_SETTINGS = ['off', 'suggestion', 'warning', 'error'] as const;
export const severitySetting = z.enum(SEVERITY_SETTINGS);

const words = z.array(z.string().trim().min(1, 'must not be empty'));

const channel = z.strictObject({
  owner: z.string().trim().min(1, 'must name the owner (§3)'),
  platforms: z.array(z.enum(PLATFORMS)).min(1, 'must list at least one platform'),
  approved: dateOrDateTime.optional(),
});

const election = z
  .strictObject({
    name: z.string().trim().min(1),
    from: z.iso.date({ error: 'expected a date such as 2026-03-27' }),
    to: z.iso.date({ error: 'expected a date such as 2026-05-07' }),
  })
  .refine((e) => e.from <= e.to, { message: '`from` must not be after `to`', path: ['to'] });

/** A rule's entry: a severity, or an object with an optional severity and the rule's options (checked by the rule's own schema). */
export const ruleEntry = z.union([severitySetting, z.record(z.string(), z.unknown())], {
  error: 'expected a severity (off, suggestion, warning, error) or an object such as { severity: error, … options }',
});

export const configSchema = z.strictObject({
  extends: z.enum(['recommended', 'strict']).optional(),
  channels: z.record(z.string().min(1), channel).optional(),
  dictionary: words.optional(),
  allow: z
    .strictObject({
      domains: words.optional(),
      contacts: words.optional(),
    })
    .optional(),
  elections: z.array(election).optional(),
  rules: z.record(z.string(), ruleEntry).optional(),
  overrides: z
    .array(
      z.strictObject({
        files: z.array(z.string().min(1)).min(1, 'must list at least one glob'),
        rules: z.record(z.string(), ruleEntry),
      }),
    )
    .optional(),
});

export type ConfigFileData = z.infer<typeof configSchema>;
