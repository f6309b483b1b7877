import { z } from 'zod';
import { defineMeta } from '../../src/rule.js';

const phrase = z.string().trim().min(1);

export const meta = defineMeta({
  id: 'profanity',
  description: 'No profane language: bad-words\' list and our own, matched as whole words, minus ordinary words and place names.',
  category: 'profanity',
  policy: ['19', '26'],
  severity: 'error',
  fixable: false,
  options: z
    .strictObject({
      /** More words or phrases to report, on top of the built-in lists. */
      terms: z.array(phrase).default([]),
      /** Words or phrases never to report (local names, ordinary words in your context). */
      allow: z.array(phrase).default([]),
    })
    .prefault({}),
  messages: {
    profane:
      '"{{word}}" is profane language. §19 lists "profane language or content" among posts the Council removes, and §26 asks that every posting engenders respect: reword without it.',
    mild:
      '"{{word}}" is mild profanity, but still profane language under §19, and does not engender respect (§26): reword without it.',
  },
});
