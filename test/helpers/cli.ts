import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** The built command, run as a user runs it (npm test builds first). */
export const BIN = join(import.meta.dirname, '..', '..', 'bin', 'gbc-post-lint.js');

export function run(args: string[], options: { cwd?: string; input?: string | Buffer; env?: Record<string, string> } = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd,
    input: options.input,
    env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '', ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

export function project(files: Record<string, string | Buffer>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gbc-cli-'));
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

export interface JsonReport {
  version: number;
  results: { file: string; diagnostics: { ruleId: string; category: string; severity: string; policy: string[]; post: number | null; line: number; column: number; endLine: number; endColumn: number; excerpt: string; message: string }[] }[];
  summary: { files: number; errors: number; warnings: number; suggestions: number };
}

