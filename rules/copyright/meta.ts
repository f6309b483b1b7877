import * as z from 'zod/mini';
import { defineMeta } from '../../src/rule.js';
import { termOptionShape } from '../../src/terms/options.js';

const OWNERSHIP = '§19 lists "content that violates the legal ownership interests of any other party" among the posts the Council removes';
const COPYRIGHT = 'Officers must not "breach copyright (e.g. use written content without permission)" (Social media in personal life)';
const LICENCE = 'add `licence:` with the licence you bought (e.g. "Getty Images licence 1234567"), or use the council\'s own photo';

export const meta = defineMeta({
  id: 'copyright',
  description: 'Every image or video has a credit or a licence; a stock agency\'s image (Getty, Shutterstock, Alamy…) needs a licence; a long quotation names its source.',
  category: 'copyright',
  policy: ['19', 'personal life'],
  severity: 'error',
  fixable: false,
  options: z.prefault(
    z.strictObject({
      ...termOptionShape,
      /** A quotation longer than this many words needs an attribution. */
      quoteWords: z._default(z.number().check(z.int(), z.gte(10)), 40),
    }),
    {},
  ),
  messages: {
    noCredit: `"{{file}}" has no credit or licence, so nobody can tell that the council may use it. ${OWNERSHIP}: add \`credit:\` (who took or made it, e.g. "Gosport Borough Council") or \`licence:\` ("own", "CC BY 4.0", "OGL v3.0", a stock licence reference).`,
    noCreditImage: `Image "{{file}}" has no credit or licence, so nobody can tell that the council may use it. ${OWNERSHIP}: add a \`media:\` entry in the front matter with \`file: {{file}}\` and its \`credit:\` or \`licence:\`.`,
    stockFile: `"{{file}}" is named like a {{agency}} stock image, and has no licence. ${OWNERSHIP}: ${LICENCE}.`,
    stockCredit: `"{{word}}" is a stock agency, and this image has no licence. ${OWNERSHIP}: ${LICENCE}.`,
    stockText: `"{{word}}" is a stock agency, and no image of this post has a licence. ${OWNERSHIP}: ${LICENCE}.`,
    longQuote: `A quotation of {{words}} words without saying whose words they are. ${COPYRIGHT}, and §19 protects "the legal ownership interests of any other party": name the author or speaker ("said …", "— name", "according to …") or link the source, or quote less.`,
  },
});
