import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';

/** The formats as CI runs them: the built command, a draft whose name has spaces and accents, a report file. */
const BIN = join(import.meta.dirname, '..', 'bin', 'gbc-post-lint.js');
const NAME = 'drafts/Noël – bin day update.md';
const BAD = '---\nchannel: x/GosportBC\n---\nWe recieve too much shit in the recycling bins.\n';

function project(): string {
  const dir = mkdtempSync(join(tmpdir(), 'gbc-formats-'));
  for (const [name, text] of Object.entries({
    // About formats: the governance rules' notes on a bare draft (no register, purpose) are tested with those rules.
    '.gbc-post-lint.yaml': 'rules: { approved-channel: off, post-purpose: off }\n',
    [NAME]: BAD,
    'drafts/clean.md': 'Garden waste collections restart on Monday.\n' })) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

const run = (args: string[], cwd: string) =>
  spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });

// Each test runs the command a few times; a loaded machine takes seconds for each.
describe('--format', { timeout: 30_000 }, () => {
  it('sarif -o results.sarif writes the log, keeps the exit code, and names the draft by its URI', () => {
    const dir = project();
    const out = run(['--format', 'sarif', '-o', 'results.sarif', 'drafts'], dir);
    expect(out.stdout).toBe('');
    expect(out.status).toBe(1);
    const log = JSON.parse(readFileSync(join(dir, 'results.sarif'), 'utf8'));
    const uris = log.runs[0].results.map((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0]!.physicalLocation.artifactLocation.uri);
    expect(uris).toEqual(['drafts/No%C3%ABl%20%E2%80%93%20bin%20day%20update.md', 'drafts/No%C3%ABl%20%E2%80%93%20bin%20day%20update.md']);
    expect(log.runs[0].results.map((r: { ruleId: string; level: string }) => [r.ruleId, r.level])).toEqual([['spelling', 'warning'], ['profanity', 'error']]);
  });

  it('github annotates each problem, then prints the ordinary report', () => {
    const out = run(['--format', 'github', 'drafts'], project());
    expect(out.status).toBe(1);
    const lines = out.stdout.split('\n');
    expect(lines[0]).toBe(
      `::warning file=${NAME},line=4,endLine=4,col=4,endColumn=11,title=gbc-post-lint spelling §27::"recieve" is not in the British English dictionary. §27 asks for "basic spellchecking": it is a common misspelling of "receive".`,
    );
    expect(lines[1]).toMatch(/^::error file=drafts\/Noël – bin day update\.md,line=4,endLine=4,col=21,endColumn=25,title=gbc-post-lint profanity §19 §26::"shit" is profane/);
    expect(out.stdout).toContain(`\n${NAME}\n  4:4 `);
    expect(out.stdout).toMatch(/✖ 2 problems \(1 error, 1 warning, 0 suggestions\) in 1 of 2 drafts\n$/);
  });

  it('gitlab, junit and compact name the draft as given, and a clean run is still a well-formed report', () => {
    const dir = project();
    const gitlab = JSON.parse(run(['-f', 'gitlab', 'drafts'], dir).stdout);
    expect(gitlab.map((i: { location: { path: string } }) => i.location.path)).toEqual([NAME, NAME]);
    const junit = run(['-f', 'junit', 'drafts'], dir).stdout;
    expect(XMLValidator.validate(junit)).toBe(true);
    expect(junit).toContain(`<testsuite name="${NAME}" tests="2" failures="2"`);
    expect(run(['-f', 'compact', 'drafts'], dir).stdout.split('\n')[0]).toBe(
      `${NAME}:4:4: warning "recieve" is not in the British English dictionary. §27 asks for "basic spellchecking": it is a common misspelling of "receive". [spelling §27]`,
    );

    const clean = run(['-f', 'sarif', 'drafts/clean.md'], dir);
    expect(clean.status).toBe(0);
    expect(JSON.parse(clean.stdout).runs[0].results).toEqual([]);
    expect(XMLValidator.validate(run(['-f', 'junit', 'drafts/clean.md'], dir).stdout)).toBe(true);
    expect(JSON.parse(run(['-f', 'gitlab', 'drafts/clean.md'], dir).stdout)).toEqual([]);
  });

  it('--docs-url links the SARIF rules to a web copy of the package, and must be an absolute address', () => {
    const dir = project();
    const log = JSON.parse(run(['-f', 'sarif', '--docs-url', 'https://git.example.org/comms/gbc-post-lint/blob/v0.1.0/', 'drafts/clean.md'], dir).stdout);
    expect(log.runs[0].tool.driver.rules[0].helpUri).toMatch(/^https:\/\/git\.example\.org\/comms\/gbc-post-lint\/blob\/v0\.1\.0\/rules\/[a-z-]+\/README\.md$/);
    const relative = run(['-f', 'sarif', '--docs-url', 'docs/', 'drafts/clean.md'], dir);
    expect(relative.status).toBe(2);
    expect(relative.stderr).toContain('expected an absolute address');
  });

  it('refuses an unknown format, listing the formats', () => {
    const out = run(['--format', 'checkstyle', 'drafts'], project());
    expect(out.status).toBe(2);
    expect(out.stderr).toContain('Allowed choices are stylish, json, compact, sarif, github, gitlab, junit.');
  });
});
