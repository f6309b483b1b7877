import * as z from 'zod/mini';
import { defineMeta } from '../../src/rule.js';

export const meta = defineMeta({
  id: 'approved-channel',
  description: 'A post goes out on a channel of the approved-channel register, on that channel\'s platforms, after its approval; a post whose platforms are unknown says so once.',
  category: 'channel',
  policy: ['2', '3', '11'],
  severity: 'error',
  fixable: false,
  options: z.prefault(
    z.strictObject({
      /** Report a post that names no `channel` (a warning). Its platforms are still reported when unknown. */
      requireChannel: z._default(z.boolean(), true),
    }),
    {},
  ),
  messages: {
    noRegister:
      'No approved-channel register is configured, so channels are not checked (§11: "An approved list of social media sites and their owners is held by the IT Team"). Add it to .gbc-post-lint.yaml under `channels:`, one entry per site, e.g. `x/GosportBC: { owner: comms.team, platforms: [x], approved: 2019-04-01 }`. (Said once per run.)',
    unregistered:
      '"{{channel}}" is not in the approved-channel register ({{hint}}). Every site used for Council business "must be approved by the Head of IT" before it is used (§2) and is on the approved list (§11): post from a registered channel, or have this one approved and added under `channels:` in {{config}}.{{also}}',
    platformNotApproved:
      '"{{channel}}" is approved for {{approved}}, not {{platform}} (§2, §11): remove {{platform}} from `platforms`, or post on {{platform}} from a channel of the register that is approved for it.',
    approvedAfterPublish:
      '"{{channel}}" was approved on {{approved}}, after this post\'s publish date ({{publish}}): §2 requires approval "prior to creation". Publish on or after {{approved}}, or correct the approval date in the register.',
    noChannel:
      'This post names no `channel`, so it cannot be checked against the approved-channel register (§2, §11): add `channel:` with the register\'s name for the site, e.g. `channel: x/GosportBC`.',
    noPlatforms:
      'This post names no `channel` and no `platforms`, so where it goes is unknown: length and platform rules could not run, and the channel cannot be checked against the register (§2, §11). Add `channel:` (e.g. `channel: x/GosportBC`) or `platforms:` (e.g. `platforms: [x]`).',
    unknownPlatform:
      'The channel "{{channel}}" does not say which platform it is on{{hint}}, so length and platform rules could not run, and with no register it cannot be checked as approved (§2, §11): name it with its platform first (e.g. `x/GosportBC`, `facebook/GosportBoroughCouncil`), register it under `channels:` with its `platforms`, or add `platforms:` to the post.',
  },
});
