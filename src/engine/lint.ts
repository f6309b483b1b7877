import type { ResolvedConfig } from '../config/load.js';
import { CORE_CHECKS, coreDiagnostic } from '../core-checks.js';
import { parseMarkdownDraft } from '../drafts/markdown.js';
import type { Draft, Post } from '../drafts/post.js';
import { formatOf } from '../drafts/read.js';
import { parseYamlDraft } from '../drafts/yaml-draft.js';
import { getRule, loadRule } from '../registry.js';
import { formatMessage, type RuleContext, type RuleModule } from '../rule.js';
import { LineIndex } from '../text/line-index.js';
import { PLATFORMS, SEVERITIES, type Diagnostic, type FileResult, type Platform, type RawDiagnostic } from '../types.js';
import { applyWaivers } from './waivers.js';

export interface LintResult extends FileResult {
  /** A rule failed on this draft (reported as `internal-error`). */
  internalError: boolean;
}

/**
 * Lints one draft's decoded text: parse into posts, run every enabled rule on
 * every post, apply the §8 exception and disable comments, and resolve
 * positions in the original file.
 *
 * @param file the path as shown to the user; its extension picks the format
 */
export async function lintText(file: string, text: string, config: ResolvedConfig): Promise<LintResult> {
  const lines = new LineIndex(text);
  let draft: Draft;
  try {
    draft = formatOf(file) === 'yaml' ? parseYamlDraft(text, lines) : parseMarkdownDraft(text, lines);
  } catch (error) {
    const diagnostic = coreDiagnostic('internal-error', `The draft could not be parsed: ${describe(error)}. Please report this.`, { start: 0, end: 0 }, null);
    return { file, diagnostics: [locate(diagnostic, text, lines)], internalError: true };
  }

  for (const post of draft.posts) post.platforms = platformsOf(post, config);

  const found: RawDiagnostic[] = [];
  let internalError = false;
  // Every enabled rule is loaded before any post is checked: term rules register their lists as
  // they load, and the first to check a post scans it once for all of them (src/terms).
  const loadedRules = new Map<string, RuleModule<never>>();
  for (const id of config.rules.keys()) {
    try {
      loadedRules.set(id, await loadRule(id));
    } catch (error) {
      found.push(coreDiagnostic('internal-error', `Rule ${id} could not be loaded: ${describe(error)}.`, { start: 0, end: 0 }, null));
      internalError = true;
    }
  }
  for (const [id, rule] of loadedRules) {
    const meta = getRule(id)!;
    const setting = config.rules.get(id)!;
    for (const post of draft.posts) {
      const context: RuleContext<never> = {
        options: setting.options as never,
        settings: config.settings,
        draft,
        file,
        rules: config.rules,
        report(report) {
          const template = meta.messages[report.messageId];
          found.push({
            ruleId: id,
            category: meta.category,
            severity: report.severity && SEVERITIES.indexOf(report.severity) < SEVERITIES.indexOf(setting.severity) ? report.severity : setting.severity,
            message: template === undefined ? report.messageId : formatMessage(template, report.data),
            messageId: report.messageId,
            ...(report.data ? { data: report.data } : {}),
            policy: meta.policy,
            post: post.index,
            span: report.span,
            ...(report.suggestions?.length ? { suggestions: report.suggestions } : {}),
          });
        },
      };
      try {
        await rule.check(post, context);
      } catch (error) {
        internalError = true;
        found.push(
          coreDiagnostic(
            'internal-error',
            `Rule ${id} failed on this post: ${describe(error)}. The other rules still ran; please report this with the draft.`,
            { start: post.body.start, end: post.body.start },
            post.index,
            { data: { rule: id } },
          ),
        );
      }
    }
  }

  const kept = applyWaivers(draft, found, config, lines);
  const diagnostics = once([...draft.diagnostics, ...kept])
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId))
    .map((d) => locate(d, text, lines));
  return { file, diagnostics, internalError };
}

/** A result for a draft that could not be read at all. */
export function inputFailure(file: string, message: string): LintResult {
  const diagnostic = coreDiagnostic('input', message, { start: 0, end: 0 }, null);
  return { file, diagnostics: [locate(diagnostic, '', new LineIndex(''))], internalError: false };
}

/** The platforms of a post: its `platforms:`, else the register's entry for its channel, else the channel's prefix (`x/GosportBC`). */
function platformsOf(post: Post, config: ResolvedConfig): Platform[] {
  if (post.meta.platforms) return [...new Set(post.meta.platforms)];
  const channel = post.meta.channel;
  if (!channel) return [];
  const registered = config.settings.channels?.[channel];
  if (registered) return registered.platforms;
  // twitter/… is X by its old name.
  const prefix = channel.split('/')[0]!.toLowerCase().replace(/^twitter$/, 'x');
  return (PLATFORMS as readonly string[]).includes(prefix) ? [prefix as Platform] : [];
}

function locate(d: RawDiagnostic, text: string, lines: LineIndex): Diagnostic {
  const start = lines.position(d.span.start);
  const end = lines.position(d.span.end);
  const { span, data, ...rest } = d;
  return {
    ruleId: rest.ruleId,
    category: rest.category,
    severity: rest.severity,
    message: rest.message,
    policy: rest.policy,
    post: rest.post,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
    excerpt: text.slice(span.start, span.end),
    ...(rest.messageId ? { messageId: rest.messageId } : {}),
    ...(data ? { data } : {}),
    ...(rest.suggestions ? { suggestions: rest.suggestions } : {}),
  };
}

/**
 * One report per problem: fields shared by several posts (a calendar's
 * `media:`, a thread's front matter) are checked with each post, but are
 * written, and so reported, once.
 */
function once(diagnostics: RawDiagnostic[]): RawDiagnostic[] {
  const seen = new Set<string>();
  return diagnostics.filter((d) => {
    const key = `${d.ruleId}\0${d.span.start}\0${d.span.end}\0${d.message}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export const CORE_CHECK_IDS: ReadonlySet<string> = new Set(Object.keys(CORE_CHECKS));
