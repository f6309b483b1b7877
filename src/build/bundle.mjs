// `npm run build`: bundles the command with esbuild (one file per lazily loaded rule), then
// compiles the rules' term lists and dictionary into dist/data/.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

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

rmSync(dist, { recursive: true, force: true });
await build({
  absWorkingDir: root,
  entryPoints: ['src/cli.ts', 'src/build/data.ts'],
  outbase: 'src',
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  // dictionary-en-gb reads its files next to its own module; only the build step uses it.
  external: ['dictionary-en-gb'],
  // Bundled CommonJS packages (twitter-text) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __gbcRequire } from 'node:module'; const require = __gbcRequire(import.meta.url);" },
  plugins: [nativeFeatures],
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
});
execFileSync(process.execPath, [join(dist, 'build', 'data.js')], { stdio: 'inherit' });
