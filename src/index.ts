// gbc-post-lint as a library: `import { lintText, lintFiles, loadConfig } from 'gbc-post-lint'`.

export { lintFiles, lintText, loadConfig } from './api.js';
export type { EffectiveConfig, LintFilesOptions, LintFilesReport, LintOptions, LintTextOptions } from './api.js';
export { ConfigError } from './config/load.js';
export type { Channel, Election } from './config/settings.js';
export type { LintResult } from './engine/lint.js';
export { FORMATS, formatResults } from './reporters/index.js';
export type { Format, FormatOptions } from './reporters/index.js';
export type { Category, Diagnostic, FileResult, Platform, Severity, SeveritySetting, Summary } from './types.js';
