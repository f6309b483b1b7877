// The one term engine: every term-list rule, and the configuration's own lists, match through it.
// See src/terms/README.md for how to write a term rule.
export { compileEntry, termListData, type CompiledTerm, type MatchKind, type TermEntry, type TermListData, type TermListOptions } from './data.js';
export { termOptions, termOptionShape, type TermOptions } from './options.js';
export { termReport, termRule, type TermRuleOptions } from './rule.js';
export { matchPhrases, registerTermList, termHits, termScanCount, type Hit, type PhraseHit, type TermContext } from './scan.js';
