import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, lintFiles, lintText, loadConfig } from '../src/index.js';

/**
 * The library, as a program that depends on gbc-post-lint uses it: the built
 * package imported by name, its type declarations, and the same answers as the
 * command line (which is built on it).
 */
const ROOT = join(import.meta.dirname, '..');
const BIN = join(ROOT, 'bin', 'gbc-post-lint.js');

const BAD_MD = '---\nchannel: x/GosportBC\nmedia:\n  - file: bins.jpg\n---\nWe recieve too much shit in the recycling bins.\n';
const BAD_YAML = 'channel: facebook/GosportBoroughCouncil\ntext: |\n  The new colour-coded bins\n  arrive in Rowner on Tusday.\n';

/** The drafts here are about the API: the governance rules' notes on a bare draft (no register, purpose) and the copyright rule's credit warning are tested with those rules. */
const BARE = 'rules: { approved-channel: off, post-purpose: off, copyright: off }\n';
const BARE_RULES = { 'approved-channel': 'off', 'post-purpose': 'off', copyright: 'off' } as const;

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gbc-api-'));
  const root = files['.gbc-post-lint.yaml'];
  // A test's own root configuration gets the same two rules switched off, on top of its own rules.
  files = { ...files, '.gbc-post-lint.yaml': root === undefined ? BARE : root.replace(/^rules: \{ /m, 'rules: { approved-channel: off, post-purpose: off, copyright: off, ') };
  for (const [name, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, name)), { recursive: true });
    writeFileSync(join(dir, name), content);
  }
  return dir;
}

/** A project with gbc-post-lint installed (linked, as `npm link` does). */
function consumer(files: Record<string, string>): string {
  const dir = project({ 'package.json': '{ "type": "module", "private": true }\n', ...files });
  mkdirSync(join(dir, 'node_modules'));
  symlinkSync(ROOT, join(dir, 'node_modules', 'gbc-post-lint'), 'dir');
  // A TypeScript program for Node has Node's types (URL and the like appear in the declarations).
  mkdirSync(join(dir, 'node_modules', '@types'));
  symlinkSync(join(ROOT, 'node_modules', '@types', 'node'), join(dir, 'node_modules', '@types', 'node'), 'dir');
  return dir;
}

