import { existsSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from 'yaml';
import * as z from 'zod/mini';
import { safeParse } from 'zod/v4/core';
import { CORE_CHECKS } from '../core-checks.js';
import { PACKAGE_ROOT } from '../paths.js';
import { RULES } from '../registry.js';
import { loadCompiled, type CompiledData } from '../util/compiled.js';
import { describeIssue } from '../util/issues.js';

/** docs/process-clauses.yaml: every clause with its title, and a reason for those no rule enforces. */
export const CLAUSES_FILE = join(PACKAGE_ROOT, 'docs', 'process-clauses.yaml');

const text = z.string().check(z.trim(), z.minLength(1));
const clauseSchema = z.array(z.strictObject({ clause: text, title: text, process: z.optional(text) }));
export type ClauseEntry = z.infer<typeof clauseSchema>[number];

/**
 * The clause list, compiled by `npm run build` into dist/data/ (the package
 * ships dist/, not docs/); read from the YAML while it is newer than the build.
 */
export const clausesData: CompiledData<{ clauses: ClauseEntry[] }> = {
  name: 'process-clauses',
  // Absent from an installed package: the compiled copy serves.
  sources: () => (existsSync(CLAUSES_FILE) ? [CLAUSES_FILE] : []),
  compile: async () => ({ clauses: readClauses() }),
};

function readClauses(): ClauseEntry[] {
  const where = relative(PACKAGE_ROOT, CLAUSES_FILE);
  const doc = parseDocument(readFileSync(CLAUSES_FILE, 'utf8'), { prettyErrors: false });
  if (doc.errors.length) throw new Error(`${where}: not valid YAML: ${doc.errors[0]!.message}`);
  const result = safeParse(clauseSchema, doc.toJS());
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new Error(`${where}: entry ${issue.path.join('.')}: ${describeIssue(issue)}`);
  }
  const seen = new Set<string>();
  for (const entry of result.data) {
    if (seen.has(entry.clause)) throw new Error(`${where}: clause ${entry.clause} is listed twice`);
    seen.add(entry.clause);
  }
  return result.data;
}

export interface ClauseCoverage {
  clause: string;
  title: string;
  /** Rules and core checks whose metadata cites the clause. */
  rules: string[];
  /** Why no rule can enforce it, when none does. */
  process?: string;
}

/** The coverage matrix: each clause with the rules that cite it in their metadata, or its process reason. */
export async function coverage(): Promise<ClauseCoverage[]> {
  const { clauses } = await loadCompiled(clausesData);
  const citing = [...RULES.map((r) => ({ id: r.id, policy: r.policy })), ...Object.entries(CORE_CHECKS).map(([id, c]) => ({ id, policy: c.policy as readonly string[] }))];
  return clauses.map((entry) => ({
    clause: entry.clause,
    title: entry.title,
    rules: citing.filter((r) => r.policy.includes(entry.clause)).map((r) => r.id).sort(),
    ...(entry.process ? { process: entry.process } : {}),
  }));
}
