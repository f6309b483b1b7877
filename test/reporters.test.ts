import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/api.js';

/** The drafts here are about formats: the governance rules' notes on a bare draft (no register, purpose) and the copyright rule's credit warning are tested with those rules. */
const BARE = { 'approved-channel': 'off', 'post-purpose': 'off', copyright: 'off' } as const;
import { CORE_CHECKS } from '../src/core-checks.js';
import { RULES } from '../src/registry.js';
import { formatResults, type Format } from '../src/reporters/index.js';
import type { Diagnostic, FileResult } from '../src/types.js';

/**
 * Each format is checked against what consumes it: SARIF against the OASIS
 * schema, JUnit with an XML parser, GitLab's fields as its documentation lists
 * them, GitHub's workflow commands decoded the way the runner decodes them.
 */
const ROOT = join(import.meta.dirname, '..');
const CWD = join(ROOT, 'test');

// A file name with spaces and accents, as comms teams name drafts.
const BAD_NAME = 'drafts/bin day café – Élise.md';
const BAD = '---\nchannel: x/GosportBC\nmedia:\n  - file: bins.jpg\n---\nWe recieve too much shit in the recycling bins.\n';
const MOVED = BAD.replace('---\nWe', '---\nUpdated on Monday.\n\nPlease read on.\n\nWe');
const TWICE = '---\nchannel: x/GosportBC\n---\nShit happens. The bins are late, shit.\n';
const CLEAN = '---\nchannel: x/GosportBC\n---\nGarden waste collections restart on Monday.\n';
const CALENDAR = 'channel: facebook/GosportBoroughCouncil\ntext: |\n  The new colour-coded bins\n  arrive in Rowner on Tusday.\n';

async function results(): Promise<FileResult[]> {
  return [
    await lintText(BAD, { cwd: CWD, filePath: BAD_NAME, rules: BARE }),
    await lintText(CLEAN, { cwd: CWD, filePath: 'drafts/clean.md', rules: BARE }),
    await lintText(CALENDAR, { cwd: CWD, filePath: 'calendar/winter #1.yaml', rules: BARE }),
    await lintText(new Uint8Array([0xff, 0xfe, 0x41, 0]), { cwd: CWD, filePath: 'drafts/utf16.md', rules: BARE }),
  ];
}

/** A diagnostic with awkward text: the escaping and XML rules are about these characters. */
function synthetic(file: string, message: string, at: Partial<Diagnostic> = {}): FileResult {
  const diagnostic: Diagnostic = {
    ruleId: 'spelling',
    category: 'spelling',
    severity: 'warning',
    message,
    policy: ['27'],
    post: 0,
    line: 3,
    column: 5,
    endLine: 3,
    endColumn: 9,
    excerpt: 'word',
    ...at,
  };
  return { file, diagnostics: [diagnostic] };
}

// Tests lint real drafts: the first loads the rules' data, which takes seconds on a loaded machine.
const format = (format: Format, input: readonly FileResult[], extra: { color?: boolean; docsUrl?: string } = {}) =>
  formatResults(input, { format, cwd: CWD, ...extra });

