import { join } from 'node:path';
import { ConfigLoader } from '../../src/config/load.js';
import { lintText } from '../../src/engine/lint.js';
import { RULE_IDS } from '../../src/registry.js';
import type { SeveritySetting } from '../../src/types.js';

/** Lints `text` as the draft `file` with only the given rules on (no configuration file). */
export async function lint(text: string, file = 'draft.md', rules: Record<string, SeveritySetting> = {}) {
  const overrides = new Map<string, SeveritySetting>([...RULE_IDS].map((id) => [id, rules[id] ?? 'off']));
  const here = import.meta.dirname;
  const config = new ConfigLoader({ ruleOverrides: overrides, stopAt: here }).forFile(join(here, file));
  return (await lintText(file, text, config)).diagnostics;
}

export const brief = (d: { ruleId: string; messageId?: string; line: number; column: number; excerpt: string }) =>
  `${d.ruleId}/${d.messageId ?? '-'} ${d.line}:${d.column} ${JSON.stringify(d.excerpt)}`;
