import type { Post } from '../drafts/post.js';
import type { Report, RuleContext } from '../rule.js';
import type { CompiledData } from '../util/compiled.js';
import type { TermListData } from './data.js';
import type { TermOptions } from './options.js';
import { registerTermList, termHits, type Hit } from './scan.js';

export interface TermRuleOptions {
  /** The message id for entries that name none (`message:` in terms.yaml). */
  defaultMessage: string;
}

/**
 * The whole check of a plain term-list rule: registers the list (so it must be awaited when the
 * rule's module loads) and reports every hit with `termReport`.
 *
 *     export const check = await termRule(fooData, { defaultMessage: 'found' });
 */
export async function termRule(
  data: CompiledData<TermListData>,
  options: TermRuleOptions,
): Promise<(post: Post, context: RuleContext<TermOptions>) => void> {
  const ruleId = data.name;
  await registerTermList(ruleId, data);
  return (post, context) => {
    for (const hit of termHits(post, ruleId, context)) context.report(termReport(hit, options.defaultMessage));
  };
}

/**
 * The report of a hit: message id `entry.message ?? defaultMessage`; data `word` (as written) and,
 * for an entry with `replace:`, `replacement` (its wordings quoted and joined with "or": `"wheelchair
 * user"`); those wordings as suggestions, capitalised like the word; the entry's `severity` as the
 * most it is reported at; the span in the file.
 */
export function termReport(hit: Hit, defaultMessage: string): Report {
  const { entry } = hit;
  const capital = /^\p{Lu}/u.test(hit.text);
  const suggestions = entry.replace?.map((r) => (capital ? r.charAt(0).toUpperCase() + r.slice(1) : r));
  return {
    messageId: entry.message ?? defaultMessage,
    data: { word: hit.text, ...(suggestions ? { replacement: suggestions.map((s) => `"${s}"`).join(' or ') } : {}) },
    span: hit.published.text.toSource(hit.start, hit.end),
    ...(suggestions ? { suggestions } : {}),
    ...(entry.severity ? { severity: entry.severity } : {}),
  };
}
