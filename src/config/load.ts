import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import picomatch from 'picomatch';
import { parseDocument } from 'yaml';
import { safeParse, type $ZodIssue, type $ZodType } from 'zod/v4/core';
import { YamlSource, type Path } from '../drafts/yaml-source.js';
import { getRule, RULE_IDS, RULES } from '../registry.js';
import { LineIndex } from '../text/line-index.js';
import { PLATFORMS, type Severity, type SeveritySetting } from '../types.js';
import { didYouMean } from '../util/did-you-mean.js';
import { describeIssue } from '../util/issues.js';
import { configSchema, PRESETS, SEVERITY_SETTINGS, type ConfigFileData, type Preset } from './schema.js';
import type { Settings } from './settings.js';

/** The names a folder's configuration file may have; when a folder has both, the first wins. */
export const CONFIG_NAMES = ['.gbc-post-lint.yaml', '.gbc-post-lint.yml'] as const;
export const CONFIG_NAME = CONFIG_NAMES[0];

/**
 * A configuration file, never a draft: a folder's `.gbc-post-lint.yaml` (or
 * `.yml`), or a shared one named like `council.gbc-post-lint.yaml`.
 */
export function isConfigFileName(name: string): boolean {
  return /(?:^|\.)gbc-post-lint\.ya?ml$/i.test(name);
}

/** One thing wrong in a configuration file. */
export interface ConfigProblem {
  keyPath: string;
  detail: string;
  line?: number | undefined;
  column?: number | undefined;
}

/** A configuration that cannot be used: the run stops with exit code 2. Every problem found in the file is listed. */
export class ConfigError extends Error {
  readonly problems: ConfigProblem[];

  constructor(
    readonly file: string,
    readonly keyPath: string,
    readonly detail: string,
    readonly line?: number,
    readonly column?: number,
    more: readonly ConfigProblem[] = [],
  ) {
    const problems = [{ keyPath, detail, line, column }, ...more];
    const describe = (p: ConfigProblem) => `${p.keyPath ? `${p.keyPath}: ` : ''}${p.detail}`;
    let message: string;
    if (problems.length === 1) {
      message = `Invalid configuration in ${line ? `${file}:${line}:${column}` : file}\n  ${describe(problems[0]!)}`;
    } else {
      const where = (p: ConfigProblem) => (p.line ? `${p.line}:${p.column}` : '');
      const width = Math.max(...problems.map((p) => where(p).length));
      message = `Invalid configuration in ${file} (${problems.length} problems)\n${problems.map((p) => `  ${where(p).padEnd(width)}  ${describe(p)}`).join('\n')}`;
    }
    super(message);
    this.name = 'ConfigError';
    this.problems = problems;
  }

  /** All the problems of one file, in the order they appear in it. */
  static of(file: string, problems: ConfigProblem[]): ConfigError {
    const sorted = [...problems].sort((a, b) => (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0));
    const [first, ...more] = sorted;
    return new ConfigError(file, first!.keyPath, first!.detail, first!.line, first!.column, more);
  }
}

/** A rule entry after validation: `severity` if given, and the options written (not yet defaulted). */
interface RuleEntry {
  severity?: SeveritySetting;
  options: Record<string, unknown>;
}

/** One configuration file, validated. */
interface ConfigFile {
  file: string;
  data: ConfigFileData;
  /** The presets and shared files it extends, in order, with where each is written. */
  extends: { value: string; at: Omit<ConfigProblem, 'detail'> }[];
  rules: Map<string, RuleEntry>;
  overrides: { files: string[]; rules: Map<string, RuleEntry> }[];
}

/**
 * A configuration file as it applies: its globs (`overrides`, `ignores`) are
 * relative to `dir`, its own folder, or for a shared file named by `extends`,
 * the folder of the configuration that extends it.
 */
interface Layer {
  file: string;
  dir: string;
  preset: Preset | undefined;
  rules: Map<string, RuleEntry>;
  overrides: { match: (path: string) => boolean; rules: Map<string, RuleEntry> }[];
  ignores: ((path: string) => boolean) | undefined;
  data: ConfigFileData;
}

export interface RuleSetting {
  severity: Severity;
  options: unknown;
}

/** The configuration that applies to one draft. */
export interface ResolvedConfig {
  /** Enabled rules only, in registry order. */
  rules: ReadonlyMap<string, RuleSetting>;
  settings: Settings;
  preset: Preset;
}

