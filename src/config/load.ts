import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { parseDocument } from 'yaml';
import { safeParse, type $ZodType } from 'zod/v4/core';
import { YamlSource, type Path } from '../drafts/yaml-source.js';
import { getRule, RULE_IDS, RULES } from '../registry.js';
import { LineIndex } from '../text/line-index.js';
import type { Severity, SeveritySetting } from '../types.js';
import { didYouMean } from '../util/did-you-mean.js';
import { describeIssue } from '../util/issues.js';
import { configSchema, SEVERITY_SETTINGS, type ConfigFileData } from './schema.js';
import type { Settings } from './settings.js';

export const CONFIG_NAME = '.gbc-post-lint.yaml';

/** A configuration that cannot be used: the run stops with exit code 2. */
export class ConfigError extends Error {
  constructor(
    readonly file: string,
    readonly keyPath: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
  ) {
    const where = line ? `${file}:${line}:${column}` : file;
    super(`Invalid configuration in ${where}\n  ${keyPath ? `${keyPath}: ` : ''}${detail}`);
    this.name = 'ConfigError';
  }
}

/** A rule entry after validation: `severity` if given, and the options written (not yet defaulted). */
interface RuleEntry {
  severity?: SeveritySetting;
  options: Record<string, unknown>;
}

interface LoadedConfig {
  file: string | undefined;
  dir: string;
  preset: 'recommended' | 'strict';
  rules: Map<string, RuleEntry>;
  overrides: { match: (path: string) => boolean; rules: Map<string, RuleEntry> }[];
  settings: Settings;
}

export interface RuleSetting {
  severity: Severity;
  options: unknown;
}

/** The configuration that applies to one draft. */
export interface ResolvedConfig {
  /** Enabled rules only, in registry order. */
  rules: Map<string, RuleSetting>;
  settings: Settings;
  preset: 'recommended' | 'strict';
}

const PRESET_STEP: Record<SeveritySetting, SeveritySetting> = { off: 'warning', suggestion: 'warning', warning: 'error', error: 'error' };

/** The severity of a rule in a preset: `strict` turns every rule on and raises it one step. */
export function presetSeverity(preset: 'recommended' | 'strict', recommended: SeveritySetting): SeveritySetting {
  return preset === 'strict' ? PRESET_STEP[recommended] : recommended;
}

export interface ConfigLoaderOptions {
  /** `--config`: one file for every draft instead of discovery. */
  configFile?: string | undefined;
  /** `--rule id=severity`, applied last. */
  ruleOverrides?: Map<string, SeveritySetting>;
  /** Where discovery stops (default: the filesystem root). */
  stopAt?: string | undefined;
}

/**
 * Finds, loads and resolves configuration. Files and directory look-ups are
 * cached: a run over thousands of drafts reads each configuration once.
 */
export class ConfigLoader {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly loadedFiles = new Map<string, LoadedConfig>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly explicit: string | undefined;

  constructor(private readonly options: ConfigLoaderOptions = {}) {
    this.explicit = options.configFile ? resolve(options.configFile) : undefined;
    if (this.explicit && !existsSync(this.explicit)) throw new ConfigError(this.explicit, '', 'the file does not exist');
  }

  /** The configuration for a draft at `path` (it need not exist: stdin uses `--stdin-filename`). */
  forFile(path: string): ResolvedConfig {
    const absolute = resolve(path);
    const file = this.explicit ?? this.discover(dirname(absolute));
    const config = file ? this.load(file) : this.defaults();
    const rel = relative(config.dir, absolute).split(sep).join('/');
    const matching = config.overrides.filter((o) => o.match(rel));
    const key = `${file ?? ''}\0${matching.map((o) => config.overrides.indexOf(o)).join(',')}`;
    let result = this.resolved.get(key);
    if (!result) {
      result = this.resolve(config, matching.map((o) => o.rules));
      this.resolved.set(key, result);
    }
    return result;
  }

