import { meta as approvedChannel } from '../rules/approved-channel/meta.js';
import { meta as commerce } from '../rules/commerce/meta.js';
import { meta as conflictsOfInterest } from '../rules/conflicts-of-interest/meta.js';
import { meta as copyright } from '../rules/copyright/meta.js';
import { meta as corrections } from '../rules/corrections/meta.js';
import { meta as discrimination } from '../rules/discrimination/meta.js';
import { meta as disrepute } from '../rules/disrepute/meta.js';
import { meta as illegal } from '../rules/illegal/meta.js';
import { meta as imageAltText } from '../rules/image-alt-text/meta.js';
import { meta as mainWebsiteLink } from '../rules/main-website-link/meta.js';
import { meta as offTopic } from '../rules/off-topic/meta.js';
import { meta as personalData } from '../rules/personal-data/meta.js';
import { meta as platformLength } from '../rules/platform-length/meta.js';
import { meta as political } from '../rules/political/meta.js';
import { meta as postPurpose } from '../rules/post-purpose/meta.js';
import { meta as preElectionPeriod } from '../rules/pre-election-period/meta.js';
import { meta as profanity } from '../rules/profanity/meta.js';
import { meta as recordsNotice } from '../rules/records-notice/meta.js';
import { meta as respectfulTone } from '../rules/respectful-tone/meta.js';
import { meta as safeLinks } from '../rules/safe-links/meta.js';
import { meta as security } from '../rules/security/meta.js';
import { meta as sexual } from '../rules/sexual/meta.js';
import { meta as spelling } from '../rules/spelling/meta.js';
import type { RuleMeta, RuleModule } from './rule.js';

/**
 * Every rule, listed explicitly. Only the metadata is imported here; a
 * rule's code (and whatever it needs: dictionaries, twitter-text…) is loaded
 * the first time the rule is enabled for a draft.
 */
export const RULES: readonly RuleMeta[] = [
  approvedChannel,
  commerce,
  conflictsOfInterest,
  copyright,
  corrections,
  discrimination,
  disrepute,
  illegal,
  imageAltText,
  mainWebsiteLink,
  offTopic,
  personalData,
  platformLength,
  political,
  postPurpose,
  preElectionPeriod,
  profanity,
  recordsNotice,
  respectfulTone,
  safeLinks,
  security,
  sexual,
  spelling,
];

const LOADERS: Record<string, () => Promise<RuleModule<never>>> = {
  'approved-channel': () => import('../rules/approved-channel/index.js'),
  commerce: () => import('../rules/commerce/index.js'),
  'conflicts-of-interest': () => import('../rules/conflicts-of-interest/index.js'),
  copyright: () => import('../rules/copyright/index.js'),
  corrections: () => import('../rules/corrections/index.js'),
  discrimination: () => import('../rules/discrimination/index.js'),
  disrepute: () => import('../rules/disrepute/index.js'),
  illegal: () => import('../rules/illegal/index.js'),
  'image-alt-text': () => import('../rules/image-alt-text/index.js'),
  'main-website-link': () => import('../rules/main-website-link/index.js'),
  'off-topic': () => import('../rules/off-topic/index.js'),
  'personal-data': () => import('../rules/personal-data/index.js'),
  'platform-length': () => import('../rules/platform-length/index.js'),
  political: () => import('../rules/political/index.js'),
  'post-purpose': () => import('../rules/post-purpose/index.js'),
  'pre-election-period': () => import('../rules/pre-election-period/index.js'),
  profanity: () => import('../rules/profanity/index.js'),
  'records-notice': () => import('../rules/records-notice/index.js'),
  'respectful-tone': () => import('../rules/respectful-tone/index.js'),
  'safe-links': () => import('../rules/safe-links/index.js'),
  security: () => import('../rules/security/index.js'),
  sexual: () => import('../rules/sexual/index.js'),
  spelling: () => import('../rules/spelling/index.js'),
};

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

const BY_ID = new Map(RULES.map((rule) => [rule.id, rule]));

export function getRule(id: string): RuleMeta | undefined {
  return BY_ID.get(id);
}

const loaded = new Map<string, Promise<RuleModule<never>>>();
const ready = new Map<string, RuleModule<never>>();

export function loadRule(id: string): Promise<RuleModule<never>> {
  let module = loaded.get(id);
  if (!module) {
    const loader = LOADERS[id];
    if (!loader) return Promise.reject(new Error(`No code registered for rule "${id}"`));
    module = loader().then((namespace) => {
      // The check itself, read once from the module's namespace (whose exports the bundle reads through getters).
      const rule: RuleModule<never> = { check: namespace.check };
      ready.set(id, rule);
      return rule;
    });
    loaded.set(id, module);
  }
  return module;
}

/** A rule's code once `loadRule` has loaded it: a run over thousands of drafts asks for every rule on every draft. */
export function loadedRule(id: string): RuleModule<never> | undefined {
  return ready.get(id);
}