const PRESET_STEP: Record<SeveritySetting, SeveritySetting> = { off: 'warning', suggestion: 'warning', warning: 'error', error: 'error' };

/** The severity of a rule in a preset: `strict` turns every rule on and raises it one step. */
export function presetSeverity(preset: Preset, recommended: SeveritySetting): SeveritySetting {
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
 * Finds, loads and resolves configuration. A folder's configuration extends
 * the nearest one above it unless it says `root: true`; `extends` adds a
 * preset or shared files underneath. Files, chains and directory look-ups are
 * cached: a run over thousands of drafts reads each configuration once.
 */
export class ConfigLoader {
  private readonly byDir = new Map<string, string | undefined>();
  private readonly files = new Map<string, ConfigFile>();
  private readonly chains = new Map<string, Layer[]>();
  private readonly resolved = new Map<string, ResolvedConfig>();
  private readonly explicit: string | undefined;
  /** Things the user should know that are not errors (a folder with two configuration files); each said once. */
  readonly notices = new Set<string>();

  constructor(private readonly options: ConfigLoaderOptions = {}) {
    this.explicit = options.configFile ? resolve(options.configFile) : undefined;
    if (this.explicit && !existsSync(this.explicit)) throw new ConfigError(this.explicit, '', 'the file does not exist');
  }

  /** The configuration for a draft at `path` (it need not exist: stdin uses `--stdin-filename`). */
  forFile(path: string): ResolvedConfig {
    const absolute = resolve(path);
    const chain = this.chainFor(dirname(absolute));
    const matching = chain.map((layer) => {
      const rel = relative(layer.dir, absolute).split(sep).join('/');
      return layer.overrides.flatMap((o, i) => (o.match(rel) ? [i] : []));
    });
    const key = `${chain.map((l) => `${l.file}>${l.dir}`).join('\0')}\0${matching.map((m) => m.join(',')).join('|')}`;
    let result = this.resolved.get(key);
    if (!result) {
      result = this.resolve(chain, matching);
      this.resolved.set(key, result);
    }
    return result;
  }

  /**
   * The configuration file whose `ignores` match `path` (a file, or with
   * `isDir` a folder), or undefined. Each file's globs are relative to its folder.
   */
  ignoredBy(path: string, isDir = false): string | undefined {
    const absolute = resolve(path);
    for (const layer of this.chainFor(dirname(absolute))) {
      if (!layer.ignores) continue;
      const rel = relative(layer.dir, absolute);
      if (!rel || rel.startsWith('..') || isAbsolute(rel)) continue;
      const steps = rel.split(sep);
      for (let i = 1; i <= steps.length; i++) {
        const prefix = steps.slice(0, i).join('/');
        const folder = i < steps.length || isDir;
        if (layer.ignores(prefix) || (folder && layer.ignores(`${prefix}/`))) return layer.file;
      }
    }
    return undefined;
  }

  /** Every configuration file read so far (folders' files and shared ones): none of them is a draft. */
  configFiles(): ReadonlySet<string> {
    return new Set(this.files.keys());
  }

  /** The configuration file of the folder `dir`, or of the nearest folder above it. */
  discover(dir: string): string | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const present = CONFIG_NAMES.map((name) => join(dir, name)).filter((file) => existsSync(file) && isFile(file));
    let found: string | undefined = present[0];
    if (present.length > 1) {
      this.notices.add(`${dir} has both ${CONFIG_NAMES.join(' and ')}: ${CONFIG_NAMES[0]} applies and ${CONFIG_NAMES[1]} is not read; merge them into one.`);
    }
    if (!found && !this.isStop(dir)) {
      const parent = dirname(dir);
      found = parent === dir ? undefined : this.discover(parent);
    }
    this.byDir.set(dir, found);
    return found;
  }

  private isStop(dir: string): boolean {
    return Boolean(this.options.stopAt && resolve(this.options.stopAt) === dir);
  }

  /** The layers that apply to drafts in `dir`, the most general first. */
  private chainFor(dir: string): Layer[] {
    if (this.explicit) return this.chainOf(this.explicit, false);
    const file = this.discover(dir);
    return file ? this.chainOf(file, true) : [];
  }

  /** A configuration file's layers: the folders' configurations above it (unless `root: true`), what it extends, then itself. */
  private chainOf(file: string, discovered: boolean): Layer[] {
    const cached = this.chains.get(file);
    if (cached) return cached;
    const config = this.read(file);
    let above: Layer[] = [];
    const dir = dirname(file);
    if (discovered && !config.data.root && !this.isStop(dir) && dirname(dir) !== dir) {
      const parent = this.discover(dirname(dir));
      if (parent) above = this.chainOf(parent, true);
    }
    const chain = [...above, ...this.expand(config, dir, [file])];
    this.chains.set(file, chain);
    return chain;
  }

  /** A file's `extends`, each expanded in turn, then the file itself; globs relative to `dir`. */
  private expand(config: ConfigFile, dir: string, stack: string[]): Layer[] {
    const layers: Layer[] = [];
    let preset: Preset | undefined;
    const problems: ConfigProblem[] = [];
    for (const { value, at } of config.extends) {
      if ((PRESETS as readonly string[]).includes(value)) {
        preset = value as Preset;
        continue;
      }
      const target = resolve(dirname(config.file), value);
      if (stack.includes(target)) {
        const cycle = [...stack.slice(stack.indexOf(target)), target].map((f) => relative(dirname(config.file), f) || f).join(' → ');
        problems.push({ ...at, detail: `\`${value}\` extends this file again, a cycle (${cycle}): remove one of the \`extends\`.` });
        continue;
      }
      layers.push(...this.expand(this.read(target), dir, [...stack, target]));
    }
    if (problems.length) throw ConfigError.of(config.file, problems);
    layers.push({
      file: config.file,
      dir,
      preset,
      rules: config.rules,
      overrides: config.overrides.map((o) => ({ match: picomatch(o.files, { dot: true }), rules: o.rules })),
      ignores: config.data.ignores?.length ? picomatch(config.data.ignores, { dot: true }) : undefined,
      data: config.data,
    });
    return layers;
  }

  /** Reads and validates one file, collecting every problem in it before failing. */
  private read(file: string): ConfigFile {
    const cached = this.files.get(file);
    if (cached) return cached;
    let text: string;
    try {
      text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    } catch (error) {
      throw new ConfigError(file, '', `cannot be read: ${(error as Error).message}`);
    }
    const source = new YamlSource(parseDocument(text, { prettyErrors: false }), text, 0);
    const lines = new LineIndex(text);
    const problems: ConfigProblem[] = [];
    const where = (path: Path, atKey = false) => {
      const span = (atKey && source.span(source.key(path))) || source.locate(path);
      return span ? lines.position(span.start) : undefined;
    };
    const report = (path: Path, detail: string, atKey = false) => {
      const at = where(path, atKey);
      problems.push({ keyPath: path.join('.'), detail, line: at?.line, column: at?.column });
    };
    if (source.doc.errors.length) {
      for (const error of source.doc.errors) {
        const at = lines.position(error.pos[0]);
        problems.push({ keyPath: '', detail: `not valid YAML: ${error.message.split('\n')[0]}`, line: at.line, column: at.column });
      }
      throw ConfigError.of(file, problems);
    }
    const raw: unknown = source.doc.toJS() ?? {};
    const parsed = safeParse(configSchema, raw);
    if (!parsed.success) {
      const issues = parsed.error.issues;
      // An override that misses `rules` because it wrote another key instead is one problem: the other key.
      const strayKeys = new Set(issues.filter((i) => i.code === 'unrecognized_keys' && i.path[0] === 'overrides' && i.path.length === 2).map((i) => i.path[1]));
      for (const issue of issues) {
        const missingRules = issue.path[0] === 'overrides' && issue.path[2] === 'rules' && issue.path.length === 3 && issue.input === undefined;
        if (missingRules && strayKeys.has(issue.path[1])) continue;
        reportIssue(issue, report);
      }
    }

    // Rule entries are checked against each rule's own schema, even when another part of the file is wrong.
    const record = isPlainObject(raw) ? raw : {};
    const rules = readRuleEntries(record.rules, ['rules'], report);
    const overrides = (Array.isArray(record.overrides) ? record.overrides : []).map((o: unknown, i) => ({
      files: isPlainObject(o) && Array.isArray(o.files) ? o.files.filter((f): f is string => typeof f === 'string') : [],
      rules: readRuleEntries(isPlainObject(o) ? o.rules : undefined, ['overrides', i, 'rules'], report),
    }));
    const extendsList = typeof record.extends === 'string' ? [record.extends] : Array.isArray(record.extends) ? record.extends : [];
    const extendsEntries = extendsList.flatMap((value: unknown, i) => {
      if (typeof value !== 'string') return [];
      const path: Path = typeof record.extends === 'string' ? ['extends'] : ['extends', i];
      const trimmed = value.trim();
      const target = resolve(dirname(file), trimmed);
      if ((PRESETS as readonly string[]).includes(trimmed)) {
        // A preset: nothing to check.
      } else if (!/[/\\]|\.ya?ml$/i.test(trimmed)) {
        report(path, `unknown preset \`${trimmed}\`${hintFor(trimmed, PRESETS) || '.'} Expected recommended, strict, or the path of a shared configuration file (such as ./shared.gbc-post-lint.yaml).`);
      } else if (!isFile(target)) {
        report(path, `\`${trimmed}\` ${existsSync(target) ? 'is a folder, not a configuration file' : 'does not exist'} (looked for ${target}); the path is relative to this file.`);
      }
      const at = where(path);
      return [{ value: trimmed, at: { keyPath: path.join('.'), line: at?.line, column: at?.column } }];
    });
    if (!parsed.success && !problems.length) report([], 'is not a valid configuration');
    if (problems.length || !parsed.success) throw ConfigError.of(file, problems);

    const config: ConfigFile = { file, data: parsed.data as ConfigFileData, extends: extendsEntries, rules, overrides };
    this.files.set(file, config);
    return config;
  }

  private resolve(chain: readonly Layer[], matching: readonly number[][]): ResolvedConfig {
    const preset = chain.reduce<Preset>((p, layer) => layer.preset ?? p, 'recommended');
    const layers = chain.flatMap((layer, i) => [layer.rules, ...matching[i]!.map((o) => layer.overrides[o]!.rules)]);
    const rules = new Map<string, RuleSetting>();
    for (const meta of RULES) {
      let severity = presetSeverity(preset, meta.severity);
      let written: Record<string, unknown> = {};
      for (const layer of layers) {
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
        throw new ConfigError(chain.at(-1)?.file ?? '(defaults)', ['rules', meta.id, ...issue.path].join('.'), describeIssue(issue));
      }
      rules.set(meta.id, { severity, options: options.data });
    }
    return { rules, settings: mergeSettings(chain), preset };
  }
}

