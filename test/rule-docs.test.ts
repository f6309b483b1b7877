import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeParse } from 'zod/v4/core';
import { getRule, loadRule, RULES } from '../src/registry.js';
import { CATEGORIES, SEVERITIES } from '../src/types.js';
import { lint } from './helpers/lint.js';

/**
 * The registry, the rule folders, each rule's metadata, its README and its
 * fixtures must agree; README examples are linted, so they cannot go stale.
 */
const ROOT = join(import.meta.dirname, '..');
const HEADINGS = ['## What it checks', '## Why', '## Options', '## Examples', '## When a person should decide instead'];

it('every folder under rules/ is a registered rule, and every rule has a folder', () => {
  const folders = readdirSync(join(ROOT, 'rules')).filter((name) => statSync(join(ROOT, 'rules', name)).isDirectory());
  expect(folders.sort()).toEqual(RULES.map((r) => r.id).sort());
});

for (const meta of RULES) {
  describe(`rules/${meta.id}`, () => {
    it('declares itself completely', async () => {
      expect(meta.id).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(CATEGORIES).toContain(meta.category);
      expect([...SEVERITIES, 'off']).toContain(meta.severity);
      expect(meta.policy.length).toBeGreaterThan(0);
      expect(meta.description.length).toBeGreaterThan(20);
      expect(safeParse(meta.options, {}).success).toBe(true);
      expect(Object.keys(meta.messages).length).toBeGreaterThan(0);
      expect(getRule(meta.id)).toBe(meta);
      expect(typeof (await loadRule(meta.id)).check).toBe('function');
    });

    it('has a README with the standard headings, quoting its clauses', () => {
      const path = join(ROOT, 'rules', meta.id, 'README.md');
      expect(existsSync(path), path).toBe(true);
      const text = readFileSync(path, 'utf8');
      expect(text.split('\n')[0]).toBe(`# ${meta.id}`);
      const found = text.split('\n').filter((line) => line.startsWith('## '));
      expect(found).toEqual(HEADINGS);
      const policy = readFileSync(join(ROOT, 'docs', 'social-media-policy.txt'), 'utf8');
      const why = text.slice(text.indexOf('## Why'), text.indexOf('## Options'));
      const quotes = [...why.matchAll(/"([^"]{15,})"/g)].map((m) => m[1]!.replace(/\s+/g, ' '));
      expect(quotes.some((q) => policy.replace(/\s+/g, ' ').includes(q)), 'the Why section quotes the policy verbatim').toBe(true);
    });

    it('README examples do what they say', async () => {
      const text = readFileSync(join(ROOT, 'rules', meta.id, 'README.md'), 'utf8');
      // A ```yaml config block is the configuration of the examples after it.
      const blocks = [...text.matchAll(/```(markdown|yaml) (bad|good|config)\n([\s\S]*?)```/g)];
      const examples = blocks.filter((e) => e[2] !== 'config');
      expect(examples.some((e) => e[2] === 'bad') && examples.some((e) => e[2] === 'good')).toBe(true);
      let config: string | undefined;
      for (const [, format, kind, body] of blocks) {
        if (kind === 'config') {
          config = body;
          continue;
        }
        const found = (await lint(body!, format === 'yaml' ? 'example.yaml' : 'example.md', { [meta.id]: 'error' }, config)).filter((d) => d.ruleId === meta.id);
        if (kind === 'bad') expect(found.length, `bad example:\n${body}`).toBeGreaterThan(0);
        else expect(found.map((d) => d.message), `good example:\n${body}`).toEqual([]);
      }
    });
  });
}
