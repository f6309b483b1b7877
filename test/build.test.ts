import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import type { CompileContext, Extension, Token } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript
import { asciiPattern, reachedWithout, rewriteCommandFile } from '../src/build/command-file.mjs';
// @ts-expect-error: a build script, plain JavaScript
import { fdirPicomatch, mdastCompilerOnce, micromarkOnce } from '../src/build/patches.mjs';
import { project, run, type JsonReport } from './helpers/cli.js';

/** What `npm run build` does to the command's file and to the libraries it bundles (src/build/). */

const ROOT = join(import.meta.dirname, '..');
const CLI = join(ROOT, 'dist', 'cli.js');

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
    // An identity escape of the character (/a\’b/) loses its backslash; an escaped backslash before it stays.
    expect(asciiPattern('a\\’b', '')).toBe('a\\u2019b');
    expect(asciiPattern('a\\\\’', '')).toBe('a\\\\\\u2019');
    const same = (source: string, flags: string, texts: string[]) => {
      const written = new RegExp(source, flags);
      const escaped = new RegExp(asciiPattern(source, flags), flags);
      for (const text of texts) expect(escaped.test(text), `${source} /${flags} on ${text}`).toBe(written.test(text));
    };
    same('a\\’b', '', ['a’b', 'a\\u2019b', 'ab']);
    same('a\\\\’', '', ['a\\’', 'a’']);
    same('[’‘]', 'v', ['’', '‘', "'"]);
    same('\\😀', '', ['😀', '\\😀']);
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

  it('builds mdast-util-from-markdown\'s compiler once per options object, with nothing of one document left for the next', async () => {
    // The library as the build bundles it, patched.
    const bundled = await build({
      stdin: { contents: "export { fromMarkdown } from 'mdast-util-from-markdown';", resolveDir: ROOT, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      write: false,
      logLevel: 'silent',
      plugins: [mdastCompilerOnce],
    });
    expect(bundled.warnings).toEqual([]);
    const file = join(mkdtempSync(join(tmpdir(), 'gbc-mdast-')), 'from-markdown.mjs');
    writeFileSync(file, bundled.outputFiles[0]!.text);
    const { fromMarkdown } = (await import(pathToFileURL(file).href)) as typeof import('mdast-util-from-markdown');
    // An extension that counts how often a compiler is configured with it, and leaves a mark in the
    // compiler's scratch state (as the library's own handlers do with inReference and the like).
    let configured = 0;
    const seen: unknown[] = [];
    const extension = {
      get enter() {
        configured++;
        return {
          emphasis(this: CompileContext, token: Token) {
            seen.push((this.data as Record<string, unknown>)['gbcMark']);
            (this.data as Record<string, unknown>)['gbcMark'] = true;
            this.enter({ type: 'emphasis', children: [] }, token);
          },
        };
      },
    };
    const options = { mdastExtensions: [extension as unknown as Extension] };
    const first = fromMarkdown('An *important* notice.', options);
    const second = fromMarkdown('Another *urgent* one.', options);
    expect(configured).toBe(1);
    expect(seen).toEqual([undefined, undefined]);
    expect(JSON.stringify(second)).not.toEqual(JSON.stringify(first));
    expect(second.children[0]).toMatchObject({ type: 'paragraph', children: [{ value: 'Another ' }, { type: 'emphasis', children: [{ value: 'urgent' }] }, { value: ' one.' }] });
  });

  it('patches the libraries it is meant to: no patch was skipped because a library changed', async () => {
    // The build warns when a patch's lines are missing; bundling each patched file shows none do.
    for (const [plugin, specifier] of [
      [micromarkOnce, 'micromark'],
      [mdastCompilerOnce, 'mdast-util-from-markdown'],
      [fdirPicomatch, 'fdir'],
    ] as const) {
      const result = await build({ stdin: { contents: `export * from '${specifier}';`, resolveDir: ROOT, loader: 'js' }, bundle: true, format: 'esm', platform: 'node', write: false, logLevel: 'silent', plugins: [plugin] });
      expect(result.warnings.map((w) => w.text), specifier).toEqual([]);
    }
  });

  it('the bundled command carries the patches', () => {
    const text = readFileSync(CLI, 'utf8');
    expect(text.includes('gbcCombine(')).toBe(true);
    expect(text.includes('gbcCompiler(')).toBe(true);
    expect(/for\s*\(\s*let\s+key\s+in\s+data\w*\s*\)\s*data\w*\[key\]\s*=\s*void 0/.test(text)).toBe(true);
  });

  it('gives fdir the bundled picomatch: no run loads a second copy from node_modules', () => {
    const text = readFileSync(CLI, 'utf8');
    expect(text.match(/.{0,60}require\w*(?:\.resolve)?\(\s*"picomatch"\s*\)/)?.[0]).toBeUndefined();
  });
});
