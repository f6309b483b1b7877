import { existsSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import { lintFiles, lintText, loadConfig, type LintOptions as ApiOptions } from './api.js';
import { ConfigError, ConfigLoader } from './config/load.js';
import { SEVERITY_SETTINGS } from './config/schema.js';
import { CORE_CHECKS } from './core-checks.js';
import { DRAFT_EXTENSIONS } from './drafts/read.js';
import type { LintResult } from './engine/lint.js';
import { gitDrafts } from './commands/git-drafts.js';
import { init } from './commands/init.js';
import { policy } from './commands/policy.js';
import { lintFiles as lintFound } from './engine/run.js';
import { GitError } from './files/git.js';
import { packageInfo } from './package-info.js';
import { ruleFile } from './paths.js';
import { progressFor, type Progress } from './reporters/progress.js';
import { RULE_IDS, RULES } from './registry.js';
import { clauses } from './reporters/clauses.js';
import { FORMATS, formatResults, type Format } from './reporters/index.js';
import { describeSummary, summarise } from './reporters/summary.js';
import type { SeveritySetting } from './types.js';
import { didYouMean } from './util/did-you-mean.js';

export const EXIT = { ok: 0, problems: 1, fatal: 2 } as const;

export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  readStdin: () => Promise<Buffer>;
  isTTY: boolean;
  /** Whether standard error is a terminal (a progress line may be drawn there). */
  stderrIsTTY?: boolean;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** The clock, for tests of the progress line. */
  now?: () => number;
}

interface LintOptions {
  config?: string;
  format: Format;
  docsUrl?: string;
  outputFile?: string;
  maxWarnings: number;
  quiet?: boolean;
  rule: string[];
  printConfig?: string;
  stdin?: boolean;
  stdinFilename?: string;
  color?: boolean;
  ignore: boolean;
  errorOnUnmatchedPattern: boolean;
  staged?: boolean;
  changed?: string | true;
}

/** Runs the command line; resolves to the exit code. */
export async function main(argv: string[], io: Io): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = new Command('gbc-post-lint')
    .description("Checks planned social-media posts against Gosport Borough Council's social media policy.")
    .version(packageInfo().version, '-v, --version')
    .argument('[paths...]', 'draft files, directories (searched for .md, .markdown, .yaml, .yml) or globs (default: the current directory)')
    .option('-c, --config <file>', 'use this configuration file instead of looking for .gbc-post-lint.yaml')
    .addOption(new Option('-f, --format <name>', 'output format').choices(FORMATS).default('stylish'))
    .addOption(new Option('--docs-url <url>', "where this package's files are published, for SARIF's links to each rule's README").argParser(parseUrl))
    .option('-o, --output-file <file>', 'write the report to a file instead of standard output')
    .addOption(new Option('--max-warnings <n>', 'exit with 1 when there are more than n warnings').argParser(parseCount).default(-1, 'no limit'))
    .option('--quiet', 'report errors only (the exit code still counts warnings)')
    .addOption(new Option('--rule <id=severity>', 'set a rule\'s severity (off, suggestion, warning, error); repeatable').argParser(collect).default([], 'none'))
    .option('--print-config <file>', 'print the configuration that applies to a draft, as JSON')
    .option('--stdin', 'lint the draft given on standard input')
    .option('--stdin-filename <name>', 'the path of the standard-input draft (format, configuration, report)')
    .option('--color', 'colour the output even when it is not a terminal')
    .option('--no-color', 'do not colour the output (NO_COLOR does the same)')
    .option('--no-ignore', 'do not honour .gitignore, .gbc-post-lint-ignore, the configuration\'s `ignores` or the default set')
    .option('--no-error-on-unmatched-pattern', 'do not fail when a glob matches no draft or no draft is checked')
    .option('--staged', "lint the staged content of git's staged drafts (a pre-commit hook); paths, if given, narrow the set")
    .option('--changed [base]', 'lint the drafts added or changed since a git commit (default: the merge base with the default branch; in a commit hook, the staged drafts)')
    .showHelpAfterError('(run gbc-post-lint --help for usage)')
    // `rules --format json` belongs to the subcommand, not to the lint command.
    .enablePositionalOptions()
    // `gbc-post-lint help [command]`, although the program itself has an action.
    .helpCommand(true)
    .exitOverride()
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .action(async (paths: string[], options: LintOptions) => {
      exitCode = await lint(paths, options, io);
    });

  program
    .command('rules')
    .description('list the rules with their category, default severity and policy clauses')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action((options: { format: string }, command: Command) => {
      // `gbc-post-lint --format json rules` means what `rules --format json` means.
      const given = command.getOptionValueSource('format') === 'cli' ? options.format : program.opts<LintOptions>().format === 'json' ? 'json' : 'text';
      io.stdout(listRules(given));
    });

  program
    .command('init')
    .description('write a commented .gbc-post-lint.yaml and a sample draft in the current folder (never over an existing file)')
    .action(() => {
      exitCode = init(io);
    });

  program
    .command('policy')
    .description('show which rules enforce each clause of the policy, and why the others are processes a draft cannot show')
    .addOption(new Option('-f, --format <name>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (options: { format: string }, command: Command) => {
      const given = command.getOptionValueSource('format') === 'cli' ? options.format : program.opts<LintOptions>().format === 'json' ? 'json' : 'text';
      exitCode = await policy(given, io);
    });

  program
    .command('explain')
    .description("print a rule's documentation")
    .argument('<rule>', 'rule id, as listed by `gbc-post-lint rules`')
    .action((id: string) => {
      exitCode = explain(id, io);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with code 0; usage errors are fatal (2), not "problems found" (1).
      return error.exitCode === 0 ? EXIT.ok : EXIT.fatal;
    }
    return fatal(io, error);
  }
  return exitCode;
}