// These run Node and tsc in child processes: seconds each on a loaded machine.
describe('the built package', { timeout: 60_000 }, () => {
  it('is built (npm test builds first)', () => {
    expect(existsSync(join(ROOT, 'dist', 'index.js')) && existsSync(join(ROOT, 'dist', 'types', 'src', 'index.d.ts'))).toBe(true);
  });

  it("is imported by name: import { lintText, lintFiles, loadConfig } from 'gbc-post-lint'", () => {
    const dir = consumer({
      'drafts/bins.md': BAD_MD,
      'drafts/calendar.yaml': BAD_YAML,
      '.gbc-post-lint.yaml': 'rules: { spelling: error }\n',
      'main.js': `
        import { lintText, lintFiles, loadConfig, formatResults, FORMATS } from 'gbc-post-lint';
        const text = await lintText('Fly-tipping is a crime. Dont do it, its shit.', { filePath: 'drafts/post.md' });
        const files = await lintFiles(['drafts']);
        const config = loadConfig('drafts/post.md');
        const sarif = JSON.parse(await formatResults(files.results, { format: 'sarif' }));
        console.log(JSON.stringify({
          text: text.diagnostics.map((d) => [d.ruleId, d.severity, d.excerpt]),
          files: files.results.map((r) => [r.file, r.diagnostics.map((d) => d.ruleId)]),
          summary: files.summary,
          spelling: config.rules.spelling.severity,
          formats: FORMATS,
          sarifResults: sarif.runs[0].results.length,
        }));
      `,
    });
    const run = spawnSync(process.execPath, ['main.js'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const out = JSON.parse(run.stdout);
    expect(out.text).toContainEqual(['profanity', 'error', 'shit']);
    expect(out.files).toEqual([
      ['drafts/bins.md', ['image-alt-text', 'spelling', 'profanity']],
      ['drafts/calendar.yaml', ['spelling']],
    ]);
    expect(out.summary).toEqual({ files: 2, errors: 4, warnings: 0, suggestions: 0 });
    expect(out.spelling).toBe('error');
    expect(out.formats).toEqual(['stylish', 'json', 'compact', 'sarif', 'github', 'gitlab', 'junit']);
    expect(out.sarifResults).toBe(4);
  });

  it("runs the README's example as written", () => {
    const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
    const example = /## Library\n[\s\S]*?```js\n([\s\S]*?)```/.exec(readme)![1]!;
    const dir = consumer({ 'drafts/bins.md': BAD_MD, 'example.js': example });
    const run = spawnSync(process.execPath, ['example.js'], { cwd: dir, encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout.split('\n')).toEqual([
      '1:4 warning spelling: "recieve" is not in the British English dictionary. §27 asks for "basic spellchecking": it is a common misspelling of "receive".',
      expect.stringMatching(/^1:25 warning spelling: "Tusday" is not in the British English dictionary\./),
      '3 errors and 0 warnings in 1 draft(s)',
      'warning true',
      '',
    ]);
  });

  it('has type declarations a TypeScript program checks against', () => {
    const dir = consumer({
      'tsconfig.json': JSON.stringify({
        compilerOptions: { target: 'ES2022', lib: ['ES2022'], module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'] },
        files: ['main.ts'],
      }),
      'main.ts': `
        import { lintText, lintFiles, loadConfig, formatResults, ConfigError, type Diagnostic, type LintResult, type SeveritySetting } from 'gbc-post-lint';
        const result: LintResult = await lintText('Bins go out on Monday.', { filePath: 'drafts/a.md', rules: { spelling: 'error' } });
        const first: Diagnostic | undefined = result.diagnostics[0];
        const where: string = first ? \`\${first.line}:\${first.column}-\${first.endLine}:\${first.endColumn} \${first.excerpt}\` : '';
        const report = await lintFiles(['drafts'], { ignore: false, cwd: '.' });
        const errors: number = report.summary.errors;
        const ignored: { path: string; reason: string }[] = report.skipped;
        const severity: SeveritySetting | undefined = loadConfig('drafts/a.md').rules['spelling']?.severity;
        const sarif: string = await formatResults(report.results, { format: 'sarif', docsUrl: 'https://example.org/' });
        // @ts-expect-error lintText takes text or bytes
        await lintText(42);
        // @ts-expect-error there is no such format
        await formatResults([], { format: 'xml' });
        // @ts-expect-error severities are off, suggestion, warning and error
        await lintText('x', { rules: { spelling: 'fatal' } });
        export { where, errors, ignored, severity, sarif, ConfigError };
      `,
    });
    const tsc = spawnSync(process.execPath, [join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: dir, encoding: 'utf8' });
    expect(tsc.stdout + tsc.stderr).toBe('');
    expect(tsc.status).toBe(0);
  });
});

describe('lintText', () => {
  it('reads bytes as the CLI reads files, and a string as given (a byte order mark dropped)', async () => {
    const fromBytes = await lintText(new TextEncoder().encode('\uFEFF' + BAD_MD), { filePath: 'bins.md', rules: BARE_RULES });
    const fromString = await lintText('\uFEFF' + BAD_MD, { filePath: 'bins.md', rules: BARE_RULES });
    expect(fromString).toEqual(fromBytes);
    expect(fromString.diagnostics.map((d) => [d.ruleId, d.line, d.column, d.excerpt])).toEqual([
      ['image-alt-text', 4, 11, 'bins.jpg'],
      ['spelling', 6, 4, 'recieve'],
      ['profanity', 6, 21, 'shit'],
    ]);
    const utf16 = await lintText(new Uint8Array([0xff, 0xfe, 0x48, 0x00]), { filePath: 'x.md' });
    expect(utf16.diagnostics.map((d) => [d.ruleId, d.message])).toEqual([['input', 'The file is UTF-16 text; save it as UTF-8.']]);
  });

  it('takes the format from filePath, names the result <text> without one, and applies rule severities', async () => {
    const yaml = await lintText(BAD_YAML, { filePath: 'cal.yaml', rules: { ...BARE_RULES, spelling: 'error' } });
    expect(yaml.diagnostics.map((d) => [d.ruleId, d.severity, d.line, d.excerpt])).toEqual([['spelling', 'error', 4, 'Tusday']]);
    const unnamed = await lintText('Bins go out on Tusday.', { rules: BARE_RULES });
    expect(unnamed.file).toBe('<text>');
    expect(unnamed.diagnostics.map((d) => d.excerpt)).toEqual(['Tusday']);
  });

  it('refuses an unknown rule or severity with a ConfigError', async () => {
    await expect(lintText('x', { rules: { speling: 'off' } })).rejects.toThrow(/rules\.speling: unknown rule; did you mean `spelling`\?/);
    await expect(lintText('x', { rules: { spelling: 'loud' as never } })).rejects.toBeInstanceOf(ConfigError);
  });

  it('finds the configuration from filePath, or uses configFile relative to cwd', async () => {
    const dir = project({ 'strict/.gbc-post-lint.yaml': 'rules: { spelling: off }\n', 'other.yaml': 'rules: { approved-channel: off, post-purpose: off, copyright: off, profanity: off }\n' });
    const text = 'We recieve too much shit.';
    const found = await lintText(text, { cwd: dir, filePath: 'strict/post.md' });
    expect(found.diagnostics.map((d) => d.ruleId)).toEqual(['profanity']);
    const given = await lintText(text, { cwd: dir, filePath: 'strict/post.md', configFile: 'other.yaml' });
    expect(given.diagnostics.map((d) => d.ruleId)).toEqual(['spelling']);
  });
});

describe('the command line uses the same API', { timeout: 30_000 }, () => {
  const run = (args: string[], cwd: string) => spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });

  it('--print-config is loadConfig', () => {
    const dir = project({ 'drafts/.gbc-post-lint.yaml': 'extends: strict\ndictionary: [Brockhurst]\nrules: { platform-length: { limits: { x: 200 } } }\n' });
    const cli = JSON.parse(run(['--print-config', 'drafts/a.md', '--rule', 'profanity=warning'], dir).stdout);
    expect(cli).toEqual(JSON.parse(JSON.stringify(loadConfig('drafts/a.md', { cwd: dir, rules: { profanity: 'warning' } }))));
    expect(cli.rules.profanity.severity).toBe('warning');
  });

  it('--format json reports what lintFiles returns', async () => {
    const dir = project({ 'drafts/bins.md': BAD_MD, 'drafts/cal.yaml': BAD_YAML, 'drafts/ok.md': 'Bins go out on Monday.\n' });
    const cli = JSON.parse(run(['--format', 'json', 'drafts', 'missing.md'], dir).stdout);
    const api = await lintFiles(['drafts', 'missing.md'], { cwd: dir });
    expect(cli.results).toEqual(api.results.map(({ file, diagnostics }) => ({ file, diagnostics })));
    expect(cli.summary).toEqual(api.summary);
  });
});
