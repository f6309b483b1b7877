import { z } from 'zod';
import { defineMeta } from '../../src/rule.js';

const limit = z.number().int().positive();

export const meta = defineMeta({
  id: 'platform-length',
  description: 'A post fits the length limit of every platform it goes to (X counted the way X counts).',
  category: 'platform',
  policy: ['27'],
  severity: 'error',
  fixable: false,
  options: z
    .strictObject({
      /** Limits per platform; X is in twitter-text's weighted characters, Bluesky in graphemes, the rest in characters. */
      limits: z
        .strictObject({
          x: limit.default(280),
          bluesky: limit.default(300),
          mastodon: limit.default(500),
          threads: limit.default(500),
          linkedin: limit.default(3000),
          instagram: limit.default(2200),
          facebook: limit.default(63206),
          youtube: limit.default(5000),
          tiktok: limit.default(4000),
        })
        .prefault({}),
    })
    .prefault({}),
  messages: {
    tooLong:
      'Too long for {{platform}}: {{length}} of {{limit}} {{unit}}, {{over}} over; the text from here would be cut or the post refused. A truncated post cannot say what was meant (§27 "write deliberately and with accuracy"): shorten it, or split it into a thread with a `---` line.',
  },
});