async function lint(paths: string[], options: LintOptions, io: Io): Promise<number> {
  const usage = usageProblem(paths, options, io.cwd);
  if (usage) {
    io.stderr(`gbc-post-lint: ${usage}\n`);
    return EXIT.fatal;
  }
  const ruleOverrides = new Map<string, SeveritySetting>();
  for (const setting of options.rule) {
    const [id, severity] = setting.split('=').map((s) => s.trim());
    if (!id || !RULE_IDS.has(id)) {
      const hint = id ? didYouMean(id, RULE_IDS) : undefined;
      io.stderr(`gbc-post-lint: --rule ${setting}: unknown rule${hint ? `; did you mean ${hint}?` : ''}\n`);
      return EXIT.fatal;
    }
    if (!SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
      io.stderr(`gbc-post-lint: --rule ${setting}: expected ${id}=off|suggestion|warning|error\n`);
      return EXIT.fatal;
    }
    ruleOverrides.set(id, severity as SeveritySetting);
  }

  // The command is built on the library's API (src/api.ts).
  const api: ApiOptions = { cwd: io.cwd, configFile: options.config, rules: Object.fromEntries(ruleOverrides) };

  if (options.printConfig) {
    try {
      io.stdout(JSON.stringify(loadConfig(options.printConfig, api), null, 2) + '\n');
      return EXIT.ok;
    } catch (error) {
      return fatal(io, error);
    }
  }

  // A progress line for long runs in a terminal, decided once the number of drafts is known.
  let progress: Progress | undefined;
  let progressDecided = false;
  const onProgress = (done: number, total: number) => {
    if (!progressDecided) {
      progressDecided = true;
      progress = progressFor(io, total, options.format);
    }
    progress?.update(done, total);
  };
  let results: LintResult[];
  // Something other than the drafts' problems fails the run: a glob that matches nothing, nothing checked.
  let unmatched = false;
  try {
    if (options.staged || options.changed !== undefined) {
      // git's staged or changed drafts: found by git, then linted like any others.
      const loader = new ConfigLoader({ configFile: options.config && resolve(io.cwd, options.config), ruleOverrides });
      const files = await gitDrafts(paths, options, loader, io);
      results = await lintFound(files, loader, onProgress);
      for (const notice of loader.notices) io.stderr(`gbc-post-lint: ${notice}\n`);
    } else if (options.stdin) {
      results = [await lintText(await io.readStdin(), { ...api, filePath: options.stdinFilename ?? '<stdin>' })];
    } else {
      const found = await lintFiles(paths, { ...api, ignore: options.ignore, onProgress });
      for (const { path, reason } of found.skipped) {
        const hint = / ignored by /.test(reason) ? ' (--no-ignore lints it)' : '';
        io.stderr(`gbc-post-lint: ${path} was not linted: ${reason}${hint}\n`);
      }
      for (const { reason } of found.unmatched) io.stderr(`gbc-post-lint: ${reason}\n`);
      if (!found.results.length && !found.unmatched.length) io.stderr('gbc-post-lint: no drafts were checked\n');
      unmatched = options.errorOnUnmatchedPattern && (found.unmatched.length > 0 || !found.results.length);
      results = found.results;
      for (const notice of found.notices) io.stderr(`gbc-post-lint: ${notice}\n`);
    }
  } catch (error) {
    return fatal(io, error);
  }

  progress?.clear();

  // The summary counts what was found; --quiet only hides warnings and suggestions from the report.
  const summary = summarise(results);
  const problemFiles = results.filter((r) => r.diagnostics.length).length;
  const tooManyWarnings = options.maxWarnings >= 0 && summary.warnings > options.maxWarnings;
  const exitCode =
    results.some((r) => r.internalError) || unmatched ? EXIT.fatal : summary.errors > 0 || tooManyWarnings ? EXIT.problems : EXIT.ok;

  const shown = options.quiet ? results.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error') })) : results;
  const report = await formatResults(shown, {
    format: options.format,
    color: useColor(options, io),
    cwd: io.cwd,
    docsUrl: options.docsUrl,
    summary,
    failed: exitCode !== EXIT.ok,
    problemFiles,
  });

  if (options.outputFile) {
    const problem = writeReport(options.outputFile, resolve(io.cwd, options.outputFile), report, results, io.cwd);
    if (problem) {
      io.stderr(`gbc-post-lint: ${problem}\n`);
      return EXIT.fatal;
    }
    // A CI log shows why the job failed without opening the report.
    io.stderr(`gbc-post-lint: ${describeSummary(summary, problemFiles)}; report written to ${options.outputFile}\n`);
  } else if (options.format !== 'stylish' || results.length) {
    io.stdout(report);
  }

  if (tooManyWarnings) io.stderr(`gbc-post-lint: too many warnings (${summary.warnings}, at most ${options.maxWarnings} allowed)\n`);
  return exitCode;
}

