import { meta as imageAltText } from '../rules/image-alt-text/meta.js';
import { meta as platformLength } from '../rules/platform-length/meta.js';
import { meta as profanity } from '../rules/profanity/meta.js';
import { meta as security } from '../rules/security/meta.js';
import { meta as spelling } from '../rules/spelling/meta.js';
import type { RuleMeta, RuleModule } from './rule.js';

/**
 * Every rule, listed explicitly. Only the metadata is imported here; a
 * rule's code (and whatever it needs: dictionaries, twitter-text…) is loaded
 * the first time the rule is enabled for a draft.
 */
export const RULES: readonly RuleMeta[] = [imageAltText, platformLength, profanity, security, spelling];

const LOADERS: Record<string, () => Promise<RuleModule<never>>> = {
  'image-alt-text': () => import('../rules/image-alt-text/index.js'),
  'platform-length': () => import('../rules/platform-length/index.js'),
  profanity: () => import('../rules/profanity/index.js'),
  security: () => import('../rules/security/index.js'),
  spelling: () => import('../rules/spelling/index.js'),
};

export const RULE_IDS: ReadonlySet<string> = new Set(RULES.map((rule) => rule.id));

export function getRule(id: string): RuleMeta | undefined {
  return RULES.find((rule) => rule.id === id);
}

const loaded = new Map<string, Promise<RuleModule<never>>>();

export function loadRule(id: string): Promise<RuleModule<never>> {
  let module = loaded.get(id);
  if (!module) {
    const loader = LOADERS[id];
    if (!loader) return Promise.reject(new Error(`No code registered for rule "${id}"`));
    module = loader();
    loaded.set(id, module);
  }
  return module;
}
