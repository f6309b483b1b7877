import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

export const meta = defineMeta({
  id: 'records-notice',
  description: 'A profile (bio, about, pinned house rules) states the site\'s purpose, that posts are kept on record and may be disclosed (FOI, DPA 2018), and the moderation criteria, or links to a page that does; a post inviting comments has that notice.',
  category: 'records',
  policy: ['16', '18', '19', '20'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    purpose:
      'This profile does not tell users what the site is for. §18: "Users of the Social Media site must be informed of the purpose of the site": say it, e.g. "We use this page to share news, events and service updates from Gosport Borough Council", or link to the page that does{{notice}}.',
    records:
      'This profile does not say that posts are kept on record and may be disclosed. §16: "Statements should be posted on the site to any posting participant that the post will be kept on record and can be disclosed to the public where appropriate": add e.g. "Your posts are kept on record and may be disclosed under the Freedom of Information Act and the Data Protection Act 2018", or link to the page that does{{notice}}.',
    moderation:
      'This profile does not say which posts may be removed. §19: "Users must be informed that their posts may not be published/or may be deleted" if they meet its criteria (off-topic, political, profane, discriminatory, sexual, commercial, illegal, unsafe, infringing): list them, e.g. "We may remove comments that…", or link to the page that does{{notice}}.',
    linkedNotice:
      '"{{phrase}}" sends readers to the site\'s statements, but the profile gives no address. §20: the statements must be "displayed or made available via a link": add the address{{notice}}.',
    invitation:
      '"{{phrase}}" invites people to post, but the channel has no notice in the register and the post carries none. §16 and §20: participants must be told that posts are kept on record, may be disclosed, and may be removed under §19: link the channel\'s house rules (e.g. www.gosport.gov.uk/social-media), or add `notice: <address>` to the channel in the register.',
  },
});
