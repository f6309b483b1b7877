import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ConfigLoader } from '../../src/config/load.js';
import { lintText } from '../../src/engine/lint.js';
import { RULE_IDS } from '../../src/registry.js';
import type { SeveritySetting } from '../../src/types.js';

/** Lints `text` as the draft `file` with only the given rules on (no configuration file, unless `configText` gives one). */
export async function lint(text: string, file = 'draft.md', rules: Record<string, SeveritySetting> = {}, configText?: string) {
  const overrides = new Map<string, SeveritySetting>([...RULE_IDS].map((id) => [id, rules[id] ?? 'off']));
  const here = import.meta.dirname;
  let configFile: string | undefined;
  if (configText !== undefined) {
    configFile = join(mkdtempSync(join(tmpdir(), 'gbc-example-')), '.gbc-post-lint.yaml');
    writeFileSync(configFile, configText);
  }
  const config = new ConfigLoader({ ruleOverrides: overrides, stopAt: here, configFile }).forFile(join(here, file));
  return (await lintText(file, text, config)).diagnostics;
}

export const brief = (d: { ruleId: string; messageId?: string; line: number; column: number; excerpt: string }) =>
  `${d.ruleId}/${d.messageId ?? '-'} ${d.line}:${d.column} ${JSON.stringify(d.excerpt)}`;

/** The lines of a file under test/data, without blank lines and `#` comments. */
export const dataLines = (name: string): string[] =>
  readFileSync(join(import.meta.dirname, '..', 'data', name), 'utf8')
    .split('\n')
    .filter((line) => line.trim() && !line.startsWith('#'));

/** The configuration of a draft in test/ with only the given rules on, as errors (no configuration file). */
export function onlyRules(ids: readonly string[]) {
  const test = join(import.meta.dirname, '..');
  const overrides = new Map<string, SeveritySetting>([...RULE_IDS].map((r) => [r, ids.includes(r) ? 'error' : 'off']));
  return new ConfigLoader({ ruleOverrides: overrides, stopAt: test }).forFile(join(test, 'post.md'));
}
