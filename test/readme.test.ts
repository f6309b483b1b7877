import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { delimiter, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { FORMATS } from '../src/reporters/index.js';

/** The README's dependency list and CI examples, checked against the package and run as a new user would paste them. */
const ROOT = join(import.meta.dirname, '..');
const README = readFileSync(join(ROOT, 'README.md'), 'utf8');
const section = (heading: string) => README.slice(README.indexOf(`## ${heading}\n`), README.indexOf('\n## ', README.indexOf(`## ${heading}\n`) + 1));

it('"Built on" lists every runtime dependency, and nothing else', () => {
  const { dependencies } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  const rows = section('Built on').split('\n').filter((line) => line.startsWith('| [') || line.startsWith('| `'));
  const listed = rows.flatMap((row) => [...row.split(' | ')[0]!.matchAll(/\[([^\]]+)\]/g)].map((m) => m[1]!));
  expect(listed.sort()).toEqual(Object.keys(dependencies).sort());
});

describe('the CI examples', { timeout: 60_000 }, () => {
  const blocks = [...section('CI').matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]!);
  const [github, gitlab] = blocks.map((b) => parse(b) as Record<string, unknown>);

  /** A repository with drafts, and `gbc-post-lint` on the PATH as `npm install --global` would put it. */
  function repository(drafts: Record<string, string>) {
    const dir = mkdtempSync(join(tmpdir(), 'gbc-ci-'));
    // About the CI recipes: the governance rules' notes on a bare draft (no register, purpose) are tested with those rules.
    writeFileSync(join(dir, '.gbc-post-lint.yaml'), 'rules: { approved-channel: off, post-purpose: off }\n');
    for (const [name, text] of Object.entries(drafts)) {
      mkdirSync(join(dir, 'drafts'), { recursive: true });
      writeFileSync(join(dir, 'drafts', name), text);
    }
    const bin = join(dir, '.bin');
    mkdirSync(bin);
    writeFileSync(join(bin, 'gbc-post-lint'), `#!/bin/sh\nexec "${process.execPath}" "${join(ROOT, 'bin', 'gbc-post-lint.js')}" "$@"\n`);
    chmodSync(join(bin, 'gbc-post-lint'), 0o755);
    const sh = (command: string) =>
      spawnSync('sh', ['-c', command], { cwd: dir, encoding: 'utf8', env: { ...process.env, PATH: `${bin}${delimiter}${process.env.PATH}`, NO_COLOR: '1' } });
    return { dir, sh };
  }
  const drafts = { 'Noël – bins.md': '---\nchannel: x/GosportBC\n---\nWe recieve too much shit.\n', 'ok.md': 'Bins go out on Monday.\n' };

  it('are a GitHub workflow and a GitLab job', () => {
    expect(blocks).toHaveLength(2);
    expect(github).toHaveProperty('jobs');
    expect(gitlab).toHaveProperty('gbc-post-lint');
    for (const block of blocks) {
      for (const [, format] of block.matchAll(/--format (\S+)/g)) expect(FORMATS).toContain(format);
    }
  });

  it('GitHub: checks out, sets up Node, installs the tool, annotates, and uploads the SARIF file it writes', () => {
    const job = Object.values((github as { jobs: Record<string, { permissions: Record<string, string>; steps: { uses?: string; run?: string; with?: Record<string, string> }[] }> }).jobs)[0]!;
    expect(job.permissions['security-events']).toBe('write');
    const uses = job.steps.map((s) => s.uses?.split('@')[0]);
    expect(uses).toEqual(expect.arrayContaining(['actions/checkout', 'actions/setup-node', 'github/codeql-action/upload-sarif']));
    const runs = job.steps.filter((s) => s.run).map((s) => s.run!);
    expect(runs.some((r) => r.startsWith('npm install --global'))).toBe(true);
    const upload = job.steps.find((s) => s.uses?.startsWith('github/codeql-action/upload-sarif'))!;

    const { dir, sh } = repository(drafts);
    const annotate = sh(runs.find((r) => r.includes('--format github'))!);
    expect(annotate.status).toBe(1);
    expect(annotate.stdout).toMatch(/^::error file=drafts\/Noël – bins\.md,line=4,/m);
    const sarif = sh(runs.find((r) => r.includes('--format sarif'))!);
    expect(sarif.status, sarif.stderr).toBe(0);
    const log = JSON.parse(readFileSync(join(dir, upload.with!.sarif_file!), 'utf8'));
    expect(log.runs[0].results.map((r: { ruleId: string }) => r.ruleId)).toEqual(['spelling', 'profanity']);
  });

  it('GitLab: writes the Code Quality report it declares, then fails the job on errors', () => {
    const job = (gitlab as Record<string, { script: string[]; artifacts: { when: string; reports: { codequality: string } } }>)['gbc-post-lint']!;
    expect(job.artifacts.when).toBe('always');
    const { dir, sh } = repository(drafts);
    const steps = job.script.filter((line) => !line.startsWith('npm install'));
    expect(job.script.length - steps.length).toBe(1);
    const statuses = steps.map((line) => sh(line).status);
    expect(statuses).toEqual([0, 1]);
    const report = JSON.parse(readFileSync(join(dir, job.artifacts.reports.codequality), 'utf8'));
    expect(report.map((i: { check_name: string; location: { path: string } }) => [i.check_name, i.location.path])).toEqual([
      ['spelling', 'drafts/Noël – bins.md'],
      ['profanity', 'drafts/Noël – bins.md'],
    ]);
    // A clean repository passes.
    const clean = repository({ 'ok.md': 'Bins go out on Monday.\n' });
    expect(steps.map((line) => clean.sh(line).status)).toEqual([0, 0]);
    expect(existsSync(join(clean.dir, job.artifacts.reports.codequality))).toBe(true);
  });
});
