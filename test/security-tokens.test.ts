import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { tokenLike, tokens } from '../rules/security/tokens.js';

/**
 * secretlint is loaded only when a text passes the rule's cheap pre-check: every planted
 * token must pass it (or secretlint would never see it), and ordinary council drafts must
 * not (or every run would pay for loading it).
 */
const data = join(import.meta.dirname, 'data');

describe('the token pre-check', () => {
  it('lets every planted token through', () => {
    const tokens = readFileSync(join(data, 'security-posts.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.split('\t') as [string, string])
      .filter(([excerpt]) => /^(?:ghp_|xox|postgres:|https:\/\/\w+:)/.test(excerpt));
    expect(tokens.length).toBeGreaterThanOrEqual(4);
    expect(tokens.filter(([, post]) => !tokenLike(post))).toEqual([]);
    for (const other of ['AKIAQWERTYUIOPASDFG7', 'npm_1a2B3c4D5e6F7g8H9i0JkLmNoPqRsTuVwXyZ', '-----BEGIN RSA PRIVATE KEY-----', 'api_key = "x"']) {
      expect(tokenLike(`Here it is: ${other}`), other).toBe(true);
    }
  });

  it('keeps out ordinary drafts: hashtags, slugs, references and long words', () => {
    const dir = join(data, 'benign-drafts');
    // The rule reads what is published, not metadata such as `corrects:` (a Facebook post's address is a random-looking pfbid…).
    const published = (name: string) => readFileSync(join(dir, name), 'utf8').replace(/^\s*(?:corrects|channel|author|publish|notice):.*$/gm, '');
    const passed = readdirSync(dir).filter((name) => tokenLike(published(name)));
    expect(passed).toEqual([]);
    for (const ordinary of [
      '#GosportBinDay2026 #CouncilTaxSupport2025',
      'www.gosport.gov.uk/article/5678/Planning-application-23-00412-FULL',
      'counter-terrorism-awareness-training and #ChristmasBinCollections2025',
    ]) {
      expect(tokenLike(ordinary), ordinary).toBe(false);
    }
  });

  it('answers an ordinary text at once, so the rule checks it without waiting; a token-like one through secretlint', async () => {
    expect(tokens('Bins go out on Tuesday this week #GosportBinDay2026')).toEqual([]);
    const found = tokens('Our token is ghp_a1B2c3D4e5F6g7H8i9J0k1L2m3N4o5P6q7R8 for the build.');
    expect(found).toBeInstanceOf(Promise);
    expect(await found).toEqual([expect.objectContaining({ messageId: 'token', what: 'a GitHub token' })]);
  });
});
