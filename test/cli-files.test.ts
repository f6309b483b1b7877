import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, run, type JsonReport } from './helpers/cli.js';

// Which files are drafts: git's ignore rules, the default set, `ignores`, configuration files, argument order.

const CLEAN = 'text: Garden waste collections restart on Monday.\n';
const PROFANE = 'text: We get too much shit in the recycling bins.\n';

const files = (out: { stdout: string }) => (JSON.parse(out.stdout) as JsonReport).results.map((r) => r.file);

function git(dir: string, ...args: string[]) {
  execFileSync('git', args, { cwd: dir, stdio: 'ignore' });
}

/** A folder holding a .gitignore that ignores every YAML file, and inside it a git repository. */
function repositoryUnderIgnoringFolder(repoFiles: Record<string, string>): { outer: string; repo: string } {
  const outer = mkdtempSync(join(tmpdir(), 'gbc-git-'));
  writeFileSync(join(outer, '.gitignore'), '*.yaml\n');
  const repo = join(outer, 'content');
  for (const [name, text] of Object.entries(repoFiles)) {
    mkdirSync(dirname(join(repo, name)), { recursive: true });
    writeFileSync(join(repo, name), text);
  }
  git(repo, 'init', '-q');
  return { outer, repo };
}

describe('which files are linted', { timeout: 60_000 }, () => {
  it('never skips a file git tracks, even one .gitignore matches', () => {
    const dir = project({ '.gitignore': 'drafts/secret.yaml\nold/\n', 'drafts/secret.yaml': PROFANE, 'drafts/ok.yaml': CLEAN, 'old/kept.yaml': PROFANE, 'old/stray.yaml': PROFANE });
    git(dir, 'init', '-q');
    git(dir, 'add', '-f', 'drafts/secret.yaml', 'old/kept.yaml');

    const named = run(['-f', 'json', 'drafts/secret.yaml'], { cwd: dir });
    expect(named.code).toBe(1);
    expect(files(named)).toEqual(['drafts/secret.yaml']);
    expect(named.stderr).toBe('');

    const searched = run(['-f', 'json'], { cwd: dir });
    expect(files(searched)).toEqual(['drafts/ok.yaml', 'drafts/secret.yaml', 'old/kept.yaml']);
    expect(searched.code).toBe(1);
  });

  it('does not read a .gitignore above the repository root', () => {
    const { repo } = repositoryUnderIgnoringFolder({ 'post.yaml': PROFANE });
    const out = run(['-f', 'json', '.'], { cwd: repo });
    expect(files(out)).toEqual(['post.yaml']);
    expect(run(['post.yaml'], { cwd: repo }).code).toBe(1);
  });

  it('outside a repository, .gitignore files above apply as before', () => {
    const outer = project({ '.gitignore': '*.yaml\n', 'content/post.yaml': PROFANE, 'content/post.md': 'Bins on Monday.\n' });
    expect(files(run(['-f', 'json', '.'], { cwd: join(outer, 'content') }))).toEqual(['post.md']);
  });

  it('says when a named file was skipped and nothing was checked, and exits 2 unless --no-error-on-unmatched-pattern', () => {
    const dir = project({ '.gitignore': 'secret.yaml\n', 'secret.yaml': PROFANE });
    git(dir, 'init', '-q');
    const out = run(['secret.yaml'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stdout).not.toContain('no problems');
    expect(out.stderr).toContain('secret.yaml was not linted: it is ignored by .gitignore, and git does not track it (--no-ignore lints it)');
    expect(out.stderr).toContain('no drafts were checked');
    expect(run(['--no-error-on-unmatched-pattern', 'secret.yaml'], { cwd: dir }).code).toBe(0);
    expect(run(['--no-ignore', 'secret.yaml'], { cwd: dir }).code).toBe(1);
  });

  it('searching skips README, CHANGELOG, CI files and configuration files by default; a named README is linted', () => {
    const dir = project({
      'README.md': 'How to use this repository: run the shit out of it.\n',
      'docs/CHANGELOG.md': 'Changed stuff.\n',
      // The names are matched in any case.
      'notes/readme.md': 'Damn these notes.\n',
      'notes/Licence.md': 'Damn this licence.\n',
      '.github/workflows/lint.yml': 'on: push\n',
      '.github/PULL_REQUEST_TEMPLATE.md': 'Describe the change.\n',
      '.gitlab-ci.yml': 'lint:\n  script: npx gbc-post-lint\n',
      '.gbc-post-lint.yml': 'dictionary: [Brockhurst]\n',
      'drafts/post.yaml': CLEAN,
    });
    const out = run(['-f', 'json'], { cwd: dir });
    expect(files(out)).toEqual(['drafts/post.yaml']);
    expect(out.code).toBe(0);
    expect(files(run(['-f', 'json', '**/*.md'], { cwd: dir }))).toEqual([]);

    const named = run(['-f', 'json', 'README.md'], { cwd: dir });
    expect(files(named)).toEqual(['README.md']);
    expect(named.code).toBe(1);
    expect(files(run(['-f', 'json', '--no-ignore', '.'], { cwd: dir }))).toContain('docs/CHANGELOG.md');
  });

  it('never lints a configuration file as a draft, even when named, and says why', () => {
    const dir = project({ '.gbc-post-lint.yml': 'rules: { spelling: error, approved-channel: off, post-purpose: off }\n', 'post.yaml': 'text: Bins on Tusday.\n' });
    const out = run(['-f', 'json', '.gbc-post-lint.yml', 'post.yaml'], { cwd: dir });
    expect(files(out)).toEqual(['post.yaml']);
    expect(out.stderr).toContain('.gbc-post-lint.yml was not linted: it is a gbc-post-lint configuration file, not a draft');
    // ... and .gbc-post-lint.yml is read as the configuration: spelling is an error.
    expect((JSON.parse(out.stdout) as JsonReport).results[0]!.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([['spelling', 'error']]);
  });

  it('a shared configuration named by `extends` is not a draft, whatever its name', () => {
    const dir = project({ '.gbc-post-lint.yaml': 'extends: ./shared/council.yaml\n', 'shared/council.yaml': 'dictionary: [Brockhurst]\n', 'post.yaml': 'text: Bins in Brockhurst.\n' });
    const out = run(['-f', 'json', '.'], { cwd: dir });
    expect(files(out)).toEqual(['post.yaml']);
    expect(out.code).toBe(0);
    expect(out.stderr).toContain('shared/council.yaml was not linted: it is a gbc-post-lint configuration file (named by `extends`), not a draft');
  });

  it('`ignores` in the configuration leaves files out, relative to the configuration file; a named one is skipped with a note', () => {
    const dir = project({
      'drafts/.gbc-post-lint.yaml': 'ignores: ["templates/**"]\n',
      'drafts/templates/blank.yaml': PROFANE,
      'drafts/post.yaml': CLEAN,
      'templates/other.yaml': CLEAN,
    });
    expect(files(run(['-f', 'json'], { cwd: dir }))).toEqual(['drafts/post.yaml', 'templates/other.yaml']);
    const named = run(['drafts/templates/blank.yaml'], { cwd: dir });
    expect(named.stderr).toMatch(/drafts\/templates\/blank\.yaml was not linted: it is ignored by `ignores` in .*drafts\/\.gbc-post-lint\.yaml \(--no-ignore lints it\)/);
    expect(named.code).toBe(2);
    expect(run(['--no-ignore', 'drafts/templates/blank.yaml'], { cwd: dir }).code).toBe(1);
  });

  it('reports a directory named like a draft', () => {
    const dir = project({ 'notes.md/.keep': '', 'post.yaml': CLEAN });
    const named = run(['notes.md'], { cwd: dir });
    expect(named.code).toBe(2);
    expect(named.stderr).toContain('notes.md is a directory, not a draft, and holds no drafts');
    const globbed = run(['*.md', 'post.yaml'], { cwd: dir });
    expect(globbed.stderr).toContain('notes.md/ was not linted: it is a directory, not a draft');
  });

  it('reports results in the order of the arguments, missing files included', () => {
    const dir = project({ 'a.yaml': CLEAN, 'b.yaml': CLEAN, 'c/d.yaml': CLEAN });
    const out = run(['-f', 'json', 'b.yaml', 'missing.yaml', 'c', 'a.yaml', 'b.yaml'], { cwd: dir });
    expect(files(out)).toEqual(['b.yaml', 'missing.yaml', 'c/d.yaml', 'a.yaml']);
  });
});
