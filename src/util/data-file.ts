import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseDocument } from 'yaml';
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