/** The settings of a chain of files: lists add up, channels merge by name, the nearest file is named. */
function mergeSettings(chain: readonly Layer[]): Settings {
  const unique = (lists: (readonly string[] | undefined)[]) => [...new Set(lists.flatMap((l) => l ?? []))];
  const data = chain.map((l) => l.data);
  const channels = data.some((d) => d.channels) ? Object.assign({}, ...data.map((d) => d.channels ?? {})) : undefined;
  return {
    dictionary: unique(data.map((d) => d.dictionary)),
    allow: {
      domains: unique(data.map((d) => d.allow?.domains)),
      contacts: unique(data.map((d) => d.allow?.contacts)),
      partners: unique(data.map((d) => d.allow?.partners)),
    },
    councillors: unique(data.map((d) => d.councillors)),
    channels,
    elections: data.flatMap((d) => d.elections ?? []),
    configFile: chain.at(-1)?.file,
  };
}

type Report = (path: Path, detail: string, atKey?: boolean) => void;

const TOP_LEVEL_KEYS = Object.keys(configSchema.shape);
const OVERRIDE_KEYS = ['files', 'rules'];

/** Reports one issue of the configuration schema in plain words. */
function reportIssue(issue: $ZodIssue, report: Report): void {
  const path = issue.path as (string | number)[];
  // A rule's entry is checked by readRuleEntries, which knows the rule.
  const ruleEntry = (path[0] === 'rules' && path.length > 1) || (path[0] === 'overrides' && path[2] === 'rules' && path.length > 3);
  if (ruleEntry) return;
  if (issue.code !== 'unrecognized_keys') {
    const missingRules = path[0] === 'overrides' && path[2] === 'rules' && path.length === 3 && issue.input === undefined;
    report(path, missingRules ? 'an override needs `rules`: what to change for the drafts its `files` match' : describeIssue(issue));
    return;
  }
  for (const key of issue.keys) {
    if (path.length === 0) {
      report([key], `unknown key${hintFor(key, TOP_LEVEL_KEYS) || '.'} Expected one of: ${TOP_LEVEL_KEYS.join(', ')}.`, true);
    } else if (path[0] === 'overrides' && path.length === 2) {
      const detail = TOP_LEVEL_KEYS.includes(key)
        ? `\`${key}\` cannot be set in an override: an override changes only \`rules\`, for the drafts its \`files\` match. Set \`${key}\` at the top level, or give that folder its own ${CONFIG_NAME} (it extends this one).`
        : `unknown key${hintFor(key, OVERRIDE_KEYS) || '.'} An override has \`files\` (globs) and \`rules\`.`;
      report([...path, key], detail, true);
    } else {
      report([...path, key], 'unknown key', true);
    }
  }
}

