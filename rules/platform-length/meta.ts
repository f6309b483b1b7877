import * as z from 'zod/mini';
import { defineMeta } from '../../src/rule.js';

const limit = (value: number) => z._default(z.number().check(z.int(), z.positive()), value);

export const meta = defineMeta({
  id: 'platform-length',
  description: 'A post fits the length limit of every platform it goes to (X counted the way X counts).',
  category: 'platform',
  policy: ['27'],
  severity: 'error',
  fixable: false,
  options: z.prefault(
    z.strictObject({
      /** Limits per platform; X is in twitter-text's weighted characters, Bluesky in graphemes, the rest in characters. */
      limits: z.prefault(
        z.strictObject({
          x: limit(280),
          bluesky: limit(300),
          mastodon: limit(500),
          threads: limit(500),
          linkedin: limit(3000),
          instagram: limit(2200),
          facebook: limit(63206),
          youtube: limit(5000),
          tiktok: limit(4000),
        }),
        {},
      ),
    }),
    {},
  ),
  messages: {
    tooLong:
      'Too long for {{platform}}: {{length}} of {{limit}} {{unit}}, {{over}} over; the text from here would be cut or the post refused. A truncated post cannot say what was meant (§27 "write deliberately and with accuracy"): shorten it, or split it into a thread ({{split}}).',
    tooLongUnderline:
      'Too long for {{platform}}: {{length}} of {{limit}} {{unit}}, {{over}} over; the text from here would be cut or the post refused (§27 "write deliberately and with accuracy"). The `---` on line {{line}} is straight under a line of text, so markdown reads it as a heading underline, not as the start of a new post: add a blank line before `---` to start a new post.',
    invalidCharacter:
      'X refuses posts containing the invisible character {{code}} (often pasted from a word processor); the post would not be published as written (§27 "write deliberately and with accuracy"): delete it.',
  },
});
