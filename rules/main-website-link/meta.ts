import * as z from 'zod/mini';
import { defineMeta } from '../../src/rule.js';
import { termOptionShape } from '../../src/terms/options.js';

export const meta = defineMeta({
  id: 'main-website-link',
  description: 'A post that offers a service, form, payment, booking, application or report links to the main website (or a trusted domain), not to a third-party form or payment page.',
  category: 'links',
  policy: ['9', '13', '14'],
  severity: 'error',
  fixable: false,
  options: z.prefault(
    z.strictObject({
      ...termOptionShape,
      /**
       * Suggest a link when a call to action promises one ("book online", "the link below") and the
       * thread has none. Off by default: it is a usability point rather than a breach, and 8 of the
       * 377 drafts of the silent corpus say "book online" or "on our website" without an address.
       */
      requireLink: z._default(z.boolean(), false),
    }),
    {},
  ),
  messages: {
    thirdPartyForm:
      '"{{host}}" is a third-party form, booking or payment site, and this post asks people to use it ("{{action}}"). §14: "Access to any service or form filling will also be via the main website unless otherwise advised by the relevant Unit Manager or Head of IT": put the form on www.gosport.gov.uk and link there (or record the Unit Manager\'s or Head of IT\'s agreement as a §8 exception).',
    notMainSite:
      'This post asks people to act ("{{action}}") but links only to {{host}}, not to the main website. §9: the Council\'s "primary presence and engagement on the internet" is www.gosport.gov.uk, and §14 sends services through it: link the page on www.gosport.gov.uk, or add {{host}} to `allow.domains` if it is a site the Council has agreed to use.',
    noLink:
      '"{{action}}" promises a page, but the post gives no address. §13: referenced information is "made available on the main website": add the page on www.gosport.gov.uk (for example www.gosport.gov.uk/…).',
  },
});