function hintFor(input: string, candidates: readonly string[]): string {
  const hint = didYouMean(input, candidates);
  return hint ? `; did you mean \`${hint}\`?` : '';
}

const RULE_ENTRY_EXPECTED = `expected a severity (${SEVERITY_SETTINGS.join(', ')}) or an object such as { severity: error, … options }`;

function readRuleEntries(entries: unknown, at: Path, report: Report): Map<string, RuleEntry> {
  const out = new Map<string, RuleEntry>();
  if (!isPlainObject(entries)) return out;
  for (const [id, value] of Object.entries(entries)) {
    const path = [...at, id];
    const meta = getRule(id);
    if (!meta) {
      const hint = didYouMean(id, RULE_IDS);
      report(path, `unknown rule${hint ? `; did you mean \`${hint}\`?` : ''} (\`gbc-post-lint rules\` lists them)`, true);
      continue;
    }
    if (typeof value === 'string') {
      if (SEVERITY_SETTINGS.includes(value as SeveritySetting)) out.set(id, { severity: value as SeveritySetting, options: {} });
      else report(path, `${RULE_ENTRY_EXPECTED}, got ${JSON.stringify(value)}`);
      continue;
    }
    if (!isPlainObject(value)) {
      report(path, RULE_ENTRY_EXPECTED);
      continue;
    }
    const { severity, ...options } = value;
    let valid = true;
    if (severity !== undefined && !SEVERITY_SETTINGS.includes(severity as SeveritySetting)) {
      report([...path, 'severity'], `expected one of ${SEVERITY_SETTINGS.join(', ')}, got ${JSON.stringify(severity)}`);
      valid = false;
    }
    const check = safeParse(meta.options as $ZodType, options);
    if (!check.success) {
      valid = false;
      for (const issue of check.error.issues) {
        const issuePath = issue.path as (string | number)[];
        if (issue.code !== 'unrecognized_keys') {
          report([...path, ...issuePath], describeIssue(issue));
          continue;
        }
        const known = keysAt(meta.options as $ZodType, issuePath);
        for (const key of issue.keys) report([...path, ...issuePath, key], unknownOption(id, key, issuePath, known), true);
      }
    }
    if (valid) out.set(id, { severity: severity as SeveritySetting | undefined, options });
  }
  return out;
}

