import * as z from 'zod/mini';
import { defineMeta } from '../../src/rule.js';

const WHY =
  'Personal data: §16 puts every council site under the Data Protection Act 2018, and the policy protects "client or customer information" from any "breach of confidentiality".';

/** What each kind of data is called in messages, and what to write instead. */
const KINDS = {
  phone: ['A private phone number', "Give the council's or the organisation's contact number instead, or ask them to send details by private message."],
  email: ['A private e-mail address', "Give the council's address (…@gosport.gov.uk) or the organisation's instead, or ask them to send details by private message."],
  nino: ['A National Insurance number', 'Remove it: ask them to send details by private message, never in a post.'],
  nhs: ['An NHS number', 'Remove it: ask them to send details by private message, never in a post.'],
  address: ["A resident's address", 'Remove the house number and postcode: name the street or the area (Elson, Rowner) if the place matters, or ask them to send details by private message.'],
  birth: ['A date of birth', 'Remove it; if the age matters, say "in her eighties" without a name, or ask them to send details by private message.'],
  vehicle: ['A vehicle registration', 'Remove the registration: describe the vehicle ("a white van") and ask anyone with details to report them by private message.'],
  bank: ['A sort code with an account number', 'Remove the bank details: give the council\'s payment page (www.gosport.gov.uk) instead.'],
  card: ['A payment card number', 'Remove it: never post card details; the council\'s payment page is www.gosport.gov.uk.'],
} as const;

export type DataKind = keyof typeof KINDS | 'age';

const messages: Record<string, string> = {
  age: `A named private individual's age identifies them. ${WHY} Remove the name or the age (or use a first name only, with their consent).`,
};
for (const [kind, [what, instead]] of Object.entries(KINDS)) {
  messages[kind] = `${what}. ${WHY} ${instead}`;
  messages[`${kind}Named`] = `${what}, in a post that names the private individual it belongs to: the person can be identified. ${WHY} ${instead}`;
}

export const meta = defineMeta({
  id: 'personal-data',
  description:
    "No resident's personal data: private phone numbers and e-mail addresses, home addresses, National Insurance and NHS numbers, dates of birth, vehicle registrations, bank and card details.",
  category: 'personal-data',
  policy: ['16', 'DPA 2018', 'personal life'],
  severity: 'error',
  fixable: false,
  options: z.prefault(z.strictObject({}), {}),
  messages,
});
