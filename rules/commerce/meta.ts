import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

const REMOVED = '§19 lists "solicitation of commerce" among the posts the Council removes';

export const meta = defineMeta({
  id: 'commerce',
  description: "No solicitation of commerce: discount codes, calls to buy, a private seller's % off, shop and affiliate links, plugging a named business; the council's own services and prices, and factual business news, pass.",
  category: 'commerce',
  policy: ['19'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    code: `"{{word}}" is a discount code for a seller. ${REMOVED}: remove it; a council offer names the council service ("garden waste subscription") and links to gosport.gov.uk.`,
    buy: `"{{word}}" is a call to buy. ${REMOVED}: remove it; for a council service say how to book or apply on the council's website.`,
    percent: `"{{word}}" advertises a discount that is not the council's. ${REMOVED}: remove it, or name the council service the offer is for.`,
    promote: `"{{word}}" sends custom to a named private business. ${REMOVED}: report the news factually ("a new bakery has opened on the High Street") without recommending it.`,
    link: `This links to {{host}}, a shop or marketplace listing. ${REMOVED}: remove the link.`,
    affiliate: `This link carries an affiliate or referral parameter ({{param}}=), which pays someone for the click. ${REMOVED}: remove the link, or link to the page without it.`,
    configured: `"{{word}}" is on this council's list of commercial terms. ${REMOVED}: reword without it.`,
  },
});