/** Plain words for an unknown key in a rule's options: an unknown platform, or what the rule accepts there. */
function unknownOption(rule: string, key: string, at: (string | number)[], known: string[]): string {
  const platforms: readonly string[] = PLATFORMS;
  if (known.length && known.every((k) => platforms.includes(k))) {
    const hint = key.toLowerCase() === 'twitter' ? 'x' : didYouMean(key, known);
    return `\`${key}\` is not a platform${hint ? `; did you mean \`${hint}\`?` : '.'} The platforms are ${known.join(', ')}.`;
  }
  const hint = didYouMean(key, known);
  const where = at.length ? `\`${at.join('.')}\` of rule ${rule}` : `rule ${rule}`;
  return `unknown option of ${where}${hint ? `; did you mean \`${hint}\`?` : '.'}${known.length ? ` Expected one of: ${known.join(', ')}.` : ''} See \`gbc-post-lint explain ${rule}\`.`;
}

/** The keys an object schema accepts at `path`, looking through optional, default and similar wrappers. */
function keysAt(schema: $ZodType, path: (string | number)[]): string[] {
  let current: $ZodType | undefined = schema;
  const unwrap = (s: $ZodType | undefined): $ZodType | undefined => {
    for (let i = 0; s && i < 10; i++) {
      const def = s._zod.def as { type: string; innerType?: $ZodType; in?: $ZodType; shape?: Record<string, $ZodType> };
      if (def.type === 'object') return s;
      s = def.innerType ?? def.in;
    }
    return undefined;
  };
  for (const step of path) {
    const object = unwrap(current);
    current = object ? (object._zod.def as unknown as { shape: Record<string, $ZodType> }).shape[String(step)] : undefined;
  }
  const object = unwrap(current);
  return object ? Object.keys((object._zod.def as unknown as { shape: Record<string, $ZodType> }).shape) : [];
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

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}
