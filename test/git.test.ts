import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, project, type JsonReport } from './helpers/cli.js';

const REGISTER = 'root: true\nchannels:\n  x/GosportBC: { owner: comms.team, platforms: [x] }\n';
const draft = (text: string) => `---\nchannel: x/GosportBC\npurpose: engagement\n---\n${text}\n`;
const CLEAN = draft('Garden waste collections restart on Monday.');
const PROFANE = draft('Damn. Garden waste collections restart on Monday.');

/** The environment of a shell outside any git hook: none of git's variables leak in from the test runner. */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [key, value] of Object.entries(process.env)) if (!key.startsWith('GIT_') && key !== 'PRE_COMMIT') env[key] = value;
  return { ...env, NO_COLOR: '', FORCE_COLOR: '', GIT_AUTHOR_NAME: 'Test', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 'Test', GIT_COMMITTER_EMAIL: 't@example.org', ...extra };
}

function git(cwd: string, ...args: string[]) {
  return execFileSync('git', args, { cwd, env: cleanEnv(), encoding: 'utf8' });
}

function lint(cwd: string, args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: cleanEnv(env), encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

function repository(files: Record<string, string>): string {
  const dir = project(files);
  git(dir, 'init', '-q', '-b', 'main');
  return dir;
}

const filesOf = (out: { stdout: string }) => (JSON.parse(out.stdout) as JsonReport).results.map((r) => r.file);

describe('--staged', { timeout: 60_000 }, () => {
  it("lints the index's copy, not the working copy, under the file's path, for names with spaces and accents", () => {
    const dir = repository({ '.gbc-post-lint.yaml': REGISTER, 'drafts/bin day café.md': PROFANE });
    git(dir, 'add', '-A');
    // The working copy is cleaned after staging: the commit would still record "Damn".
    writeFileSync(join(dir, 'drafts/bin day café.md'), CLEAN);
    const staged = lint(dir, ['--staged', '-f', 'json']);
    expect(staged.code).toBe(1);
    const report = JSON.parse(staged.stdout) as JsonReport;
    expect(report.results.map((r) => r.file)).toEqual(['drafts/bin day café.md']);
    expect(report.results[0]!.diagnostics.map((d) => [d.ruleId, d.line, d.excerpt])).toEqual([['profanity', 5, 'Damn']]);
    expect(lint(dir, ['drafts/bin day café.md']).code).toBe(0);

    // And the other way round: a clean staged copy passes although the working copy is bad.
    git(dir, 'add', '-A');
    writeFileSync(join(dir, 'drafts/bin day café.md'), PROFANE);
    expect(lint(dir, ['--staged']).code).toBe(0);
  });

  it('skips configuration files, README, CHANGELOG, CI YAML and deleted files; reports paths from a subfolder', () => {
    const dir = repository({
      '.gbc-post-lint.yaml': REGISTER,
      'README.md': 'Damn, the README.\n',
      'CHANGELOG.md': 'Damn.\n',
      '.gitlab-ci.yml': 'lint:\n  script: damn\n',
      '.github/workflows/lint.yml': 'name: damn\n',
      'shared.gbc-post-lint.yaml': 'rules: {}\n',
      'drafts/old.md': CLEAN,
      'drafts/a.yaml': 'channel: x/GosportBC\npurpose: engagement\ntext: Damn, bins.\n',
      'drafts/notes.txt': 'damn',
    });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'start');
    writeFileSync(join(dir, 'drafts/new one.md'), PROFANE);
    writeFileSync(join(dir, 'README.md'), 'Damn again.\n');
    git(dir, 'rm', '-q', 'drafts/old.md');
    git(dir, 'add', '-A');
    const out = lint(join(dir, 'drafts'), ['--staged', '-f', 'json']);
    expect(filesOf(out)).toEqual(['new one.md']);
    expect(out.code).toBe(1);
    // Paths narrow the set, as lint-staged and the pre-commit framework pass them.
    expect(filesOf(lint(dir, ['--staged', '-f', 'json', 'README.md', 'drafts/new one.md']))).toEqual(['drafts/new one.md']);
    expect(filesOf(lint(dir, ['--staged', '-f', 'json', join(dir, 'drafts')]))).toEqual(['drafts/new one.md']);
  });

  it('with nothing staged exits 0; outside a repository exits 2 with a clear message', () => {
    const dir = repository({ 'a.md': CLEAN });
    const none = lint(dir, ['--staged']);
    expect(none.code).toBe(0);
    const outside = project({ 'a.md': CLEAN });
    const out = lint(outside, ['--staged']);
    expect(out.code).toBe(2);
    expect(out.stderr).toMatch(/--staged works in a git repository, and .* is not in one/);
  });

  it('as a plain git pre-commit hook: a bad draft is refused with a readable message, a clean one commits', () => {
    const dir = repository({ '.gbc-post-lint.yaml': REGISTER });
    const hook = join(dir, '.git', 'hooks', 'pre-commit');
    writeFileSync(hook, `#!/bin/sh\nexec "${process.execPath}" "${BIN}" --staged --max-warnings 0\n`);
    chmodSync(hook, 0o755);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'configuration only');

    writeFileSync(join(dir, 'bin day.md'), PROFANE);
    git(dir, 'add', '-A');
    const refused = spawnSync('git', ['commit', '-m', 'bad draft'], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    expect(refused.status).not.toBe(0);
    expect(refused.stdout + refused.stderr).toMatch(/bin day\.md\s+5:1\s+error\s+"Damn" is .*profanity §19 §26/);
    expect(git(dir, 'log', '--oneline')).not.toContain('bad draft');

    writeFileSync(join(dir, 'bin day.md'), CLEAN);
    git(dir, 'add', '-A');
    const accepted = spawnSync('git', ['commit', '-m', 'clean draft'], { cwd: dir, env: cleanEnv(), encoding: 'utf8' });
    expect(accepted.status).toBe(0);
    expect(git(dir, 'log', '--oneline')).toContain('clean draft');
  });
});

