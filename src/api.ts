import { resolve } from 'node:path';
import { ConfigError, ConfigLoader } from './config/load.js';
import { SEVERITY_SETTINGS } from './config/schema.js';
import type { Settings } from './config/settings.js';
import { lintText as lintDecoded, type LintResult } from './engine/lint.js';
import { lintBytes, lintFiles as lintFound } from './engine/run.js';
import { findDrafts } from './files/find.js';
import { RULE_IDS, RULES } from './registry.js';
import { summarise } from './reporters/summary.js';
import type { SeveritySetting, Summary } from './types.js';
import { didYouMean } from './util/did-you-mean.js';

// The library's entry points; the command line is built on these.

export interface LintOptions {
  /** Relative paths (drafts, `configFile`) are resolved from here; default `process.cwd()`. */
  cwd?: string;
  /** One configuration file for every draft instead of looking for `.gbc-post-lint.yaml` (the CLI's `--config`). */
  configFile?: string;
  /** Rule severities for this run, applied after the configuration (the CLI's `--rule`). */
  rules?: Readonly<Record<string, SeveritySetting>>;
}

export interface LintTextOptions extends LintOptions {
  /** The draft's path: its extension picks the format (`.yaml`/`.yml`, else markdown), its folder the configuration, and it names the result. Default `<text>`. */
  filePath?: string;
}

export interface LintFilesOptions extends LintOptions {
  /** Honour `.gitignore` and `.gbc-post-lint-ignore` (default true; the CLI's `--no-ignore` sets false). */
  ignore?: boolean;
  /** Called before each draft and at the end with how many are done, of how many. */
  onProgress?: (done: number, total: number) => void;
}

export interface LintFilesReport {
  /** One result per draft, in the order found; a missing or unreadable draft has an `input` error. */
  results: LintResult[];
  summary: Summary;
  /** Paths found or named but not linted, and why: ignored by an ignore file or `ignores`, a configuration file… */
  skipped: { path: string; reason: string }[];
  /** Paths and globs that matched no draft, each with a sentence saying so. */
  unmatched: { pattern: string; reason: string }[];
  /** Notes about the configuration files read (for example, two in one folder). */
  notices: string[];
}

/** The configuration that applies to a draft, with every rule (`off` included) and its options. */
export interface EffectiveConfig extends Settings {
  preset: 'recommended' | 'strict';
  rules: Record<string, { severity: SeveritySetting; options?: unknown }>;
}

/**
 * Lints one draft given as text (or as bytes, decoded as the CLI decodes files:
 * UTF-8, a byte order mark dropped, binary and UTF-16 refused as `input` errors).
 *
 * @throws ConfigError when the configuration is invalid
 */
export async function lintText(text: string | Uint8Array, options: LintTextOptions = {}): Promise<LintResult> {
  const file = options.filePath ?? '<text>';
  // Without a name, the text is a markdown draft in the current folder: that is where its configuration is looked for.
  const configPath = resolve(options.cwd ?? process.cwd(), options.filePath ?? 'stdin.md');
  const configs = loader(options);
  if (typeof text === 'string') return lintDecoded(file, text.replace(/^\uFEFF/, ''), configs.forFile(configPath));
  // Bytes are read as the command reads a file: size limit, UTF-8, nesting.
  return lintBytes(file, configPath, text, configs);
}

/**
 * Lints drafts given as files, directories (searched for `.md`, `.markdown`, `.yaml`,
 * `.yml`) and globs, each with the configuration found from its own folder.
 *
 * @param patterns default: the current directory
 * @throws ConfigError when a configuration is invalid
 */
export async function lintFiles(patterns: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesReport> {
  const cwd = options.cwd ?? process.cwd();
  const configs = loader(options);
  const found = await findDrafts(patterns.length ? [...patterns] : ['.'], {
    cwd,
    useIgnoreFiles: options.ignore !== false,
    ignoredByConfig: (path, isDir) => configs.ignoredBy(path, isDir),
  });
  // A shared configuration named by `extends` may be named like a draft: it is not one.
  for (const file of found.files) configs.forFile(file.absolute);
  const configFiles = configs.configFiles();
  const skipped = [...found.skipped];
  const files = found.files.filter((file) => {
    if (!configFiles.has(file.absolute)) return true;
    skipped.push({ path: file.display, reason: 'it is a gbc-post-lint configuration file (named by `extends`), not a draft' });
    return false;
  });
  const results = await lintFound(files, configs, options.onProgress);
  return { results, summary: summarise(results), skipped, unmatched: found.unmatched, notices: [...configs.notices] };
}

/**
 * The configuration that applies to a draft at `filePath` (which need not exist),
 * as `--print-config` shows it.
 *
 * @throws ConfigError when the configuration is invalid
 */
export function loadConfig(filePath: string, options: LintOptions = {}): EffectiveConfig {
  const config = loader(options).forFile(resolve(options.cwd ?? process.cwd(), filePath));
  const rules = Object.fromEntries(RULES.map((r) => [r.id, config.rules.get(r.id) ?? { severity: 'off' as const }]));
  return { preset: config.preset, rules, ...config.settings };
}

function loader(options: LintOptions): ConfigLoader {
  const ruleOverrides = new Map<string, SeveritySetting>();
  for (const [id, severity] of Object.entries(options.rules ?? {})) {
    if (!RULE_IDS.has(id)) {
      const hint = didYouMean(id, RULE_IDS);
      throw new ConfigError('(options)', `rules.${id}`, `unknown rule${hint ? `; did you mean \`${hint}\`?` : ''}`);
    }
    if (!SEVERITY_SETTINGS.includes(severity)) {
      throw new ConfigError('(options)', `rules.${id}`, `expected one of ${SEVERITY_SETTINGS.join(', ')}, got ${JSON.stringify(severity)}`);
    }
    ruleOverrides.set(id, severity);
  }
  return new ConfigLoader({ configFile: options.configFile && resolve(options.cwd ?? process.cwd(), options.configFile), ruleOverrides });
}
