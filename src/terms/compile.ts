import { existsSync, readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { isSeq, parseDocument } from 'yaml';
import * as z from 'zod/mini';
import { safeParse } from 'zod/v4/core';
import { PACKAGE_ROOT } from '../paths.js';
import { describeIssue } from '../util/issues.js';
import { compileEntry, type CompiledTerm, type TermListData, type TermListOptions } from './data.js';
import { splitWords } from './tokens.js';

// Compiling a rule's terms.yaml and allow.yaml (see `termListData`): loaded by the build, and by a
// run only when a list was edited since the build.

const text = z.string().check(z.trim(), z.minLength(1));
const phrases = z.array(text).check(z.minLength(1));

const termEntry = z.strictObject({
  term: text,
  note: text,
  source: z.optional(z.string()),
  message: z.optional(z.string().check(z.regex(/^\w+$/, 'expected a message id such as "profane"'))),
  severity: z.optional(z.enum(['error', 'warning', 'suggestion'])),
  replace: z.optional(phrases),
  with: z.optional(phrases),
  unless: z.optional(phrases),
  match: z.optional(z.enum(['word', 'contains', 'prefix', 'ends'])),
  names: z.optional(z.boolean()),
  case: z.optional(z.enum(['exact', 'any'])),
});
const allowEntry = z.strictObject({ term: text, note: text, source: z.optional(z.string()) });

/** An entry of a rule's terms.yaml, as written. */
export type TermEntry = z.infer<typeof termEntry>;

/**
 * Reads, checks and compiles a rule's term list. Refuses, naming the file, the entry and the key: an
 * unknown key, a missing note, a term listed twice, a term that is also allowed, and a `message`
 * the rule does not have.
 */
export async function compileTermList(id: string, termsFile: string, allowFile: string, options: TermListOptions): Promise<TermListData> {
  const allowEntries = existsSync(allowFile) ? readEntries(allowFile, allowEntry) : [];
  const own = readEntries(termsFile, termEntry);
  const problems: string[] = [];

  const allowedWords = new Set<string>();
  const allowedPhrases: string[][] = [];
  const allowedAt = new Map<string, number>();
  allowEntries.forEach(({ value, line }, i) => {
    const words = splitWords(value.term);
    const key = words.join(' ');
    if (!words.length) problems.push(`${where(allowFile, line)}: entry ${i + 1} (term ${JSON.stringify(value.term)}): key \`term\`: has no letters or digits`);
    else if (allowedAt.has(key)) problems.push(`${where(allowFile, line)}: entry ${i + 1} (term ${JSON.stringify(value.term)}): key \`term\`: listed twice (first as entry ${allowedAt.get(key)! + 1})`);
    allowedAt.set(key, i);
    if (words.length === 1) allowedWords.add(words[0]!);
    else if (words.length) allowedPhrases.push(words);
  });

  const messages = await messagesOf(id);
  const seen = new Map<string, number>();
  const compiled: CompiledTerm[] = [];
  own.forEach(({ value, line }, i) => {
    const at = `${where(termsFile, line)}: entry ${i + 1} (term ${JSON.stringify(value.term)})`;
    const words = splitWords(value.term);
    const key = words.join(' ');
    if (!words.length) problems.push(`${at}: key \`term\`: has no letters or digits`);
    if (seen.has(key)) problems.push(`${at}: key \`term\`: listed twice (first as entry ${seen.get(key)! + 1})`);
    seen.set(key, i);
    if (allowedAt.has(key)) {
      problems.push(`${at}: key \`term\`: also in ${relative(PACKAGE_ROOT, allowFile)} (entry ${allowedAt.get(key)! + 1}), so it would never be reported: keep one of them`);
    }
    if (value.message && messages && !(value.message in messages)) {
      problems.push(`${at}: key \`message\`: "${value.message}" is not a message of the rule (${Object.keys(messages).join(', ')})`);
    }
    for (const k of ['with', 'unless'] as const) {
      value[k]?.forEach((p, n) => {
        if (!splitWords(p).length) problems.push(`${at}: key \`${k}\`, item ${n + 1}: has no letters or digits`);
      });
    }
    compiled.push(compileEntry(value, words));
  });
  if (problems.length) throw new Error(`Term list of rule "${id}" refused:\n  ${problems.join('\n  ')}`);

  const terms = new Map<string, CompiledTerm>();
  const base = options.base ? await options.base(own.map((e) => e.value), allowedWords) : [];
  for (const term of [...base, ...compiled]) terms.set(`${term.kind} ${term.words.join(' ')}`, term);
  return { terms: [...terms.values()], allowed: [...allowedWords], allowedPhrases };
}

/** The rule's message ids, when the rule is registered (a list built in a test may not be). */
async function messagesOf(id: string): Promise<Record<string, string> | undefined> {
  const { getRule } = await import('../registry.js');
  return getRule(id)?.messages;
}

function where(file: string, line: number): string {
  return `${relative(PACKAGE_ROOT, file)}:${line}`;
}

/** The entries of a YAML list file, validated, each with the line it starts on. */
function readEntries<S extends typeof termEntry | typeof allowEntry>(file: string, schema: S): { value: z.infer<S>; line: number }[] {
  const source = readFileSync(file, 'utf8');
  const doc = parseDocument(source, { prettyErrors: false });
  const name = relative(PACKAGE_ROOT, file);
  if (doc.errors.length) throw new Error(`${name}: not valid YAML: ${doc.errors[0]!.message}`);
  const lineOf = (offset: number) => source.slice(0, offset).split('\n').length;
  if (doc.contents === null) return [];
  if (!isSeq(doc.contents)) throw new Error(`${name}: expected a list of entries (- term: …)`);
  const problems: string[] = [];
  const out: { value: z.infer<S>; line: number }[] = [];
  const values = doc.toJS() as unknown[];
  doc.contents.items.forEach((item, i) => {
    const line = lineOf((item as { range?: [number, number, number] }).range?.[0] ?? 0);
    const raw = values[i];
    const result = safeParse(schema, raw);
    if (result.success) {
      out.push({ value: result.data as z.infer<S>, line });
      return;
    }
    const term = raw && typeof raw === 'object' && 'term' in raw ? ` (term ${JSON.stringify((raw as { term: unknown }).term)})` : '';
    for (const issue of result.error.issues) {
      const keys = issue.code === 'unrecognized_keys' ? issue.keys : issue.path.length ? [issue.path.join('.')] : [];
      const key = keys.length ? `key ${keys.map((k) => `\`${k}\``).join(', ')}: ` : '';
      problems.push(`${name}:${line}: entry ${i + 1}${term}: ${key}${issue.code === 'unrecognized_keys' ? 'unknown key (the keys are term, note, source' + (schema === (allowEntry as unknown) ? ')' : ', message, severity, replace, with, unless, match, names, case)') : describeIssue(issue)}`);
    }
  });
  if (problems.length) throw new Error(problems.join('\n'));
  return out;
}
