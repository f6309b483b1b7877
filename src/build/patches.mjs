// Part of `npm run build` (src/build/bundle.mjs): esbuild plugins that patch a few libraries as
// they are bundled, where they redo for every call what a run needs once. Each patch leaves the
// library's results as they were (test/build.test.ts).
import { readFile } from 'node:fs/promises';

/**
 * A plugin that rewrites one file of a library as it is bundled. Each text of `expects` must stand
 * in the file exactly once; if the library has changed and one does not, the build warns and
 * bundles the file as it is (slower, never wrong).
 */
export function patchLibrary(name, file, expects, patch, warning) {
  return {
    name,
    setup(esbuild) {
      esbuild.onLoad({ filter: file }, async (args) => {
        const source = await readFile(args.path, 'utf8');
        if (!expects.every((text) => source.split(text).length === 2)) return { contents: source, loader: 'js', warnings: [{ text: warning }] };
        return { contents: patch(source), loader: 'js' };
      });
    },
  };
}

/**
 * fdir (under tinyglobby) looks for picomatch at run time with require(), outside the bundle: every
 * run then found, read and compiled picomatch's seven files from node_modules, beside the copy the
 * bundle already has. It is given the bundled copy instead. Should fdir change those lines, the
 * build says so and bundles it as it is.
 */
const FDIR_LOOKUP = '__require.resolve("picomatch");\n\tpm = __require("picomatch");';
export const fdirPicomatch = patchLibrary(
  'fdir-bundled-picomatch',
  /[\\/]fdir[\\/]dist[\\/]index\.mjs$/,
  [FDIR_LOOKUP],
  (source) => `import gbcPicomatch from 'picomatch';\n${source.replace(FDIR_LOOKUP, 'pm = gbcPicomatch;')}`,
  "fdir no longer looks for picomatch as it did: each run may load node_modules' copy",
);

/**
 * micromark combines its constructs with the extensions (GFM, front matter) on every parse: the
 * same work for every markdown draft of a run, since the parser's options are made once
 * (src/drafts/markdown.ts). It is done once per extensions list instead. Should micromark change
 * that line, the build says so and bundles it as it is.
 */
const COMBINE = 'combineExtensions([defaultConstructs, ...(settings.extensions || [])])';
export const micromarkOnce = patchLibrary(
  'micromark-combine-once',
  /[\\/]micromark[\\/]lib[\\/]parse\.js$/,
  [COMBINE],
  (source) => {
    const cached = [
      'const gbcCombined = new WeakMap();',
      'function gbcCombine(extensions) {',
      '  if (!extensions) return combineExtensions([defaultConstructs]);',
      '  let constructs = gbcCombined.get(extensions);',
      '  if (!constructs) gbcCombined.set(extensions, (constructs = combineExtensions([defaultConstructs, ...extensions])));',
      '  return constructs;',
      '}',
    ].join('\n');
    return `${source.replace(COMBINE, 'gbcCombine(settings.extensions)')}\n${cached}\n`;
  },
  `micromark's parse.js no longer has ${COMBINE}: its constructs are combined on every parse`,
);

/**
 * mdast-util-from-markdown builds its compiler (a config of some 150 handlers, merged with the
 * extensions' handlers) on every call: the same work for every markdown draft, and a function so
 * large that V8 spends about half a second of CPU optimising it over 2,000 drafts. It is built once
 * per options object instead, and the compiler's per-document scratch state (`data`: inReference,
 * inTable…) is cleared at the start of each document, as a new compiler's would be. Should the
 * library change those lines, the build says so and bundles it as it is.
 */
const MDAST_CALL = 'return compiler(options)(';
const MDAST_DATA = 'const data = {};';
const MDAST_COMPILE = 'function compile(events) {';
export const mdastCompilerOnce = patchLibrary(
  'mdast-compiler-once',
  /[\\/]mdast-util-from-markdown[\\/]lib[\\/]index\.js$/,
  [MDAST_CALL, MDAST_DATA, MDAST_COMPILE],
  (source) => {
    const patched = source
      .replace(MDAST_CALL, 'return gbcCompiler(options)(')
      .replace(MDAST_COMPILE, `${MDAST_COMPILE}\n    for (const key in data) data[key] = undefined;`);
    const cached = [
      'const gbcCompilers = new WeakMap();',
      'let gbcDefaultCompiler;',
      'function gbcCompiler(options) {',
      '  if (!options) return (gbcDefaultCompiler ??= compiler(options));',
      '  let made = gbcCompilers.get(options);',
      '  if (!made) gbcCompilers.set(options, (made = compiler(options)));',
      '  return made;',
      '}',
    ].join('\n');
    return `${patched}\n${cached}\n`;
  },
  'mdast-util-from-markdown has changed: its compiler is built on every parse',
);
