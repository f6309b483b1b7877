import * as z from 'zod/mini';
import { defineMeta } from '../../src/rule.js';
import { termOptionShape } from '../../src/terms/options.js';

const hostName = z.string().check(
  z.trim(),
  z.toLowerCase(),
  z.regex(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/, 'expected a host name such as www.gosport.gov.uk'),
);

const CLAUSES = '§19 forbids "information that compromises or may compromise the safety or security of the public or public systems", and §6 asks sites to meet the IT security standards';

export const meta = defineMeta({
  id: 'security',
  description: 'No passwords, PINs, door, gate, alarm or key-safe codes, Wi-Fi keys, private or internal addresses, API keys or tokens, or details that put people or buildings at risk.',
  category: 'security',
  policy: ['19', '6'],
  severity: 'error',
  fixable: false,
  options: z.prefault(
    z.strictObject({
      /** More risk phrases to report, and phrases never to report (the term engine's options). */
      ...termOptionShape,
      /** The council's own domains: their hosts are checked for internal names (intranet, staff, vpn, uat…). */
      councilDomains: z._default(z.array(hostName), ['gosport.gov.uk']),
      /** Public sites under those domains, never reported for their name (an admin path is still reported). */
      publicHosts: z._default(z.array(hostName), [
        'gosport.gov.uk',
        'www.gosport.gov.uk',
        'democracy.gosport.gov.uk',
        'publicaccess.gosport.gov.uk',
        'online.gosport.gov.uk',
        'my.gosport.gov.uk',
        'consult.gosport.gov.uk',
      ]),
    }),
    {},
  ),
  messages: {
    password: `This gives away {{what}}. ${CLAUSES}: remove it, and tell people how to get access instead (for example "ask at reception" or "your manager will send it").`,
    code: `This gives away {{what}}: anyone who reads it can get in. ${CLAUSES}: remove the code, and say who to contact for access.`,
    wifi: `This gives away the key of {{what}}. ${CLAUSES}: remove the key; say that it is available on site (for example "ask at the desk").`,
    privateAddress: `This is {{what}}: it only works inside a private network and tells outsiders how that network is laid out. ${CLAUSES}: link to the public page on www.gosport.gov.uk instead.`,
    internalHost: `This links to {{what}}, which is not a public site. ${CLAUSES}: link to the public page on www.gosport.gov.uk instead (or add the host to \`publicHosts\` if it really is public).`,
    adminUrl: `This links to {{what}}: admin and log-in pages are for staff only, and publishing them invites attacks. ${CLAUSES}: link to the public page instead.`,
    token: `This looks like {{what}} (found by secretlint): a credential that lets anyone who reads it use the account. ${CLAUSES}: remove it, and have it revoked and replaced, since it has been written down.`,
    risk: `This detail puts people or buildings at risk. ${CLAUSES}: leave it out; give public opening hours or a contact instead.`,
    empty: `This tells readers when a building will have nobody in it. ${CLAUSES}: leave it out; give the public opening hours, or say how to get help while it is closed.`,
    key: `This tells readers where a key is kept. ${CLAUSES}: leave it out, and tell the people who need the key in person.`,
    alarm: `This tells readers that a building's alarm or cameras are off. ${CLAUSES}: leave it out.`,
    unlocked: `This tells readers that a door or gate is left open. ${CLAUSES}: leave it out, and tell the people who need to get in directly.`,
    rota: `This joins a staff rota or lone-working detail to {{what}}, telling readers where a member of staff will be and when. ${CLAUSES}: leave the address out.`,
  },
});
