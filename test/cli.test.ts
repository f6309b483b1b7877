import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { project, run, type JsonReport } from './helpers/cli.js';
import { sliceByPosition } from './helpers/markers.js';

const CLEAN_MD = '---\nchannel: x/GosportBC\npurpose: engagement\n---\nGarden waste collections restart on Monday. Details at www.gosport.gov.uk/garden\n';
const BAD_MD = '---\nchannel: x/GosportBC\npurpose: engagement\nmedia:\n  - file: bins.jpg\n---\nWe recieve too much shit in the recycling bins.\n';
const BAD_YAML = 'channel: facebook/GosportBoroughCouncil\ntext: |\n  The new colour-coded bins\n  arrive in Rowner on Tusday.\npurpose: engagement\n';
/** With no register configured, approved-channel says so once per run: a suggestion, which never changes the exit code. */
const NO_REGISTER = /suggestion\s+No approved-channel register is configured.*approved-channel §2 §3 §11/;

describe('gbc-post-lint', { timeout: 60_000 }, () => {
  it('reports a violating draft with clauses and exits 1; a clean one exits 0', () => {
    const dir = project({ 'bad.md': BAD_MD, 'clean.md': CLEAN_MD });
    const bad = run(['bad.md'], { cwd: dir });
    expect(bad.code).toBe(1);
    expect(bad.stdout).toContain('bad.md');
    expect(bad.stdout).toMatch(/7:4\s+warning\s+"recieve" is not in the British English dictionary.*spelling §27/);
    expect(bad.stdout).toMatch(/7:21\s+error\s+"shit" is profane language.*profanity §19 §26/);
    expect(bad.stdout).toMatch(/5:11\s+error\s+Image "bins.jpg" has no alt text.*image-alt-text §7/);
    expect(bad.stdout).toMatch(NO_REGISTER);
    expect(bad.stdout).toMatch(/5:11\s+warning\s+"bins.jpg" has no credit or licence.*copyright §19/);
    expect(bad.stdout).toMatch(/✖ 5 problems \(2 errors, 2 warnings, 1 suggestion\) in 1 draft/);
    expect(bad.stdout).not.toMatch(/\u001b\[/); // not a terminal: no colour

    const clean = run(['clean.md'], { cwd: dir });
    expect(clean.code).toBe(0);
    expect(clean.stdout).toMatch(NO_REGISTER);
    expect(clean.stdout).toMatch(/1 problem \(0 errors, 0 warnings, 1 suggestion\)/);

    const registered = project({ '.gbc-post-lint.yaml': 'channels:\n  x/GosportBC: { owner: comms.team, platforms: [x] }\n', 'clean.md': CLEAN_MD });
    const quiet = run(['clean.md'], { cwd: registered });
    expect(quiet.code).toBe(0);
    expect(quiet.stdout).toContain('no problems');
  });

  it('--format json prints one document whose excerpts are the source spans, for both formats', () => {
    const dir = project({ 'bad.md': BAD_MD, 'calendar.yaml': BAD_YAML });
    const out = run(['--format', 'json', 'bad.md', 'calendar.yaml'], { cwd: dir });
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout) as JsonReport;
    expect(report.version).toBe(1);
    expect(report.results.map((r) => r.file)).toEqual(['bad.md', 'calendar.yaml']);
    // The register note is said once in the run, on the first file, not once per file.
    expect(report.summary).toEqual({ files: 2, errors: 2, warnings: 3, suggestions: 1 });
    expect(report.results.map((r) => r.diagnostics.filter((d) => d.ruleId === 'approved-channel').length)).toEqual([1, 0]);
    for (const result of report.results) {
      const source = readFileSync(join(dir, result.file), 'utf8');
      for (const d of result.diagnostics) {
        expect(Object.keys(d).slice(0, 11)).toEqual(['ruleId', 'category', 'severity', 'message', 'policy', 'post', 'line', 'column', 'endLine', 'endColumn', 'excerpt']);
        expect(sliceByPosition(source, d.line, d.column, d.endLine, d.endColumn)).toBe(d.excerpt);
      }
    }
    expect(report.results[1]!.diagnostics.map((d) => [d.ruleId, d.line, d.excerpt])).toEqual([['spelling', 4, 'Tusday']]);
  });

  it('lints standard input, taking the format and configuration from --stdin-filename', () => {
    const dir = project({ 'drafts/.gbc-post-lint.yaml': 'rules: { spelling: error }\n' });
    const out = run(['--stdin', '--stdin-filename', 'drafts/post.yaml', '-f', 'json'], { cwd: dir, input: BAD_YAML });
    const report = JSON.parse(out.stdout) as JsonReport;
    expect(report.results[0]!.file).toBe('drafts/post.yaml');
    expect(report.results[0]!.diagnostics.map((d) => [d.ruleId, d.severity])).toEqual([
      ['approved-channel', 'suggestion'],
      ['spelling', 'error'],
    ]);
    expect(out.code).toBe(1);
  });

  it('reports missing, binary and invalid-YAML drafts as input errors and still lints the others', () => {
    const dir = project({
      'good.md': CLEAN_MD,
      'bad.md': BAD_MD,
      'photo.md': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
      'broken.yaml': 'text: "unclosed\nchannel: [x\n',
    });
    const out = run(['-f', 'json', 'good.md', 'missing.md', 'photo.md', 'broken.yaml', 'bad.md'], { cwd: dir });
    expect(out.code).toBe(1);
    const report = JSON.parse(out.stdout) as JsonReport;
    const byFile = Object.fromEntries(report.results.map((r) => [r.file, r.diagnostics.map((d) => `${d.ruleId}:${d.category}:${d.line}`)]));
    expect(byFile).toEqual({
      'good.md': ['approved-channel:channel:2'],
      'photo.md': ['input:input:1'],
      'broken.yaml': ['input:input:1'],
      'bad.md': ['copyright:copyright:5', 'image-alt-text:accessibility:5', 'spelling:spelling:7', 'profanity:profanity:7'],
      'missing.md': ['input:input:1'],
    });
    expect(report.results.find((r) => r.file === 'photo.md')!.diagnostics[0]!.message).toMatch(/binary/);
    expect(report.results.find((r) => r.file === 'missing.md')!.diagnostics[0]!.message).toMatch(/does not exist/);
  });

  it('searches directories for drafts, honouring .gitignore and .gbc-post-lint-ignore', () => {
    const dir = project({
      'drafts/a.md': CLEAN_MD,
      'drafts/b.yaml': 'text: Hello from Gosport.\n',
      'drafts/c.yml': 'text: Hello again.\n',
      'drafts/notes.txt': 'not a draft',
      'drafts/.gbc-post-lint.yaml': 'rules: {}\n',
      'drafts/old/d.md': CLEAN_MD,
      'drafts/tmp/e.md': CLEAN_MD,
      'drafts/.gitignore': 'tmp/\n',
      '.gbc-post-lint-ignore': 'drafts/old/\n',
      'node_modules/pkg/readme.md': BAD_MD,
    });
    const out = run(['-f', 'json', '.'], { cwd: dir });
    expect((JSON.parse(out.stdout) as JsonReport).results.map((r) => r.file)).toEqual(['drafts/a.md', 'drafts/b.yaml', 'drafts/c.yml']);
    expect(out.code).toBe(0);

    const globbed = run(['-f', 'json', 'drafts/**/*.md'], { cwd: dir });
    expect((JSON.parse(globbed.stdout) as JsonReport).results.map((r) => r.file)).toEqual(['drafts/a.md']);

    const ignored = run(['drafts/old/d.md'], { cwd: dir });
    expect(ignored.stderr).toContain('is ignored');
    expect(run(['--no-ignore', '-f', 'json', 'drafts/old/d.md'], { cwd: dir }).stdout).toContain('drafts/old/d.md');
  });

  it('exits 2 on a broken configuration, naming the file and the key, and prints no report', () => {
    const dir = project({ '.gbc-post-lint.yaml': 'rules:\n  spelling: warn\n', 'a.md': CLEAN_MD });
    const out = run(['a.md'], { cwd: dir });
    expect(out.code).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr).toMatch(/\.gbc-post-lint\.yaml:2:13/);
    expect(out.stderr).toMatch(/rules\.spelling: expected a severity/);
  });

  it('exits 2 on bad usage', () => {
    expect(run(['--no-such-option']).code).toBe(2);
    expect(run(['--rule', 'speling=error', 'x.md']).stderr).toContain('did you mean spelling');
    expect(run(['--rule', 'spelling=loud', 'x.md']).code).toBe(2);
    expect(run(['--format', 'xml', 'x.md']).code).toBe(2);
    expect(run(['--max-warnings', 'many', 'x.md']).code).toBe(2);
    const dir = project({});
    expect(run(['*.md'], { cwd: dir }).code).toBe(2);
  });

  it('counts warnings against --max-warnings; --quiet shows errors only; --rule changes a severity', () => {
    const dir = project({ 'a.yaml': BAD_YAML });
    expect(run(['a.yaml'], { cwd: dir }).code).toBe(0);
    expect(run(['--max-warnings', '0', 'a.yaml'], { cwd: dir }).code).toBe(1);
    expect(run(['--quiet', 'a.yaml'], { cwd: dir }).stdout).not.toContain('Tusday');
    const error = run(['--rule', 'spelling=error', 'a.yaml'], { cwd: dir });
    expect(error.code).toBe(1);
    expect(error.stdout).toMatch(/error\s+"Tusday"/);
    expect(run(['--rule', 'spelling=off', '--max-warnings', '0', 'a.yaml'], { cwd: dir }).code).toBe(0);
  });

  it('writes --output-file, but never over a draft', () => {
    const dir = project({ 'a.md': BAD_MD, 'other.md': CLEAN_MD });
    expect(run(['-f', 'json', '-o', 'report.json', 'a.md'], { cwd: dir }).code).toBe(1);
    expect(JSON.parse(readFileSync(join(dir, 'report.json'), 'utf8')).summary.errors).toBe(2);
    for (const target of ['a.md', 'other.md']) {
      const out = run(['-o', target, 'a.md'], { cwd: dir });
      expect(out.code).toBe(2);
      expect(out.stderr).toContain('will not write the report over');
    }
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe(BAD_MD);
    expect(readFileSync(join(dir, 'other.md'), 'utf8')).toBe(CLEAN_MD);
    expect(existsSync(join(dir, '.report.json.tmp'))).toBe(false);
  });

  it('colours only for terminals or --color, and never with --no-color', () => {
    const dir = project({ 'a.md': BAD_MD });
    expect(run(['--color', 'a.md'], { cwd: dir }).stdout).toMatch(/\u001b\[/);
    expect(run(['--color', '--no-color', 'a.md'], { cwd: dir }).stdout).not.toMatch(/\u001b\[/);
  });

  it('lists rules, explains one, and prints the configuration of a draft', () => {
    const rules = run(['rules']);
    expect(rules.code).toBe(0);
    expect(rules.stdout).toMatch(/profanity\s+profanity\s+error\s+§19 §26/);
    expect(rules.stdout).toMatch(/spelling\s+spelling\s+warning\s+§27/);
    const json = JSON.parse(run(['rules', '--format', 'json']).stdout) as { id: string }[];
    expect(json.map((r) => r.id)).toContain('platform-length');

    const explained = run(['explain', 'spelling']);
    expect(explained.code).toBe(0);
    expect(explained.stdout).toMatch(/^# spelling/);
    const unknown = run(['explain', 'speling']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('did you mean spelling');

    const dir = project({ '.gbc-post-lint.yaml': 'dictionary: [Brockhurst]\nrules: { spelling: off }\n' });
    const printed = JSON.parse(run(['--print-config', 'a.md'], { cwd: dir }).stdout);
    expect(printed.rules.spelling).toEqual({ severity: 'off' });
    expect(printed.dictionary).toEqual(['Brockhurst']);
  });
});
