import twitter from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { entities } from '../src/analysis/entities.js';
import { MAY_HOLD_LINK, parseTweet, configs } from '../src/analysis/twitter.js';
import { packTermList, unpackTermList, type TermListData } from '../src/terms/data.js';
import { commerceData } from '../rules/commerce/data.js';
import { disreputeData } from '../rules/disrepute/data.js';
import { illegalData } from '../rules/illegal/data.js';
import { politicalData } from '../rules/political/data.js';
import { securityTerms } from '../rules/security/data.js';
import { dataLines } from './helpers/lint.js';

/**
 * What start-up leaves out must change nothing: twitter-text's link search is skipped only where it
 * cannot find a link, and a term list packed for dist/data reads back as it was compiled.
 */

/** Every line of the planted and benign post lists: ordinary council text, with and without links. */
const texts = ['benign', 'commerce', 'illegal', 'personal-data', 'security', 'political', 'sexual'].flatMap((name) => dataLines(`${name}-posts.txt`));

const tricky = [
  'Bins go out tomorrow.',
  'See gosport.gov.uk/bins for the dates.',
  'SEE GOSPORT.GOV.UK/BINS',
  'Visit www.example.co.uk, or e.g. the library.',
  'Open 9.30am to 5.30pm; fees rise by 2.5%.',
  'Read more at пример.рф today.',
  'Our partner site is xn--80ak6aa92e.com now.',
  'A line with no full stop at all',
  'Ends with an ellipsis...',
  'Cllr A.Example opened the park.',
  'https://gosport.gov.uk and http://localhost:8080/admin',
  '#BinDay is on Monday. $GBC is not a stock.',
];

describe('the link pre-check (src/analysis/twitter.ts)', () => {
  it('is true of every text in which twitter-text finds a link', () => {
    let withLinks = 0;
    for (const text of [...texts, ...tricky]) {
      const urls = twitter.extractUrls(text);
      if (urls.length) withLinks++;
      if (!MAY_HOLD_LINK.test(text)) expect(urls, text).toEqual([]);
    }
    // The texts hold links for the check to mean anything.
    expect(withLinks).toBeGreaterThan(20);
  });

  it('leaves every link, hashtag and cashtag twitter-text finds in a post', () => {
    let seen = 0;
    for (const text of [...texts, ...tricky]) {
      const post = { text: { text }, nonProse: [], links: [] } as unknown as Parameters<typeof entities>[0];
      const ours = entities(post);
      const extract = twitter.extractEntitiesWithIndices as (text: string, options: object) => twitter.EntityWithIndices[];
      for (const entity of extract(text, { extractUrlsWithoutProtocol: true })) {
        if ('screenName' in entity) continue;
        seen++;
        const [start, end] = entity.indices;
        // Found as it is, or inside a longer entity of ours (an address with a scheme twitter-text cut short).
        expect(ours.some((e) => e.start <= start && end <= e.end), `${text} [${start}, ${end})`).toBe(true);
      }
    }
    expect(seen).toBeGreaterThan(50);
  });

  it('gives X the same count with full stops as commas, where no link can be', () => {
    let checked = 0;
    for (const text of [...texts, ...tricky]) {
      if (MAY_HOLD_LINK.test(text) || !text.includes('.')) continue;
      checked++;
      const a = parseTweet(text, configs.defaults);
      const b = parseTweet(text.replaceAll('.', ','), configs.defaults);
      expect([b.weightedLength, b.validRangeEnd, b.valid], text).toEqual([a.weightedLength, a.validRangeEnd, a.valid]);
    }
    expect(checked).toBeGreaterThan(100);
  });
});

describe('term lists as written to dist/data', () => {
  it.each([
    ['illegal', illegalData],
    ['political', politicalData],
    ['disrepute', disreputeData],
    ['security (its risk phrases)', securityTerms],
  ])('%s reads back as compiled (less its notes), its shared context lists written once', async (_name, data) => {
    const compiled = await data.compile();
    const packed = packTermList(structuredClone(compiled));
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(compiled).length);
    const read = unpackTermList(JSON.parse(JSON.stringify(packed)) as TermListData);
    expect(read).toEqual({ ...compiled, terms: compiled.terms.map(({ note: _note, source: _source, ...rest }) => rest) });
    // Entries that wrote the same list share one array, which the matcher indexes once.
    const lists = read.terms.flatMap((t) => [t.with, t.unless]).filter(Boolean);
    expect(new Set(lists).size).toBeLessThan(lists.length);
  });

  it('leaves a list compiled just now (not packed) as it is', async () => {
    const compiled = await illegalData.compile();
    expect(unpackTermList(compiled)).toBe(compiled);
    const commerce = await commerceData.compile();
    expect(unpackTermList(packTermList(commerce))).toEqual({ ...commerce, terms: commerce.terms.map(({ note: _note, source: _source, ...rest }) => rest) });
  });
});
