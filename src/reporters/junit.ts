import { clauses } from './clauses.js';
import type { Reporter } from './types.js';

/**
 * JUnit XML, for CI systems that show test reports: one test suite per draft, one
 * failing test case per problem (its type is the severity), and one passing test
 * case for a draft without problems.
 */
export const junit: Reporter = (results) => {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  const problems = results.reduce((n, r) => n + r.diagnostics.length, 0);
  const cases = results.reduce((n, r) => n + Math.max(1, r.diagnostics.length), 0);
  out.push(`<testsuites name="gbc-post-lint" tests="${cases}" failures="${problems}" errors="0">`);
  for (const { file, diagnostics } of results) {
    const name = attribute(file);
    out.push(`  <testsuite name="${name}" tests="${Math.max(1, diagnostics.length)}" failures="${diagnostics.length}" errors="0" skipped="0">`);
    if (!diagnostics.length) out.push(`    <testcase classname="${name}" name="no problems"/>`);
    for (const d of diagnostics) {
      const tag = [d.ruleId, clauses(d.policy)].filter(Boolean).join(' ');
      out.push(
        `    <testcase classname="${name}" name="${attribute(`${d.line}:${d.column} ${tag}`)}">`,
        `      <failure type="${d.severity}" message="${attribute(d.message)}">${text(`${file}:${d.line}:${d.column}: ${d.severity} ${d.message} [${tag}]`)}</failure>`,
        '    </testcase>',
      );
    }
    out.push('  </testsuite>');
  }
  out.push('</testsuites>');
  return out.join('\n') + '\n';
};

/**
 * XML 1.0 allows only tab, line feed, carriage return and the characters from
 * U+0020 on, without lone surrogates, U+FFFE and U+FFFF: anything else (a control
 * character pasted into a draft) becomes U+FFFD, so that the report stays well formed.
 */
const allowed = (s: string) => s.replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD');

const text = (s: string) => allowed(s).replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

/** In an attribute, line breaks and tabs are written as references: a parser would turn them into spaces. */
const attribute = (s: string) =>
  text(s).replaceAll('"', '&quot;').replaceAll('\n', '&#10;').replaceAll('\r', '&#13;').replaceAll('\t', '&#9;');
