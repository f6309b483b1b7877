import type { ResolvedConfig, RuleSetting } from '../config/load.js';
import { CORE_CHECKS, coreDiagnostic } from '../core-checks.js';
import { isStackOverflow } from '../drafts/limits.js';
import type { Draft, Post } from '../drafts/post.js';
import { formatOf } from '../drafts/read.js';
import { parseYamlDraft } from '../drafts/yaml-draft.js';
import { getRule, loadedRule, loadRule } from '../registry.js';
import { formatMessage, type RuleContext, type RuleMeta, type RuleModule } from '../rule.js';
import { LineIndex } from '../text/line-index.js';
import { PLATFORMS, SEVERITIES, type Category, type Diagnostic, type FileResult, type Platform, type RawDiagnostic } from '../types.js';
import { applyWaivers } from './waivers.js';

export interface LintResult extends FileResult {
  /** A rule failed on this draft (reported as `internal-error`). */
  internalError: boolean;
}

/** What lasts for one run over many drafts: the notes already said (see `RuleContext.once`). */
export class RunScope {
  private readonly said = new Set<string>();

  once(key: string): boolean {
    if (this.said.has(key)) return false;
    this.said.add(key);
    return true;
  }
}

/**
 * Lints one draft's decoded text: parse into posts, run every enabled rule on
 * every post, apply the §8 exception and disable comments, and resolve
 * positions in the original file.
 *
 * @param file the path as shown to the user; its extension picks the format
 * @param run shared by the drafts of one run; by default the draft is a run of its own
 */
export async function lintText(file: string, text: string, config: ResolvedConfig, run = new RunScope()): Promise<LintResult> {
  const lines = new LineIndex(text);
  let draft: Draft;
  try {
    draft = formatOf(file) === 'yaml' ? parseYamlDraft(text, lines) : (await markdownParser())(text, lines);
  } catch (error) {
    if (isStackOverflow(error)) return inputFailure(file, TOO_DEEP, text);
    const diagnostic = coreDiagnostic('internal-error', `The draft could not be parsed: ${describe(error)}. Please report this.`, { start: 0, end: 0 }, null);
    return { file, diagnostics: [locate(diagnostic, text, lines)], internalError: true };
  }

  for (const post of draft.posts) post.platforms = platformsOf(post, config);

  const found: RawDiagnostic[] = [];
  let internalError = false;
  // Every enabled rule is loaded before any post is checked: term rules register their lists as
  // they load, and the first to check a post scans it once for all of them (src/terms).
  // The first draft waits for them, side by side (one rule's data is read while another's code runs).
  let loadedRules = allLoaded.get(config);
  if (!loadedRules) {
    const ids = [...config.rules.keys()];
    const missing = ids.filter((id) => !loadedRule(id));
    const failed = new Map<string, unknown>();
    if (missing.length) {
      const outcomes = await Promise.allSettled(missing.map((id) => loadRule(id)));
      outcomes.forEach((outcome, i) => outcome.status === 'rejected' && failed.set(missing[i]!, outcome.reason));
    }
    loadedRules = [];
    for (const id of ids) {
      const rule = loadedRule(id);
      if (rule) {
        loadedRules.push({ id, rule, meta: getRule(id)!, setting: config.rules.get(id)! });
      } else {
        found.push(coreDiagnostic('internal-error', `Rule ${id} could not be loaded: ${describe(failed.get(id) ?? 'its code did not load')}.`, { start: 0, end: 0 }, null));
        internalError = true;
      }
    }
    // Kept for the configuration's next drafts only when every rule loaded (a rule that failed is reported on each).
    if (!internalError) allLoaded.set(config, loadedRules);
  }
  for (const { id, rule, meta, setting } of loadedRules) {
    // One context for the rule's checks of this draft's posts, reporting on the post being checked.
    let post: Post = draft.posts[0]!;
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
      once: (key) => run.once(key),
    };
    for (post of draft.posts) {
      try {
        // Most checks are synchronous: waiting only for those that are not saves a turn of the event loop per rule and post.
        const pending = rule.check(post, context);
        if (pending) await pending;
      } catch (error) {
        if (isStackOverflow(error)) {
          found.push(coreDiagnostic('input', TOO_DEEP, { start: post.body.start, end: post.body.start }, post.index));
          continue;
        }
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

  const kept = applyWaivers(draft, withoutSpellingEchoes(found), config, lines);
  const diagnostics = once([...draft.diagnostics, ...kept])
    .sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end || a.ruleId.localeCompare(b.ruleId))
    .map((d) => locate(numbered(d, draft), text, lines));
  return { file, diagnostics, internalError };
}

/**
 * The enabled rules of a configuration, once all of them are loaded: a run over thousands of drafts
 * needs them for every draft. A resolved configuration is never changed (`ConfigLoader` hands out
 * the same one for every draft it applies to; its `rules` are read-only).
 */
const allLoaded = new WeakMap<ResolvedConfig, { id: string; rule: RuleModule<never>; meta: RuleMeta; setting: RuleSetting }[]>();

/** The markdown parser (micromark and its extensions), loaded with the first markdown draft: a run over YAML drafts never needs it. */
let markdown: Promise<typeof import('../drafts/markdown.js').parseMarkdownDraft> | undefined;
const markdownParser = () => (markdown ??= import('../drafts/markdown.js').then((m) => m.parseMarkdownDraft));

const TOO_DEEP = 'The draft is nested too deeply to be read. Block quotes, lists or brackets inside one another thousands deep are not a post: remove the extra nesting.';

/** Categories whose rules report words and phrases for what they are (a swear word, a slur, a name). */
const TERM_CATEGORIES: ReadonlySet<Category> = new Set<Category>([
  'profanity', 'discrimination', 'sexual', 'political', 'commerce', 'illegal', 'off-topic', 'personal-data', 'copyright', 'security', 'election',
]);

/**
 * A word another rule reports for what it is (a custom profanity term, which the dictionary
 * does not know) is not also a spelling mistake: one report for the word, not two.
 */
function withoutSpellingEchoes(found: RawDiagnostic[]): RawDiagnostic[] {
  const terms = found.filter((d) => TERM_CATEGORIES.has(d.category) && !(d.ruleId in CORE_CHECKS));
  if (!terms.length) return found;
  return found.filter(
    (d) => d.category !== 'spelling' || !terms.some((t) => t.post === d.post && t.span.start <= d.span.start && d.span.end <= t.span.end),
  );
}

/** A result for a draft that could not be read at all; `at` points into `text` when the problem has a place (a bad byte). */
export function inputFailure(file: string, message: string, text = '', at?: number): LintResult {
  const span = at === undefined ? { start: 0, end: 0 } : { start: at, end: at + 1 };
  const diagnostic = coreDiagnostic('input', message, span, null);
  return { file, diagnostics: [locate(diagnostic, text, new LineIndex(text))], internalError: false };
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

/**
 * The calendar entry and the post within its thread, as a user counts them, taken from the post
 * (unless the parser already said, for a problem about a whole entry).
 */
function numbered(d: RawDiagnostic, draft: Draft): RawDiagnostic {
  if (d.post === null || d.entry !== undefined || d.threadPost !== undefined) return d;
  const post = draft.posts[d.post];
  if (!post || (post.entry === undefined && post.threadPost === undefined)) return d;
  return { ...d, entry: post.entry, threadPost: post.threadPost };
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
    ...(rest.entry !== undefined ? { entry: rest.entry } : {}),
    ...(rest.threadPost !== undefined ? { threadPost: rest.threadPost } : {}),
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