/** Options that contradict each other, and a mistyped command taken for a path. */
function usageProblem(paths: string[], options: LintOptions, cwd: string): string | undefined {
  const git = options.staged ? '--staged' : options.changed !== undefined ? '--changed' : undefined;
  if (options.staged && options.changed !== undefined) return 'give either --staged or --changed, not both';
  if (git && options.stdin) return `give either ${git} or --stdin, not both`;
  if (git && options.printConfig) return `--print-config prints one draft's configuration; run it without ${git}`;
  if (options.stdinFilename !== undefined && !options.stdin) return '--stdin-filename names the draft read with --stdin; add --stdin, or give the file as a path';
  if (options.stdin && paths.length) return `give either --stdin or paths, not both (got ${paths.join(' ')})`;
  if (options.printConfig && paths.length) {
    return `--print-config prints the configuration of one draft (${options.printConfig}); run it once per draft instead of also giving ${paths.join(' ')}`;
  }
  const first = paths[0];
  if (first && !/[\\/*?[{]/.test(first) && !extname(first) && !existsSync(resolve(cwd, first))) {
    const command = didYouMean(first, ['rules', 'explain', 'help']);
    if (command) return `${first} is neither a file nor a folder, nor a command; did you mean \`gbc-post-lint ${command}\`?`;
  }
  return undefined;
}

/** --color/--no-color win; then NO_COLOR, FORCE_COLOR (0 or false: off) and TERM=dumb; then whether the output is a terminal. */
function useColor(options: LintOptions, io: Io): boolean {
  if (options.color !== undefined) return options.color;
  const { NO_COLOR, FORCE_COLOR, TERM } = io.env;
  if (NO_COLOR) return false;
  if (FORCE_COLOR !== undefined && FORCE_COLOR !== '') return !['0', 'false'].includes(FORCE_COLOR.toLowerCase());
  if (TERM === 'dumb') return false;
  return !options.outputFile && io.isTTY;
}

/** Writes the report, never over a draft and never leaving a temporary file: returns what went wrong, if anything. */
function writeReport(given: string, path: string, report: string, results: readonly LintResult[], cwd: string): string | undefined {
  const linted = new Set(results.map((r) => resolve(cwd, r.file)));
  if (linted.has(path) || (existsSync(path) && DRAFT_EXTENSIONS.some((ext) => path.toLowerCase().endsWith(ext)))) {
    return `will not write the report over ${given}: it is a draft. Choose another --output-file (e.g. report.json or report.txt).`;
  }
  const cannot = `cannot write the report to ${given}`;
  const folderGiven = /[\\/]$/.test(given);
  if ((existsSync(path) && statSync(path).isDirectory()) || folderGiven) {
    return `${cannot}: it is ${existsSync(path) ? 'a folder' : 'a folder that does not exist'}; name a file, such as ${join(given, 'report.json')}`;
  }
  const folder = dirname(path);
  if (!existsSync(folder)) return `${cannot}: the folder ${dirname(given)} does not exist`;
  if (!statSync(folder).isDirectory()) return `${cannot}: ${dirname(given)} is not a folder`;
  const temporary = join(folder, `.${basename(path)}.${process.pid}.tmp`);
  try {
    writeFileSync(temporary, report);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    return `${cannot}: ${code === 'EACCES' || code === 'EPERM' ? 'permission denied' : (error as Error).message.replaceAll(temporary, given)}`;
  }
  return undefined;
}

function listRules(format: string): string {
  const core = Object.entries(CORE_CHECKS).map(([id, c]) => ({ id, core: true, category: c.category, severity: c.severity, policy: c.policy, fixable: false, description: c.description }));
  const rules = RULES.map((r) => ({ id: r.id, core: false, category: r.category, severity: r.severity, policy: r.policy, fixable: r.fixable, description: r.description }));
  if (format === 'json') return JSON.stringify([...rules, ...core], null, 2) + '\n';
  const rows = [...rules, ...core].map((r) => [
    r.id,
    r.category,
    r.core ? `${r.severity} (core)` : r.severity,
    clauses(r.policy) || '-',
    r.description,
  ]);
  const header = ['RULE', 'CATEGORY', 'SEVERITY', 'POLICY', 'WHAT IT CHECKS'];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i]!.length)));
  const line = (cells: string[]) => cells.map((cell, i) => (i === cells.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  return [line(header), ...rows.map(line), '', 'Severities are those of the recommended preset; core checks cannot be switched off.', ''].join('\n');
}

function explain(id: string, io: Io): number {
  if (RULE_IDS.has(id)) {
    io.stdout(readFileSync(ruleFile(id, 'README.md'), 'utf8'));
    return EXIT.ok;
  }
  const core = CORE_CHECKS[id as keyof typeof CORE_CHECKS];
  if (core) {
    io.stdout(`# ${id} (core check)\n\n${core.description}\n\nCategory: ${core.category}. Severity: ${core.severity}. It cannot be switched off or waived.\n`);
    return EXIT.ok;
  }
  const hint = didYouMean(id, [...RULE_IDS, ...Object.keys(CORE_CHECKS)]);
  io.stderr(`gbc-post-lint: no rule named ${id}${hint ? `; did you mean ${hint}?` : ''} (gbc-post-lint rules lists them)\n`);
  return EXIT.fatal;
}

function fatal(io: Io, error: unknown): number {
  if (error instanceof ConfigError || error instanceof GitError) io.stderr(`gbc-post-lint: ${error.message}\n`);
  else io.stderr(`gbc-post-lint: internal error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  return EXIT.fatal;
}

function parseCount(value: string): number {
  const n = value.trim() === '' ? NaN : Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number (0 or more).');
  return n;
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

function parseUrl(value: string): string {
  if (!URL.canParse(value)) throw new InvalidArgumentError('expected an absolute address, such as https://git.example.org/comms/gbc-post-lint/blob/main/');
  return value;
}
