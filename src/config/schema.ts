import * as z from 'zod/mini';
import { dateOrDateTime } from '../drafts/metadata.js';
import { PLATFORMS } from '../types.js';

export const SEVERITY_SETTINGS = ['off', 'suggestion', 'warning', 'error'] as const;
export const severitySetting = z.enum(SEVERITY_SETTINGS);

const words = z.array(z.string().check(z.trim(), z.minLength(1, 'must not be empty')));

const channel = z.strictObject({
  owner: z.string().check(z.trim(), z.minLength(1, 'must name the owner (§3)')),
  platforms: z.array(z.enum(PLATFORMS)).check(z.minLength(1, 'must list at least one platform')),
  approved: z.optional(dateOrDateTime),
  /** Where the channel publishes the §16/§18/§19 statements (§20 "made available via a link"). */
  notice: z.optional(z.url({ protocol: /^https?$/, error: 'expected the web address (https://…) of the page with the channel\'s statements' })),
});

const election = z
  .strictObject({
    name: z.string().check(z.trim(), z.minLength(1)),
    from: z.iso.date({ error: 'expected a date such as 2026-03-27' }),
    to: z.iso.date({ error: 'expected a date such as 2026-05-07' }),
  })
  .check(z.refine((e) => e.from <= e.to, { message: '`from` must not be after `to`', path: ['to'] }));

/** A rule's entry: a severity, or an object with an optional severity and the rule's options (checked by the rule's own schema). */
export const ruleEntry = z.union([severitySetting, z.record(z.string(), z.unknown())], {
  error: 'expected a severity (off, suggestion, warning, error) or an object such as { severity: error, … options }',
});

export const PRESETS = ['recommended', 'strict'] as const;
export type Preset = (typeof PRESETS)[number];

export const configSchema = z.strictObject({
  /** Stop looking for configuration files in the folders above. */
  root: z.optional(z.boolean()),
  /** A preset, or a path to a shared configuration file (relative to this one); several are applied in order. */
  extends: z.optional(
    z.union([z.string().check(z.trim(), z.minLength(1)), z.array(z.string().check(z.trim(), z.minLength(1)))], {
      error: 'expected recommended, strict, or the path of a shared configuration file (or a list of them)',
    }),
  ),
  /** Globs (relative to this file) of files never linted. */
  ignores: z.optional(words),
  channels: z.optional(z.record(z.string().check(z.minLength(1)), channel)),
  dictionary: z.optional(words),
  allow: z.optional(
    z.strictObject({
      domains: z.optional(words),
      contacts: z.optional(words),
      /** Organisations the council works with: promoting them needs no conflict-of-interest declaration. */
      partners: z.optional(words),
    }),
  ),
  /** Names of the borough's councillors, for the rules about political content and the pre-election period. */
  councillors: z.optional(words),
  elections: z.optional(z.array(election)),
  rules: z.optional(z.record(z.string(), ruleEntry)),
  overrides: z.optional(
    z.array(
      z.strictObject({
        files: z.array(z.string().check(z.minLength(1))).check(z.minLength(1, 'must list at least one glob')),
        rules: z.record(z.string(), ruleEntry),
      }),
    ),
  ),
});

export type ConfigFileData = z.infer<typeof configSchema>;