  /** The configuration file that applies to drafts in `dir`, walking up. */
  discover(dir: string): string | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const candidate = join(dir, CONFIG_NAME);
    let found: string | undefined;
    if (existsSync(candidate)) found = candidate;
    else {
      const parent = dirname(dir);
      const stop = this.options.stopAt && resolve(this.options.stopAt) === dir;
      found = parent === dir || stop ? undefined : this.discover(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }

  private defaults(): LoadedConfig {
    return {
      file: undefined,
      dir: process.cwd(),
      preset: 'recommended',
      rules: new Map(),
      overrides: [],
      settings: { dictionary: [], allow: { domains: [], contacts: [], partners: [] }, councillors: [], channels: undefined, elections: [], configFile: undefined },
    };
  }

  private load(file: string): LoadedConfig {
    const cached = this.loadedFiles.get(file);
    if (cached) return cached;
    let text: string;
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      throw new ConfigError(file, '', `cannot be read: ${(error as Error).message}`);
    }
    const source = new YamlSource(parseDocument(text, { prettyErrors: false }), text, 0);
    const lines = new LineIndex(text);
    const fail = (path: Path, detail: string, atKey = false): never => {
      const span = (atKey && source.span(source.key(path))) || source.locate(path);
      const at = span ? lines.position(span.start) : undefined;
      throw new ConfigError(file, path.join('.'), detail, at?.line, at?.column);
    };
    const firstError = source.doc.errors[0];
    if (firstError) {
      const at = lines.position(firstError.pos[0]);
      throw new ConfigError(file, '', `not valid YAML: ${firstError.message.split('\n')[0]}`, at.line, at.column);
    }
    const raw: unknown = source.doc.toJS() ?? {};
    const parsed = safeParse(configSchema, raw);
    if (!parsed.success) {
      const issue = parsed.error.issues[0]!;
      const path = issue.path as (string | number)[];
      if (issue.code === 'unrecognized_keys') {
        const key = issue.keys[0]!;
        const known = path.length === 0 ? Object.keys(configSchema.shape) : [];
        const hint = didYouMean(key, known);
        fail([...path, key], `unknown key${hint ? `; did you mean \`${hint}\`?` : ''}${path.length === 0 ? ` Expected one of: ${known.join(', ')}.` : ''}`, true);
      }
      fail(path, describeIssue(issue));
    }
    const data = parsed.data as ConfigFileData;
    const rules = readRuleEntries(data.rules ?? {}, ['rules'], fail);
    const overrides = (data.overrides ?? []).map((o, i) => ({
      match: picomatch(o.files, { dot: true }),
      rules: readRuleEntries(o.rules, ['overrides', i, 'rules'], fail),
    }));
    const config: LoadedConfig = {
      file,
      dir: dirname(file),
      preset: data.extends ?? 'recommended',
      rules,
      overrides,
      settings: {
        dictionary: data.dictionary ?? [],
        allow: { domains: data.allow?.domains ?? [], contacts: data.allow?.contacts ?? [], partners: data.allow?.partners ?? [] },
        councillors: data.councillors ?? [],
        channels: data.channels,
        elections: data.elections ?? [],
        configFile: file,
      },
    };
    this.loadedFiles.set(file, config);
    return config;
  }

  private resolve(config: LoadedConfig, overrideRules: Map<string, RuleEntry>[]): ResolvedConfig {
    const rules = new Map<string, RuleSetting>();
    for (const meta of RULES) {
      let severity = presetSeverity(config.preset, meta.severity);
      let written: Record<string, unknown> = {};
      for (const layer of [config.rules, ...overrideRules]) {
        const entry = layer.get(meta.id);
        if (!entry) continue;
        if (entry.severity) severity = entry.severity;
        written = mergeOptions(written, entry.options);
      }
      const cli = this.options.ruleOverrides?.get(meta.id);
      if (cli) severity = cli;
      if (severity === 'off') continue;
      const options = safeParse(meta.options, written);
      if (!options.success) {
        // Each entry was valid on its own; merging them can still conflict.
        const issue = options.error.issues[0]!;
        throw new ConfigError(config.file ?? '(defaults)', ['rules', meta.id, ...issue.path].join('.'), describeIssue(issue));
      }
      rules.set(meta.id, { severity, options: options.data });
    }
    return { rules, settings: config.settings, preset: config.preset };
  }
}

function readRuleEntries(entries: Record<string, unknown>, at: Path, fail: (path: Path, detail: string, atKey?: boolean) => never): Map<string, RuleEntry> {
  const out = new Map<string, RuleEntry>();
  for (const [id, value] of Object.entries(entries)) {
    const path = [...at, id];
    const meta = getRule(id);
    if (!meta) {
      const hint = didYouMean(id, RULE_IDS);
      fail(path, `unknown rule${hint ? `; did you mean \`${hint}\`?` : ''} (\`gbc-post-lint rules\` lists them)`, true);
    }
    if (typeof value === 'string') {
      out.set(id, { severity: value as SeveritySetting, options: {} });
      continue;
    }
    const { severity, ...options } = value as Record<string, unknown>;
    if (severity !== undefined && !SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
      fail([...path, 'severity'], `expected one of ${SEVERITY_SETTINGS.join(', ')}, got ${JSON.stringify(severity)}`);
    }
    const check = safeParse(meta!.options as $ZodType, options);
    if (!check.success) {
      const issue = check.error.issues[0]!;
      const issuePath = [...path, ...(issue.path as (string | number)[])];
      if (issue.code === 'unrecognized_keys') fail([...issuePath, issue.keys[0]!], `unknown option of rule ${id} (see \`gbc-post-lint explain ${id}\`)`, true);
      fail(issuePath, describeIssue(issue));
    }
    out.set(id, { severity: severity as SeveritySetting | undefined, options });
  }
  return out;
}

/** Later options win; nested objects merge (an override of `limits.x` keeps `limits.mastodon`), lists are replaced. */
function mergeOptions(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const previous = out[key];
    out[key] = isPlainObject(previous) && isPlainObject(value) ? mergeOptions(previous, value) : value;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
