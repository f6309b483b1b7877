import type { ResolvedConfig } from '../config/load.js';
import { CORE_CHECKS, coreDiagnostic } from '../core-checks.js';
import { DISABLE_NEXT_LINE } from '../drafts/directives.js';
import type { Directive, Draft, ExceptionDeclaration } from '../drafts/post.js';
import { RULE_IDS } from '../registry.js';
import type { LineIndex } from '../text/line-index.js';
import type { RawDiagnostic, Span } from '../types.js';
import { didYouMean } from '../util/did-you-mean.js';

/**
 * Applies the §8 exceptions of the metadata and the inline disable comments
 * to the rules' diagnostics, and reports the waivers that are malformed or
 * waive nothing. Core checks are never waived.
 */
export function applyWaivers(draft: Draft, found: RawDiagnostic[], config: ResolvedConfig, lines: LineIndex): RawDiagnostic[] {
  const problems: RawDiagnostic[] = [];

  // One declaration can cover several posts (a thread, or the shared part of a calendar).
  const declarations = new Map<number, { declaration: ExceptionDeclaration; posts: Set<number>; valid: boolean; used: Set<string> }>();
  for (const post of draft.posts) {
    const declaration = post.exception;
    if (!declaration) continue;
    let entry = declarations.get(declaration.span.start);
    if (!entry) {
      entry = { declaration, posts: new Set(), valid: false, used: new Set() };
      declarations.set(declaration.span.start, entry);
    }
    entry.posts.add(post.index);
  }
  // A declaration shared by several posts (front matter of a thread, the top of a calendar) is about the file, or the
  // calendar entry, rather than one post.
  const placeOf = (posts: Set<number>): Place => {
    if (posts.size === 1) return { post: [...posts][0]! };
    const entries = new Set([...posts].map((i) => draft.posts[i]?.entry));
    const [entry] = entries;
    return entries.size === 1 && entry !== undefined ? { post: null, entry } : { post: null };
  };
  for (const entry of declarations.values()) entry.valid = checkException(entry.declaration, placeOf(entry.posts), problems);

  const directives = draft.directives.map((directive) => ({ directive, used: new Set<string>() }));
  // Only the one directive, naming its rules, waives anything: a bare comment used to waive every rule, profanity included.
  const waiving = directives.filter(({ directive }) => directive.form.name === DISABLE_NEXT_LINE && directive.rules.length > 0);

  const kept = found.filter((d) => {
    if (d.ruleId in CORE_CHECKS || d.post === null) return true;
    const post = draft.posts[d.post];
    const waiver = post?.exception && declarations.get(post.exception.span.start);
    if (waiver?.valid && waiver.declaration.rules.some((r) => r.id === d.ruleId)) {
      waiver.used.add(d.ruleId);
      return false;
    }
    const line = lines.position(d.span.start).line;
    for (const { directive, used } of waiving) {
      if (line < directive.fromLine || line > directive.toLine) continue;
      if (directive.rules.some((r) => r.id === d.ruleId)) {
        used.add(d.ruleId);
        return false;
      }
    }
    return true;
  });

  for (const { declaration, valid, used, posts } of declarations.values()) {
    if (!valid) continue;
    for (const rule of declaration.rules) {
      if (RULE_IDS.has(rule.id) && config.rules.has(rule.id) && !used.has(rule.id)) {
        problems.push(
          coreDiagnostic(
            'exception',
            `The exception waives ${rule.id}, but nothing in ${posts.size > 1 ? 'these posts' : 'this post'} needs it: remove it from \`rules\` so that the rule applies again.`,
            rule.span,
            placeOf(posts).post,
            { severity: 'warning', messageId: 'unusedException', data: { rule: rule.id }, ...entryOf(placeOf(posts)) },
          ),
        );
      }
    }
  }

  for (const { directive, used } of directives) problems.push(...checkDirective(directive, used, config));
  return [...kept, ...problems];
}

/** Reports what a §8 exception lacks; returns whether it is complete enough to waive anything. */
/** Where a problem with a declaration is: its one post, else its calendar entry, else the file. */
interface Place {
  post: number | null;
  entry?: number;
}

const entryOf = (place: Place) => (place.entry === undefined ? {} : { entry: place.entry });

