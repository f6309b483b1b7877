// `npm run build`: bundles the command with esbuild into one file (its rules run when first
// enabled; a few heavy libraries apart in dist/lazy/), then compiles the rules' term lists and
// dictionary into dist/data/. The library entry and the config-schema script are bundled apart,
// so that they do not change the command's file (a pre-commit hook pays for every file it
// loads); tsc then writes the library's type declarations (tsconfig.build.json).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { reachedWithout, rewriteCommandFile } from './command-file.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const dist = join(root, 'dist');

/**
 * twitter-text pulls in core-js 2 polyfills for ES2015 features every Node we
 * support has natively; loading them only costs start-up time.
 */
const nativeFeatures = {
  name: 'native-features',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^core-js\/modules\// }, (args) => ({ path: args.path, namespace: 'native-feature' }));
    esbuild.onLoad({ filter: /.*/, namespace: 'native-feature' }, () => ({ contents: '', loader: 'js' }));
  },
};

/**
 * commander requires node:child_process when it loads, for stand-alone executable subcommands,
 * which this tool has none of; loading it (and the networking modules it needs) costs every run
 * start-up time. Its one use, `spawn`, loads it when called.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^node:child_process$/ }, (args) =>
      /[\\/]node_modules[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'lazy-child-process' } : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'lazy-child-process' }, () => ({
      contents: "module.exports = { spawn: (...args) => require('node:child_process').spawn(...args) };",
      loader: 'js',
    }));
  },
};

/**
 * yaml's Node entry is CommonJS, which esbuild wraps whole: V8 then reads its 260 kB twice at
 * start-up (skimmed when the command's file loads, parsed in full when the wrapper first runs) and
 * keeps all of it. Its ES module build (the package's "browser" entry, the same code but for
 * reading `!!binary` without Buffer and warning with console.warn) is read once, and esbuild drops
 * what the tool never calls.
 */
const yamlModules = {
  name: 'yaml-es-modules',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^yaml$/ }, () => ({ path: join(root, 'node_modules', 'yaml', 'browser', 'index.js') }));
  },
};

/**
 * A plugin that rewrites one file of a library as it is bundled. Each text of `expects` must stand
 * in the file exactly once; if the library has changed and one does not, the build warns and
 * bundles the file as it is (slower, never wrong).
 */
function patchLibrary(name, file, expects, patch, warning) {
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
const fdirPicomatch = patchLibrary(
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
const micromarkOnce = patchLibrary(
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
const mdastCompilerOnce = patchLibrary(
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

/**
 * Libraries a run needs now and then (a phone-shaped number, a token-shaped string, rule data to
 * compile), kept out of the command's file in files of their own under dist/lazy/, and built apart.
 */
const LAZY = {
  './phone-library.js': ['phone-library', 'rules/personal-data/phone-library.ts'],
  'libphonenumber-js/metadata.max.json': ['phone-metadata', 'libphonenumber-js/metadata.max.json'],
  '@secretlint/core': ['secretlint-core', '@secretlint/core'],
  '@secretlint/secretlint-rule-preset-recommend': ['secretlint-preset', '@secretlint/secretlint-rule-preset-recommend'],
};
const lazyLibraries = {
  name: 'lazy-libraries',
  setup(esbuild) {
    const specifiers = Object.keys(LAZY).map((s) => s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'));
    esbuild.onResolve({ filter: new RegExp(`^(?:${specifiers.join('|')})$`) }, (args) => ({ path: `./lazy/${LAZY[args.path][0]}.js`, external: true }));
  },
};

rmSync(dist, { recursive: true, force: true });
const options = {
  absWorkingDir: root,
  outbase: 'src',
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // esbuild rewrites /\p{Lu}/u as `new RegExp("\\p{Lu}", "u")` for Node targets (in case Node's
  // Unicode tables differ from its own), which makes a new RegExp object each time the expression
  // runs, in the hottest loops. Node reads them as written, as it does running the sources.
  supported: { 'regexp-unicode-property-escapes': true },
  chunkNames: 'chunks/[name]-[hash]',
  // dictionary-en-gb reads its files next to its own module; only the build step uses it.
  external: ['dictionary-en-gb'],
  // Bundled CommonJS packages (twitter-text) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __gbcRequire } from 'node:module'; const require = __gbcRequire(import.meta.url);" },
  plugins: [nativeFeatures, yamlModules, fdirPicomatch, lazyChildProcess, micromarkOnce, mdastCompilerOnce],
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
};
// The command is one file: a pre-commit hook pays for each file it loads (resolving, reading,
// linking), more than for the code in it. The rules loaded on demand are in it as functions run the
// first time a rule is enabled, so a rule that is off still costs no work.
const command = await build({ ...options, entryPoints: ['src/cli.ts'], splitting: false, metafile: true, plugins: [...options.plugins, lazyLibraries] });
// Modules every run initialises are compiled when the file loads, read once, and the file is ASCII
// (src/build/command-file.mjs); the markdown parser, which only markdown drafts need, stays lazy.
const everyRun = reachedWithout(command.metafile, 'src/cli.ts', ['src/drafts/markdown.ts', 'src/reporters/rule-docs.ts']);
const rewritten = rewriteCommandFile(join(dist, 'cli.js'), (path) => everyRun.has(path));
if (rewritten.eager < 100) console.warn(`build: only ${rewritten.eager} of the command's modules are compiled when it loads; has esbuild changed how it wraps them?`);
for (const text of rewritten.nonAscii) console.warn(`build: dist/cli.js is not ASCII, so it loads more slowly: …${text}…`);
await build({ ...options, entryPoints: Object.fromEntries(Object.values(LAZY)), outdir: join(dist, 'lazy'), outbase: undefined, chunkNames: 'chunks/[name]-[hash]' });
// The data compiler imports every rule's data module: bundled with the command, each of those would
// become a small file of its own that the command then loads.
await build({ ...options, entryPoints: ['src/build/data.ts'], chunkNames: 'chunks/build/[name]-[hash]' });
await build({ ...options, entryPoints: ['src/index.ts', 'src/build/config-schema.ts'], chunkNames: 'chunks/library/[name]-[hash]' });
execFileSync(process.execPath, [join(dist, 'build', 'data.js')], { stdio: 'inherit' });
