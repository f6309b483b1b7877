import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Nodes } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { CORE_CHECKS } from '../core-checks.js';
import { PACKAGE_ROOT } from '../paths.js';
import { RULES } from '../registry.js';
import type { Category, SeveritySetting } from '../types.js';

/** What a format that describes the rules (SARIF) says about each: every rule and every core check. */
export interface RuleDoc {
  id: string;
  description: string;
  category: Category;
  policy: readonly string[];
  /** Severity in the recommended preset. */
  severity: SeveritySetting;
  /** A core check: always on, never waived. */
  core: boolean;
  /** The rule's README (the tool's README for core checks), as an absolute URL. */
  helpUri: string;
  /** Markdown: the README's "What it checks" section, links made absolute. */
  help: string;
}

/**
 * The documentation of every rule and core check.
 *
 * @param docsUrl where the package's files are published (for example a repository's
 *   web view of its main branch); by default the installed package's own folder, as a
 *   `file:` URL, since the tool has no web home of its own.
 */
export function ruleDocs(docsUrl?: string): RuleDoc[] {
  const base = docsBase(docsUrl);
  const rules = RULES.map((meta): RuleDoc => {
    const readme = `rules/${meta.id}/README.md`;
    const helpUri = new URL(readme, base).href;
    return {
      id: meta.id,
      description: meta.description,
      category: meta.category,
      policy: meta.policy,
      severity: meta.severity,
      core: false,
      helpUri,
      help: section(readFileSync(join(PACKAGE_ROOT, readme), 'utf8'), 'What it checks', helpUri),
    };
  });
  const core = Object.entries(CORE_CHECKS).map(
    ([id, check]): RuleDoc => ({
      id,
      description: check.description,
      category: check.category,
      policy: check.policy,
      severity: check.severity,
      core: true,
      helpUri: new URL('README.md#rules', base).href,
      help: `${check.description}\n\nA core check: it always runs, and cannot be switched off or waived.`,
    }),
  );
  return [...rules, ...core];
}

/** The folder URL the package's files are published under: `docsUrl`, or the installed package's own folder. */
export function docsBase(docsUrl?: string): URL {
  const base = new URL(docsUrl ?? pathToFileURL(PACKAGE_ROOT).href);
  if (!base.pathname.endsWith('/')) base.pathname += '/';
  return base;
}

/** The markdown of a `## heading` section, without its heading, with relative links resolved against `url`. */
function section(markdown: string, heading: string, url: string): string {
  const tree = fromMarkdown(markdown);
  const offset = (node: Nodes, end = false) => (end ? node.position!.end.offset! : node.position!.start.offset!);
  const top = tree.children;
  const at = top.findIndex((n) => n.type === 'heading' && n.depth === 2 && markdown.slice(offset(n), offset(n, true)).replace(/^#+\s*/, '') === heading);
  if (at < 0) return '';
  const next = top.findIndex((n, i) => i > at && n.type === 'heading' && n.depth <= 2);
  const from = offset(top[at]!, true);
  const to = next < 0 ? markdown.length : offset(top[next]!);

  // A relative destination is replaced where it is written: the last occurrence of it in its link.
  const edits: { start: number; end: number; text: string }[] = [];
  visit(tree, (node) => {
    if ((node.type !== 'link' && node.type !== 'image' && node.type !== 'definition') || URL.canParse(node.url)) return;
    const start = offset(node);
    if (start < from || start >= to) return;
    const found = markdown.lastIndexOf(node.url, offset(node, true) - node.url.length);
    if (found < start) return;
    edits.push({ start: found, end: found + node.url.length, text: new URL(node.url, url).href });
  });
  let text = markdown.slice(from, to);
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    text = text.slice(0, edit.start - from) + edit.text + text.slice(edit.end - from);
  }
  return text.trim();
}