function checkException(declaration: ExceptionDeclaration, place: Place, problems: RawDiagnostic[]): boolean {
  const report = (message: string, span: Span, messageId: string, severity?: 'warning') =>
    problems.push(coreDiagnostic('exception', message, span, place.post, { messageId, ...(severity ? { severity } : {}), ...entryOf(place) }));
  let valid = true;
  if (!declaration.rules.length) {
    report('The exception lists no rules: name the rules it waives, e.g. `rules: [platform-length]`.', declaration.span, 'noRules');
    valid = false;
  }
  for (const rule of declaration.rules) {
    if (rule.id in CORE_CHECKS) report(`\`${rule.id}\` is a core check and cannot be waived.`, rule.span, 'coreCheck');
    else if (!RULE_IDS.has(rule.id)) {
      const hint = didYouMean(rule.id, RULE_IDS);
      report(`Unknown rule \`${rule.id}\`${hint ? `; did you mean \`${hint}\`?` : ''} (\`gbc-post-lint rules\` lists them).`, rule.span, 'unknownRule');
    }
  }
  if (!declaration.reason) {
    report('The exception gives no `reason`: §8 exceptions must be justified and approved; say why this draft needs one.', declaration.span, 'noReason');
    valid = false;
  }
  if (!declaration.approvedBy.length) {
    report(
      'The exception names no approvers: §8 says "Any exception to this policy must be approved by the relevant Unit Manager and the Head of IT"; list both in `approvedBy`.',
      declaration.span,
      'noApprovers',
    );
    valid = false;
  } else if (declaration.approvedBy.length < 2) {
    report(
      'The exception names one approver: §8 needs both the relevant Unit Manager and the Head of IT in `approvedBy`.',
      declaration.span,
      'oneApprover',
      'warning',
    );
  }
  return valid;
}

function checkDirective(directive: Directive, used: Set<string>, config: ResolvedConfig): RawDiagnostic[] {
  const out: RawDiagnostic[] = [];
  const report = (message: string, span: Span, messageId: string) => out.push(coreDiagnostic('directive', message, span, null, { messageId }));
  const { name, span: formSpan } = directive.form;
  if (name !== DISABLE_NEXT_LINE) {
    report(unknownForm(name), formSpan, 'unknownDirective');
    return out;
  }
  if (directive.rules.length === 0) {
    report(
      `This comment names no rules${directive.reason ? '' : ' and gives no reason'}, so it waives nothing: name the rules it disables on the next line and say why, e.g. \`${DISABLE_NEXT_LINE} spelling -- the sign is spelt this way\` (\`gbc-post-lint rules\` lists the rules).`,
      directive.span,
      'noRules',
    );
    return out;
  }
  for (const rule of directive.rules) {
    if (rule.id in CORE_CHECKS) report(`\`${rule.id}\` is a core check and cannot be disabled.`, rule.span, 'coreCheck');
    else if (!RULE_IDS.has(rule.id)) {
      const hint = didYouMean(rule.id, RULE_IDS);
      report(`Unknown rule \`${rule.id}\`${hint ? `; did you mean \`${hint}\`?` : ''} (\`gbc-post-lint rules\` lists them).`, rule.span, 'unknownRule');
    } else if (config.rules.has(rule.id) && !used.has(rule.id)) {
      report(`Nothing on the next line breaks ${rule.id}: remove it from this comment.`, rule.span, 'unused');
    }
  }
  if (!directive.reason) {
    report('Say why the rule does not apply here: end the comment with `-- reason`. Departures from the policy need a reason (§8).', directive.span, 'noReason');
  }
  return out;
}

/** What to write instead of a directive form that does not exist. */
function unknownForm(name: string): string {
  const instead = `\`${DISABLE_NEXT_LINE} <rules> -- reason\``;
  if (name === 'gbc-post-lint-disable-line') return `\`${name}\` is not a directive, so it waives nothing: put ${instead} on the line above instead.`;
  if (name === 'gbc-post-lint-disable' || name === 'gbc-post-lint-enable') {
    return `\`${name}\` is not a directive, so it waives nothing: rules are waived one line at a time, with ${instead} on the line above, or for the whole draft with a §8 \`exception:\` in the metadata.`;
  }
  const hint = didYouMean(name, [DISABLE_NEXT_LINE]);
  return `Unknown directive \`${name}\`, which waives nothing${hint ? `; did you mean \`${hint}\`?` : `: the directive is ${instead}, on the line above.`}`;
}
