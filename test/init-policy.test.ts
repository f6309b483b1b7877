import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli.js';
import { ConfigLoader } from '../src/config/load.js';
import { SAMPLE_DRAFT } from '../src/commands/init.js';
import { CORE_CHECKS } from '../src/core-checks.js';
import { CLAUSES_FILE, coverage } from '../src/policy/clauses.js';
import { RULES } from '../src/registry.js';
import { project } from './helpers/cli.js';

function io(cwd: string, extra: Partial<Io> = {}) {
  const out = { stdout: '', stderr: '' };
  const value: Io = {
    stdout: (t) => void (out.stdout += t),
    stderr: (t) => void (out.stderr += t),
    readStdin: async () => Buffer.alloc(0),
    isTTY: false,
    env: {},
    cwd,
    ...extra,
  };
  return { io: value, out };
}

describe('init', { timeout: 60_000 }, () => {
  it('writes a configuration that loads without errors and a sample draft that passes it; says what it wrote', async () => {
    const dir = project({});
    const { io: term, out } = io(dir);
    expect(await main(['init'], term)).toBe(0);
    expect(out.stdout).toContain('Wrote .gbc-post-lint.yaml');
    expect(out.stdout).toContain('Wrote drafts/sample-post.md');

    const text = readFileSync(join(dir, '.gbc-post-lint.yaml'), 'utf8');
    expect(text.split('\n')[0]).toMatch(/^# yaml-language-server: \$schema=\.\/node_modules\/gbc-post-lint\/schema\/gbc-post-lint\.schema\.json$/);
    const data = parseDocument(text).toJS() as Record<string, unknown>;
    expect(Object.keys(data)).toEqual(expect.arrayContaining(['channels', 'allow', 'elections', 'councillors', 'dictionary']));
    expect(Object.keys(data.channels as object)).toContain('x/GosportBC');
    // Loads with the real loader (a bad key would throw a ConfigError naming it).
    const config = new ConfigLoader().forFile(join(dir, SAMPLE_DRAFT));
    expect(Object.keys(config.settings.channels ?? {})).toContain('facebook/GosportBoroughCouncil');

    const { io: lintIo, out: lintOut } = io(dir);
    expect(await main(['--max-warnings', '0', SAMPLE_DRAFT], lintIo)).toBe(0);
    expect(lintOut.stdout).toContain('no problems');
  });

  it('never writes over an existing file: it names what exists, writes nothing and exits 2', async () => {
    const dir = project({ '.gbc-post-lint.yaml': 'rules: {}\n' });
    const { io: term, out } = io(dir);
    expect(await main(['init'], term)).toBe(2);
    expect(out.stderr).toContain('.gbc-post-lint.yaml already exists; init writes nothing');
    expect(readFileSync(join(dir, '.gbc-post-lint.yaml'), 'utf8')).toBe('rules: {}\n');
    expect(existsSync(join(dir, SAMPLE_DRAFT))).toBe(false);

    const other = project({ [SAMPLE_DRAFT]: 'mine\n' });
    expect(await main(['init'], io(other).io)).toBe(2);
    expect(readFileSync(join(other, SAMPLE_DRAFT), 'utf8')).toBe('mine\n');
    expect(existsSync(join(other, '.gbc-post-lint.yaml'))).toBe(false);
  });
});

describe('policy', () => {
  const POLICY = readFileSync(join(import.meta.dirname, '..', 'docs', 'social-media-policy.txt'), 'utf8');

  it('lists every numbered clause of the policy and the personal-life section, in order', async () => {
    const numbered = [...POLICY.matchAll(/^(\d+)\. /gm)].map((m) => m[1]!);
    expect(numbered).toEqual(Array.from({ length: 27 }, (_, i) => String(i + 1)));
    expect(POLICY).toContain('Social media in personal life');
    expect((await coverage()).map((c) => c.clause)).toEqual([...numbered, 'personal life']);
  });

  it('every clause is enforced by a rule or explained as a process, never both', async () => {
    const problems = (await coverage()).flatMap((c) => {
      if (!c.rules.length && !c.process) return [`§${c.clause} is neither enforced by a rule nor explained in ${CLAUSES_FILE}`];
      if (c.rules.length && c.process) return [`§${c.clause} is enforced by ${c.rules.join(', ')}: remove its process reason`];
      return [];
    });
    expect(problems).toEqual([]);
  });

  it("the rules come from the rules' metadata, and every clause a rule cites is in the matrix", async () => {
    const rows = await coverage();
    for (const rule of [...RULES, ...Object.entries(CORE_CHECKS).map(([id, c]) => ({ id, policy: c.policy as readonly string[] }))]) {
      for (const clause of rule.policy) {
        const row = rows.find((r) => r.clause === clause);
        // Other references (DPA 2018, the Publicity Code) are not clauses of this policy.
        if (/^\d+$/.test(clause) || clause === 'personal life') expect(row?.rules, `${rule.id} cites ${clause}`).toContain(rule.id);
      }
    }
  });

  it('prints text and JSON', async () => {
    const { io: text, out } = io(process.cwd());
    expect(await main(['policy'], text)).toBe(0);
    expect(out.stdout).toMatch(/^§1 +Code of Conduct/m);
    expect(out.stdout).toMatch(/^§19 .*\n +enforced by: .*profanity/m);
    expect(out.stdout).toMatch(/^§10 .*\n +process: The documents/m);
    expect(out.stdout).toMatch(/^personal life /m);
    const { io: json, out: jsonOut } = io(process.cwd());
    expect(await main(['policy', '--format', 'json'], json)).toBe(0);
    const rows = JSON.parse(jsonOut.stdout) as { clause: string; rules: string[]; process?: string }[];
    expect(rows).toHaveLength(28);
    expect(rows.find((r) => r.clause === '12')!.process).toMatch(/Head of IT/);
  });
});

describe('progress line', { timeout: 60_000 }, () => {
  const drafts = (n: number) => Object.fromEntries(Array.from({ length: n }, (_, i) => [`d/${String(i).padStart(3, '0')}.md`, 'Garden waste collections restart on Monday.\n']));
  let clock = 0;
  const now = () => (clock += 150);

  it('on a terminal, draws on stderr and clears itself; stdout gets only the report', async () => {
    const dir = project(drafts(45));
    const { io: term, out } = io(dir, { isTTY: true, stderrIsTTY: true, now });
    await main(['--no-color', 'd'], term);
    expect(out.stderr).toContain('\r\u001b[2Kgbc-post-lint: linted 0 of 45 drafts');
    expect(out.stderr).toContain('linted 45 of 45 drafts');
    expect(out.stderr.endsWith('\r\u001b[2K')).toBe(true);
    expect(out.stdout).not.toContain('linted');
    expect(out.stdout).not.toContain('\r');
  });

  it('never when stderr is not a terminal, for a few drafts, or for another format piped', async () => {
    const many = project(drafts(45));
    const notTerminal = io(many, { isTTY: true, stderrIsTTY: false, now });
    await main(['d'], notTerminal.io);
    expect(notTerminal.out.stderr).not.toContain('linted');

    const few = io(project(drafts(5)), { isTTY: true, stderrIsTTY: true, now });
    await main(['d'], few.io);
    expect(few.out.stderr).not.toContain('linted');

    const piped = io(many, { isTTY: false, stderrIsTTY: true, now });
    await main(['-f', 'json', 'd'], piped.io);
    expect(piped.out.stderr).not.toContain('linted');
    expect(() => JSON.parse(piped.out.stdout)).not.toThrow();

    // The ordinary report piped, with a terminal's stderr: the line is drawn there.
    const stylishPiped = io(many, { isTTY: false, stderrIsTTY: true, now });
    await main(['d'], stylishPiped.io);
    expect(stylishPiped.out.stderr).toContain('linted 45 of 45 drafts');
  });
});
