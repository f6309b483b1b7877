// npm run bench: whole-process figures anyone can reproduce.
//
//   node bench/run.mjs [--drafts 2000] [--memory-drafts 10000] [--runs 11] [--memory-runs 3] [--no-alex] [--bin path] [--vs path [--vs-runs 21]]
//
// --bin measures another build's command on the same drafts (for example a checkout of an earlier
// commit, built with `npm run build`): path/to/checkout/bin/gbc-post-lint.js.
//
// --vs path/to/checkout/bin/gbc-post-lint.js [--vs-runs 21] instead times this build against
// another, the two in turn on the same drafts (one YAML draft, one markdown draft, the corpus,
// the memory corpus), and prints the median of the pairs' ratios: a change compared with the
// build before it, with the machine's drift moving both alike. Separate runs of the figures
// above do not compare that finely.
//
// 1. Start-up: one draft, cold (a pre-commit hook's whole cost), against bare `node -e 0`.
// 2. Throughput: a generated corpus of realistic drafts (deterministic), drafts per second,
//    against alex (the closest peer, a retext-based prose linter) on the same files.
// 3. Peak memory (maximum resident set) on a larger corpus, the median of a few runs.
// Figures are medians; each command runs as a separate process, as users run it.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeCorpus } from './corpus.mjs';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const binAt = process.argv.indexOf('--bin');
const BIN = binAt > 0 ? process.argv[binAt + 1] : join(ROOT, 'bin', 'gbc-post-lint.js');
const PEAK = join(ROOT, 'bench', 'peak-rss.mjs');

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const DRAFTS = option('--drafts', 2000);
const MEMORY_DRAFTS = option('--memory-drafts', 10000);
const RUNS = option('--runs', 11);
const withAlex = !args.includes('--no-alex');

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/** Wall time of one process, in seconds, and its peak resident memory in MiB when it reports it. */
function time(command, commandArgs, { cwd = ROOT } = {}) {
  const start = process.hrtime.bigint();
  const result = spawnSync(command, commandArgs, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (result.error) throw result.error;
  const peak = /gbc-peak-rss-kib=(\d+)/.exec(result.stderr ?? '');
  return { seconds, peakMiB: peak ? Number(peak[1]) / 1024 : undefined, status: result.status };
}

function medianTime(command, commandArgs, runs, options) {
  time(command, commandArgs, options); // warm the file cache
  return median(Array.from({ length: runs }, () => time(command, commandArgs, options).seconds));
}

const fmt = (s) => `${(s * 1000).toFixed(0)} ms`;
const work = join(tmpdir(), `gbc-post-lint-bench-${process.pid}`);

const vsAt = process.argv.indexOf('--vs');
if (vsAt > 0) {
  compare(process.argv[vsAt + 1]);
  rmSync(work, { recursive: true, force: true });
  process.exit(0);
}

/** This build against another, in turn: the median of the pairs' ratios (this build's time over the other's). */
function compare(other) {
  if (!other || !existsSync(other)) throw new Error(`--vs needs the other build's bin/gbc-post-lint.js (${other ?? 'none given'})`);
  const runs = option('--vs-runs', 21);
  console.log(`gbc-post-lint benchmark — Node ${process.version}, ${process.platform}/${process.arch}: this build (${BIN}) against ${other}, in turn\n`);
  const yaml = writeCorpus(join(work, 'one'), 1, 7)[0];
  const corpus = writeCorpus(join(work, 'corpus'), DRAFTS);
  const markdown = corpus.find((file) => file.endsWith('.md'));
  const memory = join(work, 'memory');
  writeCorpus(memory, MEMORY_DRAFTS, 99);
  const row = (label, runArgs, n, withPeak = false) => {
    const run = (bin) => time(process.execPath, withPeak ? ['--import', PEAK, bin, ...runArgs] : [bin, ...runArgs]);
    run(BIN);
    run(other);
    const pairs = Array.from({ length: n }, () => [run(BIN), run(other)]);
    const ratio = median(pairs.map(([a, b]) => a.seconds / b.seconds));
    const spread = pairs.map(([a, b]) => a.seconds / b.seconds);
    let line = `  ${label.padEnd(26)}${ratio.toFixed(3)}× the other's time (${fmt(median(pairs.map(([a]) => a.seconds)))} against ${fmt(median(pairs.map(([, b]) => b.seconds)))}; pairs ${Math.min(...spread).toFixed(2)}–${Math.max(...spread).toFixed(2)}, ${n} pairs)`;
    if (withPeak) line += `\n  ${''.padEnd(26)}peak memory ${median(pairs.map(([a]) => a.peakMiB ?? NaN)).toFixed(1)} against ${median(pairs.map(([, b]) => b.peakMiB ?? NaN)).toFixed(1)} MiB (medians)`;
    console.log(line);
  };
  row('one YAML draft, cold', [yaml], runs);
  if (markdown) row('one markdown draft, cold', [markdown], runs);
  row(`${DRAFTS} drafts`, ['--format', 'json', join(work, 'corpus')], Math.max(3, Math.round(runs / 2)));
  row(`${MEMORY_DRAFTS} drafts`, ['--format', 'json', memory], Math.max(3, Math.round(runs / 3)), true);
}

console.log(`gbc-post-lint benchmark — Node ${process.version}, ${process.platform}/${process.arch}, medians of ${RUNS} runs${binAt > 0 ? `, ${BIN}` : ''}\n`);

// 1. Start-up.
const one = writeCorpus(join(work, 'one'), 1, 7)[0];
// In turn (bare, ours, bare, ours…) so that a drift in the machine's speed moves both alike;
// the ratio is the median of each pair's ratio.
time(process.execPath, ['-e', '0']);
time(process.execPath, [BIN, one]);
const pairs = Array.from({ length: RUNS }, () => [time(process.execPath, ['-e', '0']).seconds, time(process.execPath, [BIN, one]).seconds]);
const bare = median(pairs.map(([b]) => b));
const cold = median(pairs.map(([, c]) => c));
const ratio = median(pairs.map(([b, c]) => c / b));
console.log('Start-up (one draft, full recommended rule set):');
console.log(`  node -e 0                 ${fmt(bare)}`);
console.log(`  gbc-post-lint one draft   ${fmt(cold)}   (${ratio.toFixed(2)}× node -e 0, median of paired runs; target ≤ 3×)\n`);

// 2. Throughput.
const files = writeCorpus(join(work, 'corpus'), DRAFTS);
const throughputRuns = Math.max(3, Math.floor(RUNS / 3));
const oursArgs = [BIN, '--format', 'json', join(work, 'corpus')];
const require = createRequire(import.meta.url);
let alexBin;
if (withAlex) {
  try {
    const pkg = require.resolve('alex/package.json');
    alexBin = join(dirname(pkg), JSON.parse(readFileSync(pkg, 'utf8')).bin.alex ?? 'cli.js');
  } catch {
    alexBin = undefined;
  }
  if (alexBin && !existsSync(alexBin)) alexBin = undefined;
}
console.log(`Throughput (${DRAFTS} generated drafts, markdown and YAML, ${throughputRuns} runs${alexBin ? ', each paired with one of alex' : ''}):`);
if (alexBin) {
  // In turn, like start-up: the ratio is the median of each pair's ratio.
  const alexArgs = [alexBin, '--quiet', ...files];
  time(process.execPath, oursArgs);
  time(process.execPath, alexArgs);
  const pairs = Array.from({ length: throughputRuns }, () => [time(process.execPath, oursArgs).seconds, time(process.execPath, alexArgs).seconds]);
  const ours = median(pairs.map(([o]) => o));
  const theirs = median(pairs.map(([, t]) => t));
  console.log(`  gbc-post-lint             ${fmt(ours)}   ${(DRAFTS / ours).toFixed(0)} drafts/s`);
  console.log(`  alex (same files)         ${fmt(theirs)}   ${(DRAFTS / theirs).toFixed(0)} drafts/s`);
  console.log(`  ratio                     ${median(pairs.map(([o, t]) => t / o)).toFixed(1)}× alex's throughput, median of paired runs (target ≥ 10×)`);
} else {
  const ours = medianTime(process.execPath, oursArgs, throughputRuns);
  console.log(`  gbc-post-lint             ${fmt(ours)}   ${(DRAFTS / ours).toFixed(0)} drafts/s`);
  if (withAlex) console.log('  alex is not installed (npm install): comparison skipped');
}
console.log('');

// 3. Peak memory.
writeCorpus(join(work, 'memory'), MEMORY_DRAFTS, 99);
// The peak depends on when V8 happens to collect garbage, and moves by several MiB from run to
// run: the median of a few runs.
const MEMORY_RUNS = Math.max(1, option('--memory-runs', 3));
const peaks = (runArgs) => Array.from({ length: MEMORY_RUNS }, () => time(process.execPath, ['--import', PEAK, BIN, ...runArgs]).peakMiB ?? NaN);
const large = peaks(['--format', 'json', join(work, 'memory')]);
const small = peaks([one]);
const range = (values) => (values.length > 1 ? `, ${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}` : '');
console.log(`Peak memory (maximum resident set, median of ${MEMORY_RUNS} runs):`);
console.log(`  one draft                 ${median(small).toFixed(1)} MiB`);
console.log(`  ${`${MEMORY_DRAFTS} drafts`.padEnd(26)}${median(large).toFixed(1)} MiB   (target ≤ 150 MiB${range(large)})`);

rmSync(work, { recursive: true, force: true });
