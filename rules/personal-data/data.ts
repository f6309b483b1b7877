import * as z from 'zod/mini';
import { ruleFile } from '../../src/paths.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readRuleData } from '../../src/util/data-file.js';

export const CUE_KINDS = ['organisation', 'private', 'role', 'honorific', 'reference', 'vehicle', 'nhs', 'nino', 'birth', 'bank', 'call'] as const;
export type CueKind = (typeof CUE_KINDS)[number];
export const PLACE_KINDS = ['street', 'house', 'public'] as const;
export type PlaceKind = (typeof PLACE_KINDS)[number];

/** A range of UK numbers that share a written format, from libphonenumber's own metadata. */
export interface NumberRange {
  /** The most specific leading-digits pattern of the format, if it has one. */
  leading: string | undefined;
  /** The whole national number's pattern for this format. */
  pattern: string;
}

export interface PersonalData {
  /** libphonenumber-js's metadata (the full "max" set) cut down to the United Kingdom (+44). */
  phoneMetadata: Record<string, unknown>;
  /** The national numbering plan's formats: a number that fits one is possible for its range. */
  ranges: NumberRange[];
  /** Cue words and phrases (lower case, words joined by one space) by kind. */
  cues: Record<CueKind, string[]>;
  places: Record<PlaceKind, string[]>;
  /** Public phone numbers (E.164) and the starts of public ranges. */
  numbers: string[];
  blocks: string[];
  domains: string[];
  mailboxes: string[];
  webmail: string[];
}

/** The YAML files' schemas: built only when the data is compiled, not on every run. */
function listOf<K extends string>(kinds: readonly [K, ...K[]]) {
  const text = z.string().check(z.trim(), z.minLength(1));
  return z.array(z.strictObject({ term: text, kind: z.enum(kinds), note: text, source: z.optional(text) }));
}

/** Lower case, possessives dropped, words joined by single spaces: how cues are compared with a post's words. */
export function cueKey(phrase: string): string {
  return phrase
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .join(' ');
}

function byKind<K extends string>(kinds: readonly K[], entries: { term: string; kind: K }[]): Record<K, string[]> {
  const out = Object.fromEntries(kinds.map((k) => [k, [] as string[]])) as Record<K, string[]>;
  for (const entry of entries) {
    const key = cueKey(entry.term);
    if (out[entry.kind].includes(key)) throw new Error(`rules/personal-data: "${entry.term}" is listed twice as ${entry.kind}`);
    out[entry.kind].push(key);
  }
  return out;
}

/**
 * The YAML lists beside the rule, and libphonenumber-js's metadata cut down to
 * the UK (the whole world's is ten times larger to load): compiled by
 * `npm run build` into dist/data/personal-data.json.
 */
export const personalData: CompiledData<PersonalData> = {
  name: 'personal-data',
  sources: () => ['cues.yaml', 'places.yaml', 'contacts.yaml'].map((name) => ruleFile('personal-data', name)),
  async compile() {
    const { default: world } = (await import('libphonenumber-js/metadata.max.json')) as unknown as {
      default: { version: number; countries: Record<string, unknown> };
    };
    const { Metadata, parsePhoneNumberFromString } = await import('./phone-library.js');
    const phoneMetadata = { version: world.version, country_calling_codes: { 44: ['GB'] }, countries: { GB: world.countries['GB'] }, nonGeographic: {} };
    const metadata = new Metadata(phoneMetadata as never);
    metadata.selectNumberingPlan('GB');
    // formats() is not in the typings, but is the library's own reading of its metadata.
    const plan = metadata.numberingPlan as unknown as { formats(): { pattern(): string; leadingDigitsPatterns(): string[] }[] };
    const ranges = plan.formats().map((format) => ({ leading: format.leadingDigitsPatterns().at(-1), pattern: format.pattern() }));

    const contacts = readRuleData('personal-data', 'contacts.yaml', listOf(['number', 'block', 'domain', 'mailbox', 'webmail']));
    const e164 = (written: string, partial: boolean): string => {
      // A block is written as the start of a number: complete it to parse it, then cut it back.
      const digits = written.replace(/\D/g, '');
      const parsed = parsePhoneNumberFromString(partial ? written + '0'.repeat(Math.max(0, 11 - digits.length)) : written, 'GB', phoneMetadata as never);
      if (!parsed) throw new Error(`rules/personal-data/contacts.yaml: "${written}" is not a UK phone number`);
      return partial ? parsed.number.slice(0, parsed.number.length - (11 - digits.length)) : parsed.number;
    };
    const of = (kind: string) => contacts.filter((c) => c.kind === kind);
    return {
      phoneMetadata,
      ranges,
      cues: byKind(CUE_KINDS, readRuleData('personal-data', 'cues.yaml', listOf(CUE_KINDS))),
      places: byKind(PLACE_KINDS, readRuleData('personal-data', 'places.yaml', listOf(PLACE_KINDS))),
      numbers: of('number').map((c) => e164(c.term, false)),
      blocks: of('block').map((c) => e164(c.term, true)),
      domains: of('domain').map((c) => c.term.toLowerCase()),
      mailboxes: of('mailbox').map((c) => c.term.toLowerCase()),
      webmail: of('webmail').map((c) => c.term.toLowerCase()),
    };
  },
};
