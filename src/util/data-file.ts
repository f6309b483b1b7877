import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDocument } from 'yaml';
import * as z from 'zod/mini';
import { safeParse, type $ZodType, type output } from 'zod/v4/core';
import { PACKAGE_ROOT, ruleFile } from '../paths.js';
import { describeIssue } from './issues.js';

/**
 * Reads and validates a rule's YAML data file (a term list a policy owner
 * edits). A mistake in it names the file and the entry, so it is caught by the
 * tests rather than shipped.
 */
export function readRuleData<S extends $ZodType>(ruleId: string, name: string, schema: S): output<S> {
  const path = ruleFile(ruleId, name);
  const doc = parseDocument(readFileSync(path, 'utf8'), { prettyErrors: false });
  const where = relative(PACKAGE_ROOT, path);
  if (doc.errors.length) throw new Error(`${where}: not valid YAML: ${doc.errors[0]!.message}`);
  const result = safeParse(schema, doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${where}: entry ${issue.path.join('.')}: ${describeIssue(issue)}`);
  }
  return result.data;
}

/** A name list's entry, `{term, note, source}`: the schema is built when a list is read (at build time), not when this module loads. */
function listEntry() {
  const nonEmpty = z.string().check(z.trim(), z.minLength(1));
  return z.strictObject({ term: nonEmpty, note: nonEmpty, source: z.optional(z.string()) });
}

/**
 * A rule's list of names (hosts, parameters…) as YAML entries `{term, note,
 * source}`; returns the terms in lower case, rejecting one listed twice so that
 * an edit cannot leave a stale duplicate.
 */
export function readNameList(ruleId: string, name: string): string[] {
  const seen = new Set<string>();
  return readRuleData(ruleId, name, z.array(listEntry())).map(({ term }, i) => {
    const key = term.toLowerCase();
    if (seen.has(key)) throw new Error(`${relative(PACKAGE_ROOT, ruleFile(ruleId, name))}: entry ${i + 1}: "${term}" is listed twice`);
    seen.add(key);
    return key;
  });
}
