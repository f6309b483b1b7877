import * as z from 'zod/mini';
import { defineMeta } from '../../src/rule.js';

export const meta = defineMeta({
  id: 'spelling',
  description: 'British English spelling (dictionary-en-gb), knowing Gosport and Hampshire names and the configured `dictionary`.',
  category: 'spelling',
  policy: ['27'],
  severity: 'warning',
  fixable: false,
  options: z.prefault(
    z.strictObject({
      /** Unknown words per post that get suggestions; later ones are still reported, without them. */
      suggestions: z._default(z.number().check(z.int(), z.gte(0), z.lte(50)), 10),
      /**
       * Check capitalised words inside a sentence like any other word. By default such a word is taken
       * for a name and reported only when it is one slip away from a known word (Tusday, Gosprot).
       */
      checkNames: z._default(z.boolean(), false),
      /** Skip words written in capitals (acronyms such as HMRC, SEND). */
      ignoreAllCaps: z._default(z.boolean(), true),
      /** More words to accept, on top of the top-level `dictionary`. */
      words: z._default(z.array(z.string().check(z.trim(), z.minLength(1))), []),
    }),
    {},
  ),
  messages: {
    unknown: '"{{word}}" is not in the British English dictionary. §27 asks for "basic spellchecking": {{advice}}',
    american: '"{{word}}" is American spelling; the Council writes British English ("{{british}}"). §27 asks for "basic spellchecking": use "{{british}}".',
  },
});
