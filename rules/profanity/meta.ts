import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

export const meta = defineMeta({
  id: 'profanity',
  description: 'No profane language: bad-words\' list and our own, matched as whole words, minus ordinary words and place names.',
  category: 'profanity',
  policy: ['19', '26'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    profane:
      '"{{word}}" is profane language. §19 lists "profane language or content" among posts the Council removes, and §26 asks that every posting engenders respect: reword without it.',
    mild:
      '"{{word}}" is mild profanity, but still profane language under §19, and does not engender respect (§26): reword without it.',
  },
});
