import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript
import { asciiPattern, reachedWithout, rewriteCommandFile } from '../src/build/command-file.mjs';
import { project, run, type JsonReport } from './helpers/cli.js';

/** What `npm run build` does to the command's file and to the libraries it bundles (src/build/). */

const CLI = join(import.meta.dirname, '..', 'dist', 'cli.js');

describe('the command file as rewritten by the build (src/build/command-file.mjs)', () => {
  it('brackets the chosen wrappers, leaves the others, and the code runs the same', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'gbc-eager-'));
    const file = join(dir, 'bundle.mjs');
    writeFileSync(
      file,
      [
        'var __esm = (fn, res) => function () { return fn && (res = (0, fn[Object.getOwnPropertyNames(fn)[0]])((fn = 0))), res; };',
        'var __commonJS = (cb, mod) => function () { return mod || (0, cb[Object.getOwnPropertyNames(cb)[0]])((mod = { exports: {} }).exports, mod), mod.exports; };',
        'export const log = [];',
        'var init_a = __esm({ "src/a.ts"() { log.push("a"); } });',
        'var init_b = __esm({ async "src/b.ts"() { await null; log.push("b"); } });',
        'var require_c = __commonJS({ "node_modules/c/index.js"(exports, module) { module.exports = { c: 3 }; } });',
        'export async function run() { init_a(); await init_b(); return require_c().c; }',
        'export const patterns = [/[#＃]/, /^[\'’]$/u, /😀|x/, /[😀]/u, /a–b/giu];',
      ].join('\n'),
    );
    const rewritten = rewriteCommandFile(file, (path: string) => path !== 'src/a.ts');
    const text = readFileSync(file, 'utf8');
    expect(rewritten).toEqual({ eager: 2, patterns: 5, nonAscii: [] });
    expect(text).toMatch(/^[\x00-\x7f]*$/);
    expect(text).toContain('"src/a.ts"() {');
    expect(text).toContain('"src/b.ts":(async function() {');
    expect(text).toContain('"node_modules/c/index.js":(function(exports, module) {');
    const bundle = await import(pathToFileURL(file).href);
    expect(await bundle.run()).toBe(3);
    expect(bundle.log).toEqual(['a', 'b']);
    // The escaped patterns match what the written ones did.
    const [hash, apostrophe, emoji, emojiClass, dash] = bundle.patterns as RegExp[];
    expect(hash!.test('＃BinDay') && !hash!.test('BinDay')).toBe(true);
    expect(apostrophe!.test('’') && apostrophe!.test("'") && !apostrophe!.test('‘')).toBe(true);
    expect(emoji!.test('Well done 😀') && !emoji!.test('Well done')).toBe(true);
    expect(emojiClass!.exec('a 😀 b')?.[0]).toBe('😀');
    expect(dash!.test('A–B') && !dash!.test('a-b')).toBe(true);
  });

  it('writes a pattern outside ASCII as escapes that mean the same under its flags', () => {
    expect(asciiPattern('[#＃]', '')).toBe('[#\\uff03]');
    expect(asciiPattern('😀', 'u')).toBe('\\u{1f600}');
    expect(asciiPattern('😀', 'g')).toBe('\\ud83d\\ude00');
    expect(asciiPattern('plain', 'u')).toBe('plain');
  });

  it('finds the modules reached without passing through a lazy root', () => {
    const metafile = {
      inputs: {
        'src/cli.ts': { imports: [{ path: 'src/lint.ts' }, { path: 'src/markdown.ts' }, { path: 'node:fs', external: true }] },
        'src/lint.ts': { imports: [{ path: 'src/shared.ts' }] },
        'src/markdown.ts': { imports: [{ path: 'src/shared.ts' }, { path: 'node_modules/micromark/index.js' }] },
        'src/shared.ts': { imports: [] },
        'node_modules/micromark/index.js': { imports: [] },
      },
    };
    expect([...reachedWithout(metafile, 'src/cli.ts', ['src/markdown.ts'])].sort()).toEqual(['src/cli.ts', 'src/lint.ts', 'src/shared.ts']);
  });

  it('is applied to the built command: ASCII, the rules compiled at load, the markdown parser not', () => {
    const text = readFileSync(CLI, 'utf8');
    expect(text.match(/.{0,40}[^\x00-\x7f].{0,20}/u)?.[0]).toBeUndefined();
    expect(/"rules\/profanity\/index\.ts":\((?:async )?function/.test(text)).toBe(true);
    expect(/"node_modules\/micromark\/lib\/parse\.js"\(/.test(text)).toBe(true);
  });
});

describe('the markdown parser as bundled (micromark and mdast-util-from-markdown made once per run)', () => {
  it('reads each draft of a run afresh: one draft\'s half-finished markup never carries into the next', () => {
    // Each draft leaves the parser mid-way through something (a reference, a table, a code fence,
    // a character reference, a setext heading, a hard break) before the next is read.
    const drafts: Record<string, string> = {
      'a.md': 'See [the guide][guide] and [this one][\n\n[guide]: https://gosport.gov.uk/guide\n',
      'b.md': '| Day | Bins |\n| --- | ---- |\n| Mon | Blue\n\nThe depot is shut &amp; the tip is open &copy\n',
      'c.md': 'Opening times\n===\n\nCall in  \n```\nfenced but never closed\n',
      'd.md': 'Please see [the map][] and ![a photo of the pier](pier.jpg)\nThe library opens at 9am. Damn.\n',
      'e.md': '- [ ] check the pier\n- [x] paint the railings\n\nA footnote[^1].\n\n[^1]: Weather allowing.\n',
    };
    const dir = project(drafts);
    const together = JSON.parse(run(['--format', 'json', '.'], { cwd: dir }).stdout) as JsonReport;
    expect(together.results.map((r) => r.file)).toEqual(Object.keys(drafts));
    // (Notes said once per run go with the first draft of a run.)
    const perDraft = (report: JsonReport) => report.results[0]!.diagnostics.filter((d) => !d.message.includes('(Said once per run.)'));
    for (const [i, result] of together.results.entries()) {
      const alone = JSON.parse(run(['--format', 'json', result.file], { cwd: dir }).stdout) as JsonReport;
      expect(together.results[i]!.diagnostics.filter((d) => !d.message.includes('(Said once per run.)')), result.file).toEqual(perDraft(alone));
    }
    // The run found something, for the comparison to mean anything.
    expect(together.results.find((r) => r.file === 'd.md')!.diagnostics.some((d) => d.ruleId === 'profanity')).toBe(true);
  });

  it('keeps the build patches: the bundled command makes the parser and its constructs once', () => {
    const text = readFileSync(CLI, 'utf8');
    expect(text.includes('gbcCombine(')).toBe(true);
    expect(text.includes('gbcCompiler(')).toBe(true);
  });

  it('gives fdir the bundled picomatch: no run loads a second copy from node_modules', () => {
    const text = readFileSync(CLI, 'utf8');
    expect(text.match(/.{0,60}require\w*(?:\.resolve)?\(\s*"picomatch"\s*\)/)?.[0]).toBeUndefined();
  });
});
