// Loaded with every rule's metadata (src/registry.ts): zod/mini only, nothing heavy.
import * as z from 'zod/mini';

const phrase = z.string().check(z.trim(), z.minLength(1));

/**
 * The options every term rule has, to spread into a rule's own options when it has more:
 * `z.prefault(z.strictObject({ ...termOptionShape, mine: … }), {})`.
 */
export const termOptionShape = {
  /** More words or phrases to report, on top of the rule's lists. */
  terms: z._default(z.array(phrase), []),
  /** Words or phrases never to report (local names, ordinary words in a team's posts). */
  allow: z._default(z.array(phrase), []),
};

/** The options of a plain term rule, for its meta.ts: `terms` and `allow`, lists of words or phrases, empty by default. */
export function termOptions() {
  return z.prefault(z.strictObject(termOptionShape), {});
}

/** What the term engine reads of a rule's options. */
export interface TermOptions {
  terms: readonly string[];
  allow: readonly string[];
}
