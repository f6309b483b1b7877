import * as z from 'zod/mini';
import { defineMeta } from '../../src/rule.js';

const phrase = z.string().check(z.trim(), z.minLength(1));

export const meta = defineMeta({
  id: 'profanity',
  description: 'No profane language: bad-words\' list and our own, matched as whole words, minus ordinary words and place names.',
  category: 'profanity',
  policy: ['19', '26'],
  severity: 'error',
  fixable: false,
  options: z.prefault(
    z.strictObject({
      /** More words or phrases to report, on top of the built-in lists. */
      terms: z._default(z.array(phrase), []),
      /** Words or phrases never to report (local names, ordinary words in your context). */
      allow: z._default(z.array(phrase), []),
    }),
    {},
  ),
  messages: {
    profane:
      '"{{word}}" is profane language. §19 lists "profane language or content" among posts the Council removes, and §26 asks that every posting engenders respect: reword without it.',
    mild:
      '"{{word}}" is mild profanity, but still profane language under §19, and does not engender respect (§26): reword without it.',
  },
});
