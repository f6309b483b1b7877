import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main, type Io } from '../src/cli.js';
import { splitMessage } from '../src/reporters/message.js';
import { BIN, project as scratch, run, type JsonReport } from './helpers/cli.js';

/**
 * These tests are about how findings are printed, so their drafts are bare texts: the notes the
 * governance rules give a bare draft (no register, no channel, no purpose) are switched off here
 * and tested with those rules.
 */
const project = (files: Record<string, string | Buffer>) =>
  scratch({ '.gbc-post-lint.yaml': 'rules: { approved-channel: off, post-purpose: off }\n', ...files });

// What the command prints, where, and with which exit code.

const CLEAN = 'text: Garden waste collections restart on Monday.\n';
const MISSPELT = 'text: Garden waste collections restart on Tusday.\n';
const PROFANE = 'text: We get too much shit in the recycling bins.\n';

/** Runs the command in-process, as a terminal would see it. */
async function runInTerminal(args: string[], cwd: string, env: NodeJS.ProcessEnv) {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    readStdin: async () => Buffer.alloc(0),
    isTTY: true,
    env,
    cwd,
  };
  const code = await main(args, io);
  return { code, stdout, stderr };
}

describe('output', { timeout: 60_000 }, () => {
  it('--quiet hides warnings but the summary still counts them, and a failing run prints no success line', () => {
    const dir = project({ 'a.yaml': MISSPELT });
    const out = run(['--quiet', '--max-warnings', '0', 'a.yaml'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stdout).not.toContain('no problems');
    expect(out.stdout).not.toContain('Tusday');
    expect(out.stdout).toContain('⚠ 1 problem (0 errors, 1 warning, 0 suggestions) in 1 draft (1 not shown: --quiet shows errors only)');
    expect(out.stderr).toContain('too many warnings (1, at most 0 allowed)');

    const json = run(['--quiet', '--max-warnings', '0', '-f', 'json', 'a.yaml'], { cwd: dir });
    const report = JSON.parse(json.stdout) as JsonReport;
    expect(report.summary).toEqual({ files: 1, errors: 0, warnings: 1, suggestions: 0 });
    expect(report.results[0]!.diagnostics).toEqual([]);
    expect(json.code).toBe(1);
  });

  it('no success line when the run fails for another reason (a glob that matches nothing)', () => {
    const dir = project({ 'a.yaml': CLEAN });
    const out = run(['a.yaml', 'drafts/*.md'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stdout).not.toContain('✔');
    expect(out.stdout).toContain('1 draft checked, no problems in them, but the run failed (see above).');
    expect(out.stderr).toBe('gbc-post-lint: no drafts match drafts/*.md\n');
  });

  it('the summary says how many of the drafts have problems', () => {
    const dir = project({ 'a.yaml': PROFANE, 'b.yaml': CLEAN, 'c.yaml': MISSPELT });
    expect(run(['a.yaml', 'b.yaml', 'c.yaml'], { cwd: dir }).stdout).toContain('✖ 2 problems (1 error, 1 warning, 0 suggestions) in 2 of 3 drafts');
  });

  it('puts the detail of a long message on an indented second line; JSON keeps the whole message', () => {
    const dir = project({ 'a.yaml': MISSPELT });
    const lines = run(['a.yaml'], { cwd: dir }).stdout.split('\n');
    expect(lines[1]).toMatch(/^ {2}1:43 {2}warning {2}"Tusday" is not in the British English dictionary\. {2}spelling §27$/);
    expect(lines[2]).toMatch(/^ {17}§27 asks for "basic spellchecking": did you mean "Tuesday"\?/);
    const json = JSON.parse(run(['-f', 'json', 'a.yaml'], { cwd: dir }).stdout) as JsonReport;
    expect(json.results[0]!.diagnostics[0]!.message).toMatch(/^"Tusday" is not in the British English dictionary\. §27 asks for "basic spellchecking": did you mean "Tuesday"\?/);
  });

  it('splits messages after the first sentence only when long, never inside quotes or after an abbreviation', () => {
    expect(splitMessage('Short. Message.')).toEqual({ headline: 'Short. Message.' });
    const long = `Alt text "A bin. Another bin." does not describe the image, e.g. St. Mary's. ${'Say what the image shows. '.repeat(3)}`.trim();
    expect(splitMessage(long)).toEqual({
      headline: `Alt text "A bin. Another bin." does not describe the image, e.g. St. Mary's.`,
      detail: 'Say what the image shows. '.repeat(3).trim(),
    });
    const oneSentence = `"bloody" is mild profanity, but still profane language under §19, and does not engender respect (§26): reword without it.`;
    expect(splitMessage(oneSentence)).toEqual({ headline: oneSentence });
  });

  it('is not disturbed by a reader that stops early (| head)', () => {
    const lines = Array.from({ length: 400 }, (_, i) => `  We recieve bins on Tusday, number ${i}.`).join('\n');
    const dir = project({ 'big.yaml': `text: |\n${lines}\n` });
    const piped = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" big.yaml | head -n 2`], { cwd: dir, encoding: 'utf8' });
    expect(piped.stdout.split('\n')[0]).toBe('big.yaml');
    expect(piped.stderr).toBe('');
  });

  it('-o to a folder or into a missing folder names the path given and leaves no temporary file', () => {
    const dir = project({ 'a.yaml': CLEAN });
    mkdirSync(join(dir, 'reports'));
    const toFolder = run(['-o', 'reports', 'a.yaml'], { cwd: dir });
    expect(toFolder.code).toBe(2);
    expect(toFolder.stderr).toBe(`gbc-post-lint: cannot write the report to reports: it is a folder; name a file, such as ${join('reports', 'report.json')}\n`);
    const missing = run(['-o', 'out/report.json', 'a.yaml'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toBe('gbc-post-lint: cannot write the report to out/report.json: the folder out does not exist\n');
    const missingFolder = run(['-o', 'out/', 'a.yaml'], { cwd: dir });
    expect(missingFolder.code).toBe(2);
    expect(missingFolder.stderr).toBe(`gbc-post-lint: cannot write the report to out/: it is a folder that does not exist; name a file, such as ${join('out', 'report.json')}\n`);
    expect(readdirSync(dir).sort()).toEqual(['.gbc-post-lint.yaml', 'a.yaml', 'reports']);
    expect(readdirSync(join(dir, 'reports'))).toEqual([]);
  });

  it('-o prints a one-line summary on standard error', () => {
    const dir = project({ 'a.yaml': PROFANE, 'b.yaml': CLEAN });
    const out = run(['-f', 'json', '-o', 'report.json', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stdout).toBe('');
    expect(out.stderr).toBe('gbc-post-lint: 1 problem (1 error, 0 warnings, 0 suggestions) in 1 of 2 drafts; report written to report.json\n');
  });

  it('--format json with no drafts still prints one (empty) document, and -o still writes it', () => {
    const dir = project({});
    const out = run(['-f', 'json', '*.md'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(JSON.parse(out.stdout)).toEqual({ version: 1, results: [], summary: { files: 0, errors: 0, warnings: 0, suggestions: 0 } });
    expect(out.stderr).toBe('gbc-post-lint: no drafts match *.md\n');
    const written = run(['-f', 'json', '-o', 'report.json', '--no-error-on-unmatched-pattern', '*.md'], { cwd: dir });
    expect(written.code).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).results).toEqual([]);
  });

  it('one message per cause: a glob that matches nothing, or an empty folder, is said once', () => {
    const dir = project({ 'empty/.keep': '' });
    const globbed = run(['drafts/*.md'], { cwd: dir });
    expect(globbed.stderr).toBe('gbc-post-lint: no drafts match drafts/*.md\n');
    expect(globbed.stdout).toBe('');
    const empty = run(['empty'], { cwd: dir });
    expect(empty.stderr).toBe('gbc-post-lint: no drafts (.md, .markdown, .yaml, .yml) found in empty\n');
    expect(empty.code).toBe(2);
  });

  it("--max-warnings '' is an error", () => {
    const out = run(['--max-warnings', '', 'a.yaml']);
    expect(out.code).toBe(2);
    expect(out.stderr).toContain('expected a whole number');
  });

  it('FORCE_COLOR=0 and TERM=dumb turn colour off in a terminal; FORCE_COLOR=1 and --color turn it on', async () => {
    const dir = project({ 'a.yaml': PROFANE });
    const coloured = /\u001b\[/;
    expect((await runInTerminal(['a.yaml'], dir, {})).stdout).toMatch(coloured);
    expect((await runInTerminal(['a.yaml'], dir, { FORCE_COLOR: '0' })).stdout).not.toMatch(coloured);
    expect((await runInTerminal(['a.yaml'], dir, { TERM: 'dumb' })).stdout).not.toMatch(coloured);
    expect((await runInTerminal(['a.yaml'], dir, { TERM: 'dumb', FORCE_COLOR: '1' })).stdout).toMatch(coloured);
    expect((await runInTerminal(['--color', 'a.yaml'], dir, { FORCE_COLOR: '0' })).stdout).toMatch(coloured);
  });
});

describe('commands and options', { timeout: 60_000 }, () => {
  it('`help` prints the usage; a mistyped command gets a did-you-mean', () => {
    const help = run(['help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: gbc-post-lint/);
    const mistyped = run(['rule'], { cwd: project({}) });
    expect(mistyped.code).toBe(2);
    expect(mistyped.stderr).toBe('gbc-post-lint: rule is neither a file nor a folder, nor a command; did you mean `gbc-post-lint rules`?\n');
    // A file that happens to be called like that is linted.
    expect((JSON.parse(run(['-f', 'json', 'rule'], { cwd: project({ rule: CLEAN }) }).stdout) as JsonReport).results[0]!.file).toBe('rule');
  });

  it('`--format json rules` lists the rules as JSON, as `rules --format json` does', () => {
    for (const args of [['--format', 'json', 'rules'], ['rules', '--format', 'json'], ['-f', 'json', 'rules']]) {
      const out = run(args);
      expect(out.code).toBe(0);
      expect((JSON.parse(out.stdout) as { id: string }[]).map((r) => r.id)).toContain('spelling');
    }
  });

  it('--stdin-filename without --stdin, and --print-config with paths, are usage errors', () => {
    const stdin = run(['--stdin-filename', 'post.md', 'a.yaml']);
    expect(stdin.code).toBe(2);
    expect(stdin.stderr).toContain('--stdin-filename names the draft read with --stdin');
    const printed = run(['--print-config', 'a.md', 'b.md']);
    expect(printed.code).toBe(2);
    expect(printed.stderr).toContain('--print-config prints the configuration of one draft (a.md)');
    expect(printed.stdout).toBe('');
  });

  it('a configuration with several problems lists each with its line', () => {
    const dir = project({ '.gbc-post-lint.yaml': 'rules:\n  spelling: warn\ndictionnary: []\n', 'a.yaml': CLEAN });
    const out = run(['a.yaml'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/Invalid configuration in .*\.gbc-post-lint\.yaml \(2 problems\)\n {2}2:13 {2}rules\.spelling: expected a severity.*\n {2}3:1 {3}dictionnary: unknown key; did you mean `dictionary`\?/);
  });

  it('a folder with two configuration files says which one applies', () => {
    const dir = project({ '.gbc-post-lint.yaml': 'rules: { spelling: error }\n', '.gbc-post-lint.yml': 'rules: { spelling: off }\n', 'a.yaml': MISSPELT });
    const out = run(['a.yaml'], { cwd: dir });
    expect(out.code).toBe(1);
    expect(out.stderr).toContain('has both .gbc-post-lint.yaml and .gbc-post-lint.yml: .gbc-post-lint.yaml applies');
    expect(existsSync(join(dir, '.gbc-post-lint.yml'))).toBe(true);
  });
});
