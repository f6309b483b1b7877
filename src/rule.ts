import type { $ZodType, output } from 'zod/v4/core';
import type { Settings } from './config/settings.js';
import type { Draft, Post } from './drafts/post.js';
import type { Category, Severity, SeveritySetting, Span } from './types.js';

/**
 * What a rule says about itself: plain data, loaded without the rule's code
 * so that listing rules and validating configuration stay cheap.
 */
export interface RuleMeta<Options extends $ZodType = $ZodType> {
  /** Kebab-case; the same as the rule's folder under `rules/`. */
  id: string;
  description: string;
  category: Category;
  /** Policy clauses enforced, such as "19" or "DPA 2018". */
  policy: string[];
  /** Severity in the `recommended` preset. */
  severity: SeveritySetting;
  /** Options, with their defaults; the configuration schema is assembled from these. */
  options: Options;
  fixable: boolean;
  /** Message templates keyed by message id; `{{name}}` is replaced from the report's data. */
  messages: Record<string, string>;
}

export interface Report {
  messageId: string;
  data?: Record<string, string | number>;
  /** Where, in file offsets (see `Post.text.toSource`). */
  span: Span;
  /** Replacements to offer, best first. */
  suggestions?: string[];
  /**
   * The most this finding is reported at (a term list's entry that is only a warning): the
   * diagnostic gets the lower of this and the rule's configured severity.
   */
  severity?: Severity;
}

export interface RuleContext<Options> {
  options: Options;
  settings: Settings;
  draft: Draft;
  /** The draft's path as given (or `<stdin>`). */
  file: string;
  /** Every rule enabled for this draft, with its options: term rules read each other's, so that one scan serves them all (src/terms). */
  rules: ReadonlyMap<string, { severity: Severity; options: unknown }>;
  report(report: Report): void;
}

export interface RuleModule<Options = unknown> {
  check(post: Post, context: RuleContext<Options>): void | Promise<void>;
}

/** Declares a rule's metadata with its options type carried along. */
export function defineMeta<Options extends $ZodType>(meta: RuleMeta<Options>): RuleMeta<Options> {
  return meta;
}

export type OptionsOf<M> = M extends RuleMeta<infer O> ? output<O> : never;

/** Fills `{{name}}` placeholders of a message template. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{\{\s*(\w+)\s*\}\}/g, (whole, name: string) => (name in data ? String(data[name]) : whole));
}
