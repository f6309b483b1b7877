// Part of `npm run build` (src/build/bundle.mjs): marks the command's module wrappers that every
// run initialises for V8 to compile when the file loads.
//
// In a one-file bundle, esbuild wraps each module that is imported on demand (the rules, the
// markdown parser) and each CommonJS package in a function run on first use:
//
//   var init_profanity = __esm({ "rules/profanity/index.ts"() { … } });
//
// V8 skims such a function when the file loads and parses it again in full the first time it runs,
// so a module that runs in every lint is read twice. Wrapped in brackets, `"…": (function () { … })`,
// V8 compiles it at once (its heuristic for functions about to be called) and reads it once. The
// markdown parser is left as it is: a run over YAML drafts never uses it, and skimming it is cheaper
// than compiling it.
import { readFileSync, writeFileSync } from 'node:fs';
import { parse } from 'acorn';
import MagicString from 'magic-string';

const WRAPPERS = new Set(['__esm', '__commonJS']);

/**
 * The inputs of `metafile` that the entry reaches without passing through one of `lazyRoots` (the
 * modules on the far side are the ones only those roots need).
 */
export function reachedWithout(metafile, entry, lazyRoots) {
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

/** Rewrites the wrappers of `file` whose module `eager(path)` accepts as bracketed function expressions; returns how many. */
export function compileEagerly(file, eager) {
  const source = readFileSync(file, 'utf8');
  const out = new MagicString(source);
  let count = 0;
  const visit = (node) => {
    if (node.type === 'CallExpression' && node.callee.type === 'Identifier' && WRAPPERS.has(node.callee.name) && node.arguments[0]?.type === 'ObjectExpression') {
      for (const property of node.arguments[0].properties) {
        if (!property.method || !eager(property.key.value ?? property.key.name)) continue;
        const fn = property.value;
        // `"path"(exports, module) { … }` → `"path": (function (exports, module) { … })`
        out.overwrite(property.start, fn.start, `${source.slice(property.key.start, property.key.end)}:(${fn.async ? 'async ' : ''}function`);
        out.appendLeft(fn.end, ')');
        count++;
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
  writeFileSync(file, out.toString());
  return count;
}
