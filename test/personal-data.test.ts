import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { meta } from '../rules/personal-data/meta.js';
import { personalData } from '../rules/personal-data/data.js';
import { luhn, nhsCheckDigit } from '../rules/personal-data/numbers.js';
import { findPhones } from '../rules/personal-data/phones.js';
import { loadCompiled } from '../src/util/compiled.js';
import { brief, lint } from './helpers/lint.js';

/**
 * Planted personal data (recall) and the contacts that pass: the council's own,
 * the configuration's `allow.contacts` in any written form, organisations' numbers.
 */
const rows = readFileSync(join(import.meta.dirname, 'data', 'personal-data-posts.txt'), 'utf8')
  .split('\n')
  .filter((line) => line.trim() && !line.startsWith('#'));

const only = { 'personal-data': 'error' } as const;

describe('planted personal data', () => {
  it('has at least 60 posts, across every kind of data', () => {
    expect(rows.length).toBeGreaterThanOrEqual(60);
  });

  it('each post is reported exactly once, at the data', async () => {
    const wrong: string[] = [];
    for (const row of rows) {
      const [excerpt, post] = row.split('\t') as [string, string];
      const found = await lint(post + '\n', 'post.md', only);
      if (found.length !== 1 || found[0]!.excerpt !== excerpt) wrong.push(`${JSON.stringify(found.map(brief))} ← ${post}`);
    }
    expect(wrong).toEqual([]);
  });

  it('never repeats the data in its messages (reports are kept in CI logs)', async () => {
    const leaks: string[] = [];
    for (const row of rows) {
      const [excerpt, post] = row.split('\t') as [string, string];
      for (const d of await lint(post + '\n', 'post.md', only)) {
        const digits = excerpt.replace(/\D/g, '');
        if (d.message.includes(excerpt) || (digits.length >= 4 && d.message.replace(/\D/g, '').includes(digits))) leaks.push(d.message);
      }
    }
    expect(leaks).toEqual([]);
  });
});

describe('what passes', () => {
  const silent = async (text: string, file = 'post.md') => (await lint(text, file, only)).map(brief);

  it('benign council posts', async () => {
    const lines = readFileSync(join(import.meta.dirname, 'data', 'benign-posts.txt'), 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'));
    const noisy: string[] = [];
    for (const line of lines) for (const d of await silent(line + '\n')) noisy.push(`${d} ← ${line}`);
    expect(noisy).toEqual([]);
  });

  it.each([
    'Call us on 023 9258 4242 and we will book a collection.',
    'Ring Citizens Advice on 0800 144 8848 for free, confidential advice.',
    'Report crime to the Police on 101, or 999 in an emergency. Not sure? NHS 111 can help.',
    'Samaritans are there day or night on 116 123. Crimestoppers: 0800 555 111.',
    'Planning application 23/00412/FULL can be seen online. Quote ref 12345678.',
    'Tickets £12.50 (concessions £10) from the box office on 01632 960000.',
    'The book is ISBN 978-1-84354-999-1, £9.99 from the Discovery Centre.',
    'The trig point at SU 612 002 is on the walk; meet at 10:30 on 12/03/2027.',
    'Order 4000000000 dispatched; membership no. 1234567890 renewed.',
    'Email enquiries@gosport.gov.uk or planning@gosport.gov.uk with your comments.',
    'Gosport Discovery Centre, High Street, Gosport PO12 1BT is open 10am to 5pm.',
    'The Town Hall, High Street, Gosport PO12 1EB is closed on bank holidays.',
    'Parking at Stoke Road car park, PO12 1PU, is free after 6pm.',
    'Roads in PO12 and PO13 are gritted from 5pm.',
  ])('%s', async (text) => {
    expect(await silent(text + '\n')).toEqual([]);
  });

  it('the configuration\'s allow.contacts, phone numbers compared in E.164 form', async () => {
    // The council's main number is built in; an allowed contact is compared however it is written.
    for (const written of ['023 9258 4242', '02392584242', '+44 23 9258 4242', '(023) 9258 4242']) {
      expect(await silent(`Ring my colleague on ${written}.\n`)).toEqual([]);
    }
    // A number that is not allowed is reported in every one of its forms…
    for (const written of ['01632 960001', '01632960001', '+44 1632 960001']) {
      expect(await silent(`Ring my colleague on ${written}.\n`)).toHaveLength(1);
    }
  });
});

describe('validation', () => {
  it('NHS modulus 11 and Luhn', () => {
    expect(nhsCheckDigit('9434765919')).toBe(true);
    expect(nhsCheckDigit('9434765918')).toBe(false);
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
  });

  it('every kind has a message, and a named variant that says the person can be identified', () => {
    for (const kind of ['phone', 'email', 'nino', 'nhs', 'address', 'birth', 'vehicle', 'bank', 'card']) {
      expect(meta.messages[kind]).toMatch(/§16/);
      expect(meta.messages[`${kind}Named`]).toMatch(/can be identified/);
    }
  });
});

describe('phone numbers are found without waiting once the library is loaded', () => {
  it('answers at once for a text with no phone-shaped digits, and for any text after the first number', async () => {
    const data = await loadCompiled(personalData);
    expect(findPhones('Bins go out on Tuesday 14 May at 7am.', data)).toEqual([]);
    // The first phone-shaped text may have to load libphonenumber-js; every later one is answered at once.
    const first = await findPhones('Call Dave on 07700 900123.', data);
    expect(first.map((p) => p.number.number)).toEqual(['+447700900123']);
    const later = findPhones('Ring 023 9254 5309 for the office.', data);
    expect(Array.isArray(later)).toBe(true);
    expect((later as Awaited<typeof later>).map((p) => p.number.number)).toEqual(['+442392545309']);
  });
});
