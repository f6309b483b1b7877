// `npm run build`: bundles the command with esbuild into one file (its rules run when first
// enabled; a few heavy libraries apart in dist/lazy/), then compiles the rules' term lists and
// dictionary into dist/data/. The library entry and the config-schema script are bundled apart,
// so that they do not change the command's file (a pre-commit hook pays for every file it
// loads); tsc then writes the library's type declarations (tsconfig.build.json).
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { reachedWithout, rewriteCommandFile } from './command-file.mjs';
import { fdirPicomatch, mdastCompilerOnce, micromarkOnce } from './patches.mjs';

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
  plugins: [nativeFeatures, fdirPicomatch, lazyChildProcess, micromarkOnce, mdastCompilerOnce],
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
};
// The command is one file: a pre-commit hook pays for each file it loads (resolving, reading,
// linking), more than for the code in it. The rules loaded on demand are in it as functions run the
// first time a rule is enabled, so a rule that is off still costs no work.
const command = await build({ ...options, entryPoints: ['src/cli.ts'], splitting: false, metafile: true, plugins: [...options.plugins, lazyLibraries] });
// Modules outside the markdown parser (the rules and what they use) are compiled when the file
// loads, read once, and the file is ASCII (src/build/command-file.mjs); the markdown parser, which
// only markdown drafts need, stays lazy.
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
