import * as z from 'zod/mini';
import { defineMeta } from '../../src/rule.js';

export const meta = defineMeta({
  id: 'post-purpose',
  description: 'A post says which of the §4 purposes it serves: `purpose: emergency`, `engagement` or `marketing`.',
  category: 'channel',
  policy: ['4'],
  severity: 'warning',
  fixable: false,
  options: z.prefault(z.strictObject({}), {}),
  messages: {
    missing:
      'This post has no `purpose`. §4 names the reasons the Council uses social media: "time sensitive communications (e.g. emergency response information), community engagement or as marketing information for initiatives". Add `purpose: emergency`, `purpose: engagement` or `purpose: marketing` (in a calendar, write it above `posts:` to cover every entry).',
  },
});