describe('sarif', { timeout: 30_000 }, () => {
  const schema = JSON.parse(readFileSync(join(ROOT, 'test/schemas/sarif-schema-2.1.0.json'), 'utf8')) as Record<string, unknown>;
  // The OASIS schema is draft-04: Ajv 8 reads draft-04's `id` only as `$id`.
  const { id, $schema: _, ...rest } = schema as { id: string; $schema: string };
  const ajv = new Ajv({ allErrors: true, strict: false });
  ajv.addFormat('uri', (s: string) => URL.canParse(s));
  ajv.addFormat('uri-reference', (s: string) => URL.canParse(s, 'file:///base/'));
  ajv.addFormat('date-time', (s: string) => !Number.isNaN(Date.parse(s)));
  const validate = ajv.compile({ ...rest, $id: id });

  it('is valid SARIF 2.1.0 by the OASIS schema', async () => {
    const log = JSON.parse(await format('sarif', await results()));
    expect(validate(log), JSON.stringify(validate.errors, null, 2)).toBe(true);
    // The schema accepts a log that is only {version, runs}: check that it would also refuse a broken one.
    expect(validate({ ...log, runs: [{ ...log.runs[0], results: [{ ruleId: 'x' }] }] })).toBe(false);
  });

  it('describes every rule and core check, with help from its README and a link to it', async () => {
    const log = JSON.parse(await format('sarif', []));
    const rules = log.runs[0].tool.driver.rules as { id: string; help: { markdown: string }; helpUri: string; properties: { policy: string[]; category: string }; defaultConfiguration: { level?: string } }[];
    expect(rules.map((r) => r.id)).toEqual([...RULES.map((r) => r.id), ...Object.keys(CORE_CHECKS)]);
    for (const meta of RULES) {
      const rule = rules.find((r) => r.id === meta.id)!;
      const readme = readFileSync(join(ROOT, 'rules', meta.id, 'README.md'), 'utf8');
      const whatItChecks = readme.slice(readme.indexOf('## What it checks'), readme.indexOf('## Why'));
      // The section's first paragraph, as written (links inside it are made absolute).
      const firstParagraph = whatItChecks.split('\n\n')[1]!.trim();
      expect(rule.help.markdown.startsWith(firstParagraph.slice(0, 40)), meta.id).toBe(true);
      expect(rule.help.markdown).not.toMatch(/^## /m);
      expect(rule.properties).toMatchObject({ policy: meta.policy, category: meta.category });
      expect(rule.defaultConfiguration.level).toBe({ error: 'error', warning: 'warning', suggestion: 'note' }[meta.severity as string]);
      expect(existsSync(fileURLToPath(rule.helpUri)), rule.helpUri).toBe(true);
      // A relative link in the README would be broken in a code scanning alert.
      visit(fromMarkdown(rule.help.markdown), (node) => {
        if (node.type === 'link' || node.type === 'image' || node.type === 'definition') expect(URL.canParse(node.url), node.url).toBe(true);
      });
    }
  });

  it('links rule pages under a configured documentation address', async () => {
    const log = JSON.parse(await format('sarif', [], { docsUrl: 'https://git.example.org/comms/gbc-post-lint/blob/main' }));
    const driver = log.runs[0].tool.driver;
    expect(driver.informationUri).toBe('https://git.example.org/comms/gbc-post-lint/blob/main/README.md');
    expect(driver.rules[0].helpUri).toBe(`https://git.example.org/comms/gbc-post-lint/blob/main/rules/${RULES[0]!.id}/README.md`);
  });

  it('places each result exactly: rule index, level, percent-encoded relative URI, 1-based region with exclusive end', async () => {
    const input = await results();
    const log = JSON.parse(await format('sarif', input));
    const run = log.runs[0];
    const flat = input.flatMap((r) => r.diagnostics.map((d) => ({ file: r.file, d })));
    expect(run.results).toHaveLength(flat.length);
    expect(run.columnKind).toBe('utf16CodeUnits');
    flat.forEach(({ file, d }, i) => {
      const result = run.results[i];
      expect(run.tool.driver.rules[result.ruleIndex].id).toBe(d.ruleId);
      expect(result.level).toBe({ error: 'error', warning: 'warning', suggestion: 'note' }[d.severity]);
      expect(result.message.text).toBe(d.message);
      const { artifactLocation, region } = result.locations[0].physicalLocation;
      expect(region).toEqual({ startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn });
      expect(artifactLocation.uriBaseId).toBe('%SRCROOT%');
      expect(artifactLocation.uri).not.toMatch(/[ #?é–\\]/);
      // Resolved against the source root, the URI is the file again.
      const root = run.originalUriBaseIds['%SRCROOT%'].uri as string;
      expect(fileURLToPath(new URL(artifactLocation.uri, root))).toBe(join(CWD, file));
    });
    expect(run.results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('drafts/bin%20day%20caf%C3%A9%20%E2%80%93%20%C3%89lise.md');
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('gives absolute paths as file URIs, and marks a run with an internal error as unsuccessful', async () => {
    const absolute = synthetic(join(CWD, 'drafts', 'a b.md'), 'Rule spelling failed on this post.', { ruleId: 'internal-error', category: 'input', severity: 'error', policy: [] });
    const log = JSON.parse(await format('sarif', [absolute]));
    expect(log.runs[0].results[0].locations[0].physicalLocation.artifactLocation).toEqual({ uri: `file://${CWD}/drafts/a%20b.md` });
    expect(log.runs[0].invocations).toEqual([{ executionSuccessful: false }]);
  });

  it('fingerprints survive lines moving, and tell apart the same word twice', async () => {
    const prints = async (text: string) => {
      const log = JSON.parse(await format('sarif', [await lintText(text, { cwd: CWD, filePath: BAD_NAME, rules: BARE })]));
      return (log.runs[0].results as { partialFingerprints: Record<string, string>; locations: { physicalLocation: { region: { startLine: number } } }[] }[]).map((r) => ({
        print: Object.values(r.partialFingerprints)[0]!,
        line: r.locations[0]!.physicalLocation.region.startLine,
      }));
    };
    const before = await prints(BAD);
    const after = await prints(MOVED);
    expect(after.map((p) => p.print)).toEqual(before.map((p) => p.print));
    expect(after.map((p) => p.line)).not.toEqual(before.map((p) => p.line));
    const edited = await prints(BAD.replace('recieve', 'recieved'));
    expect(edited.map((p) => p.print)).not.toEqual(before.map((p) => p.print));
    const twice = await prints(TWICE);
    expect(twice).toHaveLength(2);
    expect(new Set(twice.map((p) => p.print)).size).toBe(2);
    expect(await prints(TWICE)).toEqual(twice);
  });
});

describe('github', { timeout: 30_000 }, () => {
  /** Reads a workflow command as the runner does: properties up to `::`, split on `,` and the first `=`, then unescaped. */
  function parseCommand(line: string) {
    const match = /^::(\w+) (.*?)::(.*)$/.exec(line);
    if (!match) return undefined;
    const unescape = (s: string) => s.replaceAll('%0D', '\r').replaceAll('%0A', '\n').replaceAll('%3A', ':').replaceAll('%2C', ',').replaceAll('%25', '%');
    const properties = Object.fromEntries(match[2]!.split(',').map((p) => [p.slice(0, p.indexOf('=')), unescape(p.slice(p.indexOf('=') + 1))]));
    return { command: match[1]!, properties, message: unescape(match[3]!) };
  }

  it('escapes messages and properties as the runner requires', async () => {
    const file = 'drafts/100% sure: bins, café.md';
    const message = 'Costs 100% more: bins, boxes\nand bags\r\nfor %0A real';
    const out = await format('github', [synthetic(file, message)]);
    const annotations = out.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(1);
    const command = parseCommand(annotations[0]!)!;
    expect(command.command).toBe('warning');
    expect(command.message).toBe(message);
    expect(command.properties).toEqual({ file, line: '3', endLine: '3', col: '5', endColumn: '9', title: 'gbc-post-lint spelling §27' });
  });

  it('maps severities to error, warning and notice, and leaves out columns on a span over several lines', async () => {
    const input = [
      synthetic('a.md', 'e', { severity: 'error' }),
      synthetic('b.md', 'w', { severity: 'warning', line: 2, endLine: 4 }),
      synthetic('c.md', 's', { severity: 'suggestion' }),
    ];
    const commands = (await format('github', input)).split('\n').map(parseCommand).filter(Boolean);
    expect(commands.map((c) => c!.command)).toEqual(['error', 'warning', 'notice']);
    expect(commands[1]!.properties).toEqual({ file: 'b.md', line: '2', endLine: '4', title: 'gbc-post-lint spelling §27' });
  });

  it('annotates every problem of real drafts, then prints the ordinary report, uncoloured', async () => {
    const input = await results();
    const out = await format('github', input, { color: true });
    const annotations = out.split('\n').filter((l) => l.startsWith('::'));
    expect(annotations).toHaveLength(input.reduce((n, r) => n + r.diagnostics.length, 0));
    expect(annotations.map((l) => parseCommand(l)!.properties.file)).toContain(BAD_NAME);
    expect(out).toContain(await format('stylish', input));
    expect(out).not.toMatch(/\u001b\[/);
  });
});

describe('gitlab', { timeout: 30_000 }, () => {
  const SEVERITIES = ['info', 'minor', 'major', 'critical', 'blocker'];

  it('writes a Code Quality array with the fields GitLab documents', async () => {
    const input = await results();
    const out = await format('gitlab', input);
    expect(out.charCodeAt(0)).not.toBe(0xfeff);
    const issues = JSON.parse(out) as Record<string, unknown>[];
    expect(issues).toHaveLength(input.reduce((n, r) => n + r.diagnostics.length, 0));
    for (const issue of issues) {
      expect(Object.keys(issue).sort()).toEqual(['check_name', 'description', 'fingerprint', 'location', 'severity']);
      expect(typeof issue.description).toBe('string');
      expect(typeof issue.check_name).toBe('string');
      expect(issue.fingerprint).toMatch(/^[0-9a-f]{32}$/);
      expect(SEVERITIES).toContain(issue.severity);
      const location = issue.location as { path: string; lines: { begin: number; end: number } };
      expect(location.path).not.toMatch(/^(\.\/|\/)|\\/);
      expect(Number.isInteger(location.lines.begin) && location.lines.begin >= 1).toBe(true);
      expect(location.lines.end).toBeGreaterThanOrEqual(location.lines.begin);
    }
    expect(new Set(issues.map((i) => i.fingerprint)).size).toBe(issues.length);
    expect(issues.map((i) => i.severity)).toEqual(input.flatMap((r) => r.diagnostics.map((d) => ({ error: 'major', warning: 'minor', suggestion: 'info' })[d.severity])));
    expect((issues[0]!.location as { path: string }).path).toBe(BAD_NAME);
  });

  it('gives paths relative to the repository, and fingerprints that survive lines moving', async () => {
    const absolute = JSON.parse(await format('gitlab', [synthetic(join(CWD, 'drafts', 'x y.md'), 'm')]));
    expect(absolute[0].location.path).toBe('drafts/x y.md');
    const dotted = JSON.parse(await format('gitlab', [synthetic('./drafts/x.md', 'm')]));
    expect(dotted[0].location.path).toBe('drafts/x.md');
    const prints = async (text: string) => (JSON.parse(await format('gitlab', [await lintText(text, { cwd: CWD, filePath: BAD_NAME, rules: BARE })])) as { fingerprint: string }[]).map((i) => i.fingerprint);
    expect(await prints(MOVED)).toEqual(await prints(BAD));
  });
});

describe('junit', { timeout: 30_000 }, () => {
  const parser = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '', htmlEntities: true, isArray: (name) => ['testsuite', 'testcase'].includes(name) });
  type Case = { classname: string; name: string; failure?: { type: string; message: string; '#text': string } };
  type Suite = { name: string; tests: string; failures: string; testcase: Case[] };
  const suitesOf = (xml: string) => (parser.parse(xml) as { testsuites: { tests: string; failures: string; testsuite: Suite[] } }).testsuites;
  // XML 1.0's Char production: anything else makes the document ill-formed, though the validator lets it through.
  const forbidden = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

  it('has one test suite per draft and one failing test case per problem (a passing one for a clean draft)', async () => {
    const input = await results();
    const xml = await format('junit', input);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(forbidden);
    const suites = suitesOf(xml);
    expect(suites.testsuite.map((s) => s.name)).toEqual(input.map((r) => r.file));
    const problems = input.reduce((n, r) => n + r.diagnostics.length, 0);
    expect(Number(suites.failures)).toBe(problems);
    input.forEach((result, i) => {
      const suite = suites.testsuite[i]!;
      if (!result.diagnostics.length) {
        expect(suite.testcase).toHaveLength(1);
        expect(suite.testcase[0]!.failure).toBeUndefined();
        return;
      }
      expect(suite.testcase.map((c) => [c.classname, c.failure!.type, c.failure!.message])).toEqual(result.diagnostics.map((d) => [result.file, d.severity, d.message]));
      expect(Number(suite.failures)).toBe(result.diagnostics.length);
    });
  });

  it('escapes markup and line breaks, and replaces the control characters XML 1.0 forbids', async () => {
    const message = 'Tags <b> & "quotes" \'here\'\nnext line\u0000\u0007\u001b[31m\uFFFE and a lone \uD800 surrogate, 🎄 kept';
    const xml = await format('junit', [synthetic('drafts/<odd> & "name".md', message)]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toMatch(forbidden);
    const testcase = suitesOf(xml).testsuite[0]!.testcase[0]!;
    expect(testcase.classname).toBe('drafts/<odd> & "name".md');
    const expected = message.replace(/[\u0000\u0007\u001b\uFFFE\uD800]/g, '\uFFFD');
    expect(testcase.failure!.message).toBe(expected);
    expect(testcase.failure!['#text']).toContain(expected.split('\n')[0]);
  });
});

describe('compact', { timeout: 30_000 }, () => {
  it('writes `file:line:col: severity message [rule §clauses]`, one problem a line', async () => {
    const input = [...(await results()), synthetic('drafts/two lines.md', 'first\nsecond')];
    const lines = (await format('compact', input)).split('\n');
    expect(lines.pop()).toBe('');
    const expected = input.flatMap((r) => r.diagnostics.map((d) => ({ r, d })));
    expect(lines).toHaveLength(expected.length);
    lines.forEach((line, i) => {
      const { r, d } = expected[i]!;
      const clauses = d.policy.map((p) => (/^\d+$/.test(p) ? `§${p}` : p)).join(' ');
      expect(line).toBe(`${r.file}:${d.line}:${d.column}: ${d.severity} ${d.message.replace(/\n/g, ' ')} [${d.ruleId}${clauses ? ' ' + clauses : ''}]`);
    });
    expect(lines[1]).toMatch(/^drafts\/bin day café – Élise\.md:6:4: warning "recieve" .* \[spelling §27\]$/);
    expect(await format('compact', [await lintText(CLEAN, { cwd: CWD, filePath: 'clean.md', rules: BARE })])).toBe('');
  });
});