describe('--changed', { timeout: 60_000 }, () => {
  function branched() {
    const dir = repository({ '.gbc-post-lint.yaml': REGISTER, 'drafts/kept.md': PROFANE, 'drafts/edited.md': CLEAN });
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'main');
    git(dir, 'checkout', '-qb', 'feature');
    writeFileSync(join(dir, 'drafts/edited.md'), PROFANE);
    writeFileSync(join(dir, 'drafts/added é.md'), CLEAN);
    git(dir, 'add', '-A');
    git(dir, 'commit', '-qm', 'feature');
    return dir;
  }

  it('lints the drafts added or modified since the merge base with main, and no others', () => {
    const dir = branched();
    const out = lint(dir, ['--changed', '-f', 'json']);
    expect(filesOf(out)).toEqual(['drafts/added é.md', 'drafts/edited.md']);
    expect(out.code).toBe(1);
    // A base given by name; `--changed <folder>` is a path, not a base.
    expect(filesOf(lint(dir, ['--changed', 'HEAD', '-f', 'json']))).toEqual([]);
    expect(filesOf(lint(dir, ['--changed=main', '-f', 'json']))).toEqual(['drafts/added é.md', 'drafts/edited.md']);
    expect(filesOf(lint(dir, ['-f', 'json', '--changed', 'drafts/added é.md']))).toEqual(['drafts/added é.md']);
  });

  it('in a commit hook (GIT_INDEX_FILE or PRE_COMMIT set) lints the staged drafts instead', () => {
    const dir = branched();
    writeFileSync(join(dir, 'drafts/staged.md'), CLEAN);
    git(dir, 'add', 'drafts/staged.md');
    expect(filesOf(lint(dir, ['--changed', '-f', 'json'], { PRE_COMMIT: '1' }))).toEqual(['drafts/staged.md']);
  });

  it('an unknown base, a repository without a default branch, or no repository: exit 2 with a clear message', () => {
    const dir = branched();
    const unknown = lint(dir, ['--changed', 'no-such-branch']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('--changed no-such-branch: git knows no commit, branch or tag named no-such-branch');

    const lone = repository({ 'a.md': CLEAN });
    git(lone, 'checkout', '-qb', 'drafts-only');
    git(lone, 'add', '-A');
    git(lone, 'commit', '-qm', 'x');
    const noDefault = lint(lone, ['--changed']);
    expect(noDefault.code).toBe(2);
    expect(noDefault.stderr).toMatch(/no default branch to compare with \(tried origin\/HEAD, .*main, master\); name a base/);

    const outside = lint(project({ 'a.md': CLEAN }), ['--changed']);
    expect(outside.code).toBe(2);
    expect(outside.stderr).toMatch(/--changed works in a git repository/);
  });
});
