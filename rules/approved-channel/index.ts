import { basename } from 'node:path';
import type { Post } from '../../src/drafts/post.js';
import { missingFieldSpan, opensThread } from '../../src/drafts/threads.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { PLATFORM_NAMES, PLATFORMS } from '../../src/types.js';
import { didYouMean } from '../../src/util/did-you-mean.js';
import type { meta } from './meta.js';

type Options = OptionsOf<typeof meta>;


/** How many of the register's channels a message lists. */
const LISTED = 5;

/**
 * Channel and platforms are metadata of a whole thread (or calendar entry), so
 * they are checked once, with the thread's first post.
 */
export function check(post: Post, context: RuleContext<Options>): void {
  if (!opensThread(post, context.draft)) return;
  const register = context.settings.channels;
  const name = post.meta.channel;

  if (!register && (context.once?.('approved-channel:noRegister') ?? true)) {
    context.report({ messageId: 'noRegister', span: (name && post.fields.locate(['channel'])) || missingFieldSpan(post), severity: 'suggestion' });
  }

  if (!name) {
    // A `channel:` or `platforms:` written but invalid is a metadata error at the field already.
    if (post.fields.locate(['channel'])) return;
    if (!post.platforms.length && !post.fields.locate(['platforms'])) context.report({ messageId: 'noPlatforms', span: missingFieldSpan(post), severity: 'warning' });
    else if (context.options.requireChannel) context.report({ messageId: 'noChannel', span: missingFieldSpan(post), severity: 'warning' });
    return;
  }

  const channelSpan = post.fields.locate(['channel'])!;
  const unknownPlatform = !post.platforms.length;
  const channel = register?.[name];
  if (register && !channel) {
    context.report({
      messageId: 'unregistered',
      data: {
        channel: name,
        hint: hintFor(name, Object.keys(register)),
        config: context.settings.configFile ? basename(context.settings.configFile) : '.gbc-post-lint.yaml',
        also: unknownPlatform ? ' It does not say which platform it is on either, so length and platform rules could not run: add `platforms:`.' : '',
      },
      span: channelSpan,
    });
    return;
  }
  if (!channel) {
    if (unknownPlatform) context.report({ messageId: 'unknownPlatform', data: { channel: name, hint: prefixHint(name) }, span: channelSpan, severity: 'warning' });
    return;
  }

  (post.meta.platforms ?? []).forEach((platform, i) => {
    if (channel.platforms.includes(platform)) return;
    context.report({
      messageId: 'platformNotApproved',
      data: { channel: name, approved: listed(channel.platforms.map((p) => PLATFORM_NAMES[p])), platform: PLATFORM_NAMES[platform] },
      span: post.fields.locate(['platforms', i]) ?? post.fields.locate(['platforms'])!,
    });
  });

  const publish = post.meta.publish;
  if (channel.approved && publish && day(channel.approved) > day(publish)) {
    context.report({ messageId: 'approvedAfterPublish', data: { channel: name, approved: day(channel.approved), publish: day(publish) }, span: channelSpan });
  }
}

/** The calendar day of a date or date-time as written: approval and publication are compared by day. */
function day(value: string): string {
  return value.slice(0, 10);
}

/** A likely intended channel, else the register's channels (the first few). */
function hintFor(name: string, names: string[]): string {
  const hint = names.find((n) => n.toLowerCase() === name.toLowerCase()) ?? didYouMean(name, names);
  if (hint) return `did you mean "${hint}"?`;
  if (!names.length) return 'the register is empty';
  return `registered: ${names.slice(0, LISTED).join(', ')}${names.length > LISTED ? ', …' : ''}`;
}

/** A misspelt platform prefix (`twiter/GosportBC`). */
function prefixHint(name: string): string {
  const slash = name.indexOf('/');
  if (slash < 0) return '';
  const hint = didYouMean(name.slice(0, slash), [...PLATFORMS, 'twitter']);
  return hint ? ` ("${name.slice(0, slash)}/" is not a platform; did you mean "${hint}/"?)` : '';
}

/** "X", "X and Facebook", "X, Facebook and Instagram". */
function listed(names: string[]): string {
  return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
