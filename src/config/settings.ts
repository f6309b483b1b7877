import type { Platform } from '../types.js';

export interface Channel {
  owner: string;
  platforms: Platform[];
  approved?: string | undefined;
  /** The page with the channel's §16/§18/§19 statements (§20). */
  notice?: string | undefined;
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
  /** Trusted domains (the main website and others), public contact details, partner organisations. */
  allow: { domains: string[]; contacts: string[]; partners: string[] };
  /** Councillors' names (`councillors:`), for political and pre-election checks. */
  councillors: string[];
  /** The approved-channel register (§2, §3, §11), or undefined when none is configured. */
  channels: Record<string, Channel> | undefined;
  elections: Election[];
  /** The configuration file these come from, if any. */
  configFile: string | undefined;
}
