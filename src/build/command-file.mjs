// Part of `npm run build` (src/build/bundle.mjs): two rewrites of the command's file, dist/cli.js,
// that make it quicker to load. Neither changes what the code does (test/build.test.ts).
//
// 1. Modules a run with the recommended rules initialises are compiled when the file loads: every
//    module outside the markdown parser (a rule that is off is compiled too, never run). In a
//    one-file bundle, esbuild wraps each module imported on demand (the rules, the markdown
//    parser) and each CommonJS package in a function run on first use:
//
//      var init_profanity = __esm({ "rules/profanity/index.ts"() { … } });
//
//    V8 skims such a function when the file loads and parses it again in full the first time it
//    runs, so a module that runs in every lint is read twice. Wrapped in brackets,
//    `"…": (function () { … })`, V8 compiles it at once (its heuristic for functions about to be
//    called) and reads it once. The markdown parser is left as it is: a run over YAML drafts never
//    uses it, and skimming it is cheaper than compiling it.
//
// 2. The file is ASCII. esbuild escapes other characters in strings but writes them as they are in
//    regular expressions (/[#＃]/, /['’]/); one such character makes Node decode the whole
//    megabyte as UTF-8 (about 7 ms) and V8 hold and scan it as two-byte text. They are written as
//    \u escapes, which mean the same character in a pattern.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'acorn';
import MagicString from 'magic-string';

const WRAPPERS = new Set(['__esm', '__commonJS']);
const NON_ASCII = /[^\x00-\x7f]/u;

/**
 * The inputs of `metafile` that the entry reaches without passing through one of `lazyRoots` (the
 * modules on the far side are the ones only those roots need).
 */
export function reachedWithout(metafile, entry, lazyRoots) {
  const missing = lazyRoots.filter((root) => !(root in metafile.inputs));
  if (missing.length) throw new Error(`build: ${missing.join(', ')} is not in the bundle: which modules to leave lazy must be said anew`);
  const seen = new Set();
  const queue = [entry];
  while (queue.length) {
    const path = queue.pop();
    if (seen.has(path) || lazyRoots.includes(path)) continue;
    seen.add(path);
    for (const imported of metafile.inputs[path]?.imports ?? []) if (!imported.external) queue.push(imported.path);
  }
  return seen;
}

/** A regular expression literal's characters outside ASCII as escapes with the same meaning under its flags. */
export function asciiPattern(raw, flags) {
  const unicode = flags.includes('u') || flags.includes('v');
  const hex = (unit) => `\\u${unit.toString(16).padStart(4, '0')}`;
  // A backslash before the character (an identity escape, /\’/) is dropped: the \u escape stands for it.
  return raw.replace(/(\\*)([^\x00-\x7f])/gu, (_, backslashes, ch) => {
    const kept = backslashes.length % 2 ? backslashes.slice(1) : backslashes;
    return kept + escape(ch);
  });

  function escape(ch) {
    const code = ch.codePointAt(0);
    if (code <= 0xffff) return hex(code);
    // Outside the BMP: one code point under the u flag; without it, the two UTF-16 units it is read as.
    return unicode ? `\\u{${code.toString(16)}}` : hex(ch.charCodeAt(0)) + hex(ch.charCodeAt(1));
  }
}

/**
 * Rewrites `file`: wrappers of modules `eager(path)` accepts become bracketed function expressions,
 * and regular expression literals become ASCII. Returns how many of each, and any text left outside
 * ASCII (which the build reports).
 */
export function rewriteCommandFile(file, eager) {
  const source = readFileSync(file, 'utf8');
  const out = new MagicString(source);
  const counts = { eager: 0, patterns: 0 };
  const visit = (node) => {
    if (node.type === 'Literal' && node.regex && NON_ASCII.test(node.raw)) {
      out.overwrite(node.start, node.end, `/${asciiPattern(node.regex.pattern, node.regex.flags)}/${node.regex.flags}`);
      counts.patterns++;
      return;
    }
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && WRAPPERS.has(node.callee.name) && node.arguments[0]?.type === 'ObjectExpression') {
      for (const property of node.arguments[0].properties) {
        if (!property.method || !eager(property.key.value ?? property.key.name)) continue;
        const fn = property.value;
        // `"path"(exports, module) { … }` → `"path": (function (exports, module) { … })`
        out.overwrite(property.start, fn.start, `${source.slice(property.key.start, property.key.end)}:(${fn.async ? 'async ' : ''}function`);
        out.appendLeft(fn.end, ')');
        counts.eager++;
      }
    }
    for (const value of Object.values(node)) {
      if (Array.isArray(value)) {
        for (const child of value) if (child && typeof child.type === 'string') visit(child);
      } else if (value && typeof value.type === 'string') {
        visit(value);
      }
    }
  };
  visit(parse(source, { ecmaVersion: 'latest', sourceType: 'module' }));
  const text = out.toString();
  writeFileSync(file, text);
  const nonAscii = text.split('\n').filter((line) => NON_ASCII.test(line)).map((line) => line.match(/.{0,40}[^\x00-\x7f].{0,20}/u)[0]);
  return { ...counts, nonAscii };
}
