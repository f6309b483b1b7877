import * as z from 'zod/mini';
import { defineMeta } from '../../src/rule.js';

const limit = (value: number) => z._default(z.number().check(z.int(), z.positive()), value);

export const meta = defineMeta({
  id: 'image-alt-text',
  description: 'Every image (front matter `media` and markdown images) has meaningful alt text within the platforms\' limits.',
  category: 'accessibility',
  policy: ['7'],
  severity: 'error',
  fixable: false,
  options: z.prefault(
    z.strictObject({
      /** Shortest alt text accepted, in characters. */
      minLength: z._default(z.number().check(z.int(), z.gte(1)), 8),
      /** Alt text limits of the platforms that have one. */
      maxLength: z.prefault(
        z.strictObject({
          x: limit(1000),
          mastodon: limit(1500),
          bluesky: limit(2000),
        }),
        {},
      ),
    }),
    {},
  ),
  messages: {
    missing:
      'Image "{{file}}" has no alt text, so people using screen readers get nothing from it. §7 asks that sites meet accessibility standards: add `alt:` saying what the image shows.',
    missingHtml:
      'Image "{{file}}" has no alt attribute, so people using screen readers get nothing from it. §7 asks that sites meet accessibility standards: add `alt="…"` saying what the image shows.',
    empty:
      'Image "{{file}}" has empty alt text, so people using screen readers get nothing from it (§7 accessibility standards): describe what the image shows.',
    placeholder:
      'Alt text "{{alt}}" does not describe image "{{file}}" (§7 accessibility standards): say what the image shows, e.g. who or what is in it and where.',
    filename:
      'Alt text "{{alt}}" is a file name, not a description (§7 accessibility standards): say what the image shows.',
    tooShort:
      'Alt text "{{alt}}" is too short to describe image "{{file}}" ({{length}} characters, at least {{min}}; §7 accessibility standards): say what the image shows.',
    redundant:
      'Alt text starts with "{{prefix}}": screen readers already announce an image (§7 accessibility standards). Start with what it shows.',
    tooLong:
      'Alt text of "{{file}}" is {{length}} characters; {{platform}} accepts at most {{limit}} (§7 accessibility standards): shorten it, and put the detail in the post.',
  },
});
