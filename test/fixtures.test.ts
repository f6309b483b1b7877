import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigLoader } from '../src/config/load.js';
import { decodeDraft, DRAFT_EXTENSIONS } from '../src/drafts/read.js';
import { lintText } from '../src/engine/lint.js';
import { RULE_IDS } from '../src/registry.js';
import type { Diagnostic, SeveritySetting } from '../src/types.js';
import { readMarkers, sliceByPosition, type Marker } from './helpers/markers.js';

/**
 * Walks fixtures/<rule-id>/{valid,invalid}/ (and fixtures/core/): each invalid
 * draft marks its expected diagnostics; each valid draft is a near miss that
 * must produce none. Adding a case is adding a file. Only the rule under test
 * runs (core checks always run); a .gbc-post-lint.yaml inside the rule's
 * fixture folder sets its options.
 */
const ROOT = join(import.meta.dirname, '..', 'fixtures');

function draftsUnder(dir: string): string[] {
  let entries: string[];
  try {
    entries = readdirSync(dir).sort();
  } catch {
    return [];
  }
  return entries.flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return draftsUnder(path);
    return DRAFT_EXTENSIONS.some((ext) => name.endsWith(ext)) && !name.startsWith('.') ? [path] : [];
  });
}

function loaderFor(folder: string): ConfigLoader {
  const only = folder === 'core' ? undefined : folder;
  const ruleOverrides = new Map<string, SeveritySetting>([...RULE_IDS].filter((id) => id !== only).map((id) => [id, 'off']));
  return new ConfigLoader({ ruleOverrides, stopAt: join(ROOT, folder) });
}

function describeDiagnostic(d: Diagnostic): string {
  return `${d.ruleId}/${d.messageId ?? '-'} @${d.line}:${d.column} ${JSON.stringify(d.excerpt)}`;
}

function describeMarker(m: Marker): string {
  return `${m.ruleId}${m.messageId ? '/' + m.messageId : ''} @${m.line}${m.column ? ':' + m.column : ''} ${JSON.stringify(m.excerpt)} (marker on line ${m.at})`;
}

const folders = readdirSync(ROOT).filter((name) => name !== 'drafts' && statSync(join(ROOT, name)).isDirectory());

it('every rule has a fixture folder with valid and invalid cases, and every folder is a rule', () => {
  for (const id of RULE_IDS) {
    expect(draftsUnder(join(ROOT, id, 'valid')).length, `${id}: fixtures/${id}/valid`).toBeGreaterThan(0);
    expect(draftsUnder(join(ROOT, id, 'invalid')).length, `${id}: fixtures/${id}/invalid`).toBeGreaterThan(0);
  }
  for (const folder of folders) expect(folder === 'core' || RULE_IDS.has(folder), `fixtures/${folder} is not a rule`).toBe(true);
});

for (const folder of folders) {
  describe(`fixtures/${folder}`, () => {
    const loader = loaderFor(folder);
    for (const kind of ['valid', 'invalid'] as const) {
      for (const path of draftsUnder(join(ROOT, folder, kind))) {
        const name = relative(ROOT, path);
        it(name, async () => {
          const bytes = readFileSync(path);
          const decoded = decodeDraft(bytes);
          if (!decoded.ok) throw new Error(`${name}: ${decoded.message}`);
          const markers = readMarkers(decoded.text);
          if (kind === 'valid') expect(markers, 'valid fixtures carry no expect markers').toEqual([]);
          else expect(markers.length, 'invalid fixtures mark at least one expected diagnostic').toBeGreaterThan(0);

          const result = await lintText(name, decoded.text, loader.forFile(path));

          // Every diagnostic's excerpt is exactly the source text between its positions.
          for (const d of result.diagnostics) {
            expect(sliceByPosition(decoded.text, d.line, d.column, d.endLine, d.endColumn), describeDiagnostic(d)).toBe(d.excerpt);
          }

          const unmatched = [...result.diagnostics];
          const missing: Marker[] = [];
          for (const marker of markers) {
            const i = unmatched.findIndex(
              (d) =>
                d.ruleId === marker.ruleId &&
                d.line === marker.line &&
                d.excerpt === marker.excerpt &&
                (marker.column === undefined || d.column === marker.column) &&
                (marker.messageId === undefined || d.messageId === marker.messageId),
            );
            if (i < 0) missing.push(marker);
            else unmatched.splice(i, 1);
          }
          expect(
            { missing: missing.map(describeMarker), unexpected: unmatched.map((d) => `${describeDiagnostic(d)}: ${d.message}`) },
            `diagnostics of ${name}`,
          ).toEqual({ missing: [], unexpected: [] });
        });
      }
    }
  });
}
