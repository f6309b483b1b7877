import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { PACKAGE_ROOT } from '../paths.js';
import type { Severity } from '../types.js';
import type { CompiledData } from '../util/compiled.js';
import type { TermEntry } from './compile.js';
import { rawWords, splitWords } from './tokens.js';

export type { TermEntry } from './compile.js';

/**
 * How an entry is found: as whole words (the default); inside longer words (clusterfuck);
 * at the start of a word (masturbation); or at the end of one (goddamn).
 */
export type MatchKind = 'word' | 'contains' | 'prefix' | 'ends';

/** One entry of a compiled term list. */
export interface CompiledTerm {
  /** The entry as written in terms.yaml (or in the base list). */
  term: string;
  /** Its normalised words (one for most entries). */
  words: string[];
  kind: MatchKind;
  /** Why the entry is listed, and where from: in the YAML, for people; not written to dist/data, since no report shows them. */
  note?: string;
  source?: string;
  /** A message id of the rule's `meta.messages`; the rule's default when absent. */
  message?: string;
  /** The most this entry is reported at. */
  severity?: Severity;
  /** Better wording, best first. */
  replace?: string[];
  /** Reported only with one of these phrases (normalised words) in the same sentence. */
  with?: string[][];
  /** Not reported with one of these phrases in the same sentence. */
  unless?: string[][];
  /** A capitalised use that does not start a sentence is a name (Dick Whittington). */
  names?: boolean;
  /** `case: exact`: the words exactly as they must be written. */
  exact?: string[];
}

/** A rule's term list, compiled: its entries (base list first, then terms.yaml), minus allow.yaml. */
export interface TermListData {
  terms: CompiledTerm[];
  /** Normalised words never reported when written plainly (a disguised spelling still is). */
  allowed: string[];
  /** Phrases whose words are never reported ("pussy willow"). */
  allowedPhrases: string[][];
}

/**
 * A term list as written to dist/data: without notes and sources (no report shows them), and with a
 * `with:` or `unless:` list that several entries share (a YAML anchor: the same hundred words for
 * every drug) written once, in `groups`, each entry giving its number. Read back, the entries share
 * one array, which the matcher indexes once.
 */
interface PackedTermList extends Omit<TermListData, 'terms'> {
  terms: (Omit<CompiledTerm, 'with' | 'unless'> & { with?: string[][] | number; unless?: string[][] | number })[];
  groups?: string[][][];
}

export function packTermList(list: TermListData): PackedTermList {
  const groups: string[][][] = [];
  const numbers = new Map<string, number>();
  const counts = new Map<string, number>();
  const keyOf = (group: string[][]) => JSON.stringify(group);
  for (const term of list.terms) for (const group of [term.with, term.unless]) if (group) counts.set(keyOf(group), (counts.get(keyOf(group)) ?? 0) + 1);
  const pack = (group: string[][] | undefined): string[][] | number | undefined => {
    if (!group) return undefined;
    const key = keyOf(group);
    if (counts.get(key)! < 2) return group;
    let n = numbers.get(key);
    if (n === undefined) {
      n = groups.push(group) - 1;
      numbers.set(key, n);
    }
    return n;
  };
  const terms = list.terms.map(({ with: with_, unless, note: _note, source: _source, ...rest }) => {
    const out: PackedTermList['terms'][number] = rest;
    if (with_) out.with = pack(with_)!;
    if (unless) out.unless = pack(unless)!;
    return out;
  });
  return groups.length ? { ...list, terms, groups } : { ...list, terms };
}

/** A term list read from dist/data (packed) or compiled just now (not packed). */
export function unpackTermList(list: TermListData | PackedTermList): TermListData {
  if (!('groups' in list) || !list.groups) return list as TermListData;
  const { groups, ...rest } = list;
  for (const term of rest.terms) {
    if (typeof term.with === 'number') term.with = groups[term.with];
    if (typeof term.unless === 'number') term.unless = groups[term.unless];
  }
  return rest as TermListData;
}

/** Whether compiled data is a term list (for the build, which packs them). */
export function isTermList(value: unknown): value is TermListData {
  return Boolean(value && typeof value === 'object' && Array.isArray((value as TermListData).terms) && Array.isArray((value as TermListData).allowedPhrases));
}

export interface TermListOptions {
  /**
   * Entries from elsewhere (a package's list), compiled before terms.yaml: an entry of terms.yaml
   * with the same words and match kind takes its place. Given the entries of terms.yaml and the
   * words of allow.yaml, so that it can carry their settings over to related forms.
   */
  base?: (own: readonly TermEntry[], allowed: ReadonlySet<string>) => Promise<CompiledTerm[]>;
  /** The folder holding terms.yaml and allow.yaml (default `rules/<id>/`); for tests. */
  dir?: string;
}

/**
 * The compiled term list of `rules/<id>/terms.yaml` (and the optional `allow.yaml` beside it),
 * for `loadCompiled` and for `npm run build` (list it in src/build/data.ts); what compiling
 * refuses is said at `compileTermList`.
 */
export function termListData(id: string, options: TermListOptions = {}): CompiledData<TermListData> {
  const dir = options.dir ?? join(PACKAGE_ROOT, 'rules', id);
  const termsFile = join(dir, 'terms.yaml');
  const allowFile = join(dir, 'allow.yaml');
  return {
    name: id,
    sources: () => (existsSync(allowFile) ? [termsFile, allowFile] : [termsFile]),
    // The YAML reader and its checks are loaded only when a list must be compiled (the build, or a
    // list edited since): a run reads the compiled list.
    async compile() {
      const { compileTermList } = await import('./compile.js');
      return compileTermList(id, termsFile, allowFile, options);
    },
  };
}

/** An entry of terms.yaml as the engine uses it (words already normalised). */
export function compileEntry(entry: TermEntry, words = splitWords(entry.term)): CompiledTerm {
  const out: CompiledTerm = { term: entry.term, words, kind: entry.match ?? 'word', note: entry.note };
  if (entry.source) out.source = entry.source;
  if (entry.message) out.message = entry.message;
  if (entry.severity) out.severity = entry.severity;
  if (entry.replace) out.replace = entry.replace;
  if (entry.with) out.with = entry.with.map((p) => splitWords(p));
  if (entry.unless) out.unless = entry.unless.map((p) => splitWords(p));
  if (entry.names) out.names = true;
  if (entry.case === 'exact') out.exact = rawWords(entry.term);
  return out;
}
