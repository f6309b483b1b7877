import { isAbsolute, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageInfo } from '../package-info.js';
import type { Diagnostic, Severity, SeveritySetting } from '../types.js';
import { clauses } from './clauses.js';
import { fingerprints } from './fingerprint.js';
import { portablePath } from './portable-path.js';
import { docsBase, ruleDocs, type RuleDoc } from './rule-docs.js';
import type { Reporter } from './types.js';

const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', suggestion: 'note' };

/** Relative paths are relative to the directory the tool ran in: the repository's root in CI. */
const SOURCE_ROOT = '%SRCROOT%';

/** Our own key: `primaryLocationLineHash` is GitHub's, which its upload action computes from the line's text. */
const FINGERPRINT = 'gbcPostLint/v1';

/**
 * A SARIF 2.1.0 log, as GitHub code scanning and other SARIF viewers read it: the
 * tool with every rule and core check (description, help from the rule's README,
 * policy clauses and category), and one result per problem with its exact region
 * (1-based lines, columns in UTF-16 code units, end exclusive) and a fingerprint
 * that survives lines moving.
 */
export const sarif: Reporter = (results, meta) => {
  const rules = ruleDocs(meta.docsUrl);
  const ruleIndex = new Map(rules.map((rule, i) => [rule.id, i]));
  const { name, version } = packageInfo();
  const root = pathToFileURL(meta.cwd.endsWith(sep) ? meta.cwd : meta.cwd + sep).href;
  const log = {
    $schema: 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name,
            version,
            semanticVersion: version,
            informationUri: new URL('README.md', docsBase(meta.docsUrl)).href,
            rules: rules.map(descriptor),
          },
        },
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: root } },
        columnKind: 'utf16CodeUnits',
        invocations: [{ executionSuccessful: !results.some((r) => r.diagnostics.some((d) => d.ruleId === 'internal-error')) }],
        results: results.flatMap((result) => {
          const prints = fingerprints(result);
          const location = artifactLocation(result.file);
          return result.diagnostics.map((d, i) => ({
            ruleId: d.ruleId,
            ...(ruleIndex.has(d.ruleId) ? { ruleIndex: ruleIndex.get(d.ruleId)! } : {}),
            level: LEVEL[d.severity],
            message: { text: d.message },
            locations: [{ physicalLocation: { artifactLocation: location, region: region(d) } }],
            partialFingerprints: { [FINGERPRINT]: prints[i]! },
            properties: { category: d.category, policy: d.policy, post: d.post },
          }));
        }),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};

function descriptor(rule: RuleDoc) {
  const cited = clauses(rule.policy);
  return {
    id: rule.id,
    name: rule.id.replace(/(^|-)(\w)/g, (_, __, letter: string) => letter.toUpperCase()),
    shortDescription: { text: rule.description },
    fullDescription: { text: `${rule.description}${cited ? ` Policy: ${cited}.` : ''} Category: ${rule.category}.` },
    help: { text: rule.help, markdown: rule.help },
    helpUri: rule.helpUri,
    defaultConfiguration: configuration(rule.severity),
    properties: {
      category: rule.category,
      policy: rule.policy,
      tags: [...new Set(['policy', rule.category, ...(cited ? cited.split(' ') : []), ...(rule.core ? ['core'] : [])])],
    },
  };
}

function configuration(severity: SeveritySetting) {
  return severity === 'off' ? { enabled: false } : { level: LEVEL[severity] };
}

/** SARIF's region has the same convention as ours: 1-based, and the end column is the one after the last character. */
function region(d: Diagnostic) {
  return { startLine: d.line, startColumn: d.column, endLine: d.endLine, endColumn: d.endColumn };
}

/** A path as given becomes a URI: relative ones (forward slashes, each segment percent-encoded) against the source root. */
function artifactLocation(file: string) {
  if (isAbsolute(file)) return { uri: pathToFileURL(file).href };
  return { uri: portablePath(file).split('/').map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
}
