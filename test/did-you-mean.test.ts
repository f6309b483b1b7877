import { describe, expect, it } from 'vitest';
import { didYouMean, distance } from '../src/util/did-you-mean.js';

/** The textbook table: optimal string alignment distance, every cell computed. */
function reference(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i]![j] = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i]![j] = Math.min(d[i]![j]!, d[i - 2]![j - 2]! + 1);
    }
  }
  return d[a.length]![b.length]!;
}

describe('distance', () => {
  it('counts slips: a letter left out, added, changed, or two swapped', () => {
    expect(distance('fareham', 'fareham')).toBe(0);
    expect(distance('fairham', 'fareham')).toBe(2);
    expect(distance('gosprot', 'gosport')).toBe(1);
    expect(distance('', 'abc')).toBe(3);
    expect(distance('abc', '')).toBe(3);
    expect(distance('ca', 'abc')).toBe(3);
  });

  it('gives the textbook answer on random words, and with a bound, the same answer up to it and more than it beyond', () => {
    // A fixed pseudo-random sequence, so that a failure can be reproduced.
    let seed = 12345;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    const word = () => Array.from({ length: Math.floor(random() * 9) }, () => 'abcde'[Math.floor(random() * 5)]).join('');
    for (let n = 0; n < 3000; n++) {
      const a = word();
      const b = random() < 0.5 ? word() : a.slice(0, 2) + word().slice(0, 2) + a.slice(2);
      const exact = reference(a, b);
      expect(distance(a, b)).toBe(exact);
      for (const max of [0, 1, 2, 3]) {
        const bounded = distance(a, b, max);
        if (exact <= max) expect(bounded).toBe(exact);
        else expect(bounded).toBeGreaterThan(max);
      }
    }
  });

  it('didYouMean offers the closest candidate within reach', () => {
    expect(didYouMean('chanel', ['channel', 'platforms', 'media'])).toBe('channel');
    expect(didYouMean('zzzzzz', ['channel', 'platforms', 'media'])).toBeUndefined();
  });
});
