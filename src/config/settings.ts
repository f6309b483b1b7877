import type { Platform } from '../types.js';

export interface Channel {
  owner: string;
  platforms: Platform[];
  approved?: string | undefined;
}

export interface Election {
  name: string;
  from: string;
  to: string;
}

/** The configuration that is not about one rule: what rules consult. */
export interface Settings {
  /** Organisation words accepted by the spelling rule, on top of the built-in local names. */
  dictionary: string[];
  allow: { domains: string[]; contacts: string[] };
  /** The approved-channel register (§2, §3, §11), or undefined when none is configured. */
  channels: Record<string, Channel> | undefined;
  elections: Election[];
  /** The configuration file these come from, if any. */
  configFile: string | undefined;
}
