// The shapes shared by the engine, the rules and the reporters.

export const SEVERITIES = ['suggestion', 'warning', 'error'] as const;
export type Severity = (typeof SEVERITIES)[number];
export type SeveritySetting = Severity | 'off';

export const CATEGORIES = [
  'channel',
  'links',
  'records',
  'off-topic',
  'political',
  'profanity',
  'discrimination',
  'sexual',
  'commerce',
  'illegal',
  'security',
  'copyright',
  'personal-data',
  'etiquette',
  'spelling',
  'accessibility',
  'platform',
  'election',
  'input',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const PLATFORMS = [
  'x',
  'facebook',
  'instagram',
  'linkedin',
  'bluesky',
  'mastodon',
  'threads',
  'youtube',
  'tiktok',
] as const;
export type Platform = (typeof PLATFORMS)[number];

/** Platforms' names as their owners write them, for messages. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  x: 'X',
  facebook: 'Facebook',
  instagram: 'Instagram',
  linkedin: 'LinkedIn',
  bluesky: 'Bluesky',
  mastodon: 'Mastodon',
  threads: 'Threads',
  youtube: 'YouTube',
  tiktok: 'TikTok',
};

/** A half-open range of UTF-16 offsets into the decoded file text (BOM removed). */
export interface Span {
  start: number;
  end: number;
}

/** One problem, as the engine reports it before positions are resolved. */
export interface RawDiagnostic {
  ruleId: string;
  category: Category;
  severity: Severity;
  message: string;
  messageId?: string;
  data?: Record<string, string | number>;
  policy: string[];
  /** Index of the post within the file, or null for problems about the file itself. */
  post: number | null;
  /** The calendar entry (of `posts:`), counted from 1, when the problem is in one. */
  entry?: number | undefined;
  /** The post within its thread, counted from 1, when the problem is in a thread of several posts. */
  threadPost?: number | undefined;
  span: Span;
  suggestions?: string[];
}

/** One problem with its position in the original file (1-based lines and UTF-16 columns; the end is exclusive). */
export interface Diagnostic extends Omit<RawDiagnostic, 'span' | 'data'> {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  excerpt: string;
  data?: Record<string, string | number>;
}

export interface FileResult {
  /** The path as given on the command line, or as found under a given directory. */
  file: string;
  diagnostics: Diagnostic[];
}

export interface Summary {
  files: number;
  errors: number;
  warnings: number;
  suggestions: number;
}
