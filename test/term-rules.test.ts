import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { ConfigLoader } from '../src/config/load.js';
import { lintText } from '../src/engine/lint.js';
import { RULE_IDS } from '../src/registry.js';
import type { SeveritySetting } from '../src/types.js';
import { dataLines, onlyRules } from './helpers/lint.js';

/**
 * The term rules together (profanity, discrimination, sexual): each planted post is reported once,
 * by the right rule, at the right words; no word is on two rules' lists; a public list of offensive
 * English words is mostly caught; GB place names are not.
 */
const TERM_RULES = ['profanity', 'discrimination', 'sexual'];
const data = dataLines;

const configWith = onlyRules;
const allTermRules = configWith(TERM_RULES);

async function findings(line: string, config = allTermRules) {
  const result = await lintText('post.md', line + '\n', config);
  return result.diagnostics.map((d) => `${d.ruleId}: ${d.excerpt}`);
}

for (const [id, file] of [
  ['discrimination', 'discrimination-posts.txt'],
  ['sexual', 'sexual-posts.txt'],
] as const) {
  describe(`${file}`, () => {
    it(`each line is reported once, by ${id}, at the planted words (profanity, discrimination and sexual all on)`, async () => {
      const wrong: string[] = [];
      const rows = data(file);
      expect(rows.length).toBeGreaterThanOrEqual(25);
      for (const row of rows) {
        const [words, line] = row.split('\t') as [string, string];
        const found = await findings(line);
        if (found.length !== 1 || found[0] !== `${id}: ${words}`) wrong.push(`${JSON.stringify(found)} ← ${line}`);
      }
      expect(wrong).toEqual([]);
    });
  });
}

describe('one word, one rule', () => {
  const profanityOnly = configWith(['profanity']);
  for (const id of ['discrimination', 'sexual']) {
    it(`no term of rules/${id}/terms.yaml is reported by profanity`, async () => {
      const entries = parse(readFileSync(join(import.meta.dirname, '..', 'rules', id, 'terms.yaml'), 'utf8')) as { term: string }[];
      const both: string[] = [];
      for (const { term } of entries) {
        const found = await findings(`They wrote ${term} on the wall.`, profanityOnly);
        if (found.length) both.push(`${term}: ${found.join(', ')}`);
      }
      expect(both).toEqual([]);
    });
  }
});

describe('a public list of offensive English words (LDNOOBW, CC BY 4.0)', () => {
  it('is mostly caught by profanity, discrimination and sexual together, in an ordinary sentence', async () => {
    const words = data('ldnoobw-en.txt');
    const missed: string[] = [];
    for (const word of words) {
      if (!(await findings(`I can't believe someone wrote ${word} on the wall.`)).length) missed.push(word);
    }
    const share = (words.length - missed.length) / words.length;
    console.log(`LDNOOBW en: ${words.length - missed.length} of ${words.length} caught (${(share * 100).toFixed(1)}%); missed: ${missed.join(', ')}`);
    // Measured 72.8% (270 of 371). What is missed is missed on purpose: medical words of health
    // campaigns (anus, penis, vagina, nipples, semen, sex, intercourse), crime and safeguarding
    // words of police news (rape, incest, paedophile, upskirt, grope), ordinary words (butt, ass,
    // tits, escort, hooker, nude, topless, hardcore, scat, skeet, bondage, bareback, fingering),
    // titles (Octopussy, Lolita, Tainted Love) and fragments that are not words (girl on, taste my).
    expect(share).toBeGreaterThanOrEqual(0.72);
  });
});

describe('a gazetteer of GB place names (OS Open Names, OGL v3)', () => {
  // Every rule that matches words and phrases, and the personal-data rule (addresses).
  const everyWordRule = configWith([
    ...TERM_RULES, 'political', 'commerce', 'illegal', 'disrepute', 'security', 'respectful-tone', 'off-topic', 'conflicts-of-interest', 'personal-data',
  ]);
  it('raises at most three reports across the term rules, in ordinary sentences', async () => {
    const places = data('gb-places.txt');
    expect(places.length).toBeGreaterThan(1000);
    const reports: string[] = [];
    for (const place of places) {
      for (const found of await findings(`We visited ${place} on Saturday.`, everyWordRule)) reports.push(`${found} ← ${place}`);
    }
    console.log(`GB places: ${places.length} names, ${reports.length} reports: ${reports.join('; ')}`);
    expect(reports.length).toBeLessThanOrEqual(3);
  }, 120_000);
});
