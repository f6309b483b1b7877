import type { MetadataJson, PhoneNumber } from 'libphonenumber-js/core';
import type { PersonalData } from './data.js';

export interface PhoneFound {
  start: number;
  end: number;
  number: PhoneNumber;
}

/**
 * The cheap test before the library is loaded or run: a 0 or +44 that starts a
 * run of at least nine digits with only spaces, dots, dashes and brackets
 * between them ("07700 900123", "(023) 9254 5309", "+44 (0)7911…").
 */
const CANDIDATE = /(?:\+\s?44|(?<![\p{N}])0)[\p{N} ().\u00a0-]{8,}/gu;

type Library = typeof import('./phone-library.js');
let library: Library | undefined;

/**
 * UK phone numbers written in a text, found by libphonenumber-js, loaded on first need: at once
 * when the text has no phone-shaped run of digits or the library is loaded already, so that
 * the rule's check stays synchronous.
 */
export function findPhones(text: string, data: PersonalData): PhoneFound[] | Promise<PhoneFound[]> {
  if (!hasCandidate(text)) return [];
  if (library) return scan(library, text, data);
  return import('./phone-library.js').then((loaded) => scan((library ??= loaded), text, data));
}

function hasCandidate(text: string): boolean {
  for (const m of text.matchAll(CANDIDATE)) if ((m[0].match(/\p{N}/gu)?.length ?? 0) >= 9) return true;
  return false;
}

function scan(lib: Library, text: string, data: PersonalData): PhoneFound[] {
  const metadata = data.phoneMetadata as unknown as MetadataJson;
  const out: PhoneFound[] = [];
  // `extended` is the library's POSSIBLE leniency: Ofcom's drama numbers are not "valid", but are written as real ones.
  for (const found of lib.findPhoneNumbersInText(separated(text), { defaultCountry: 'GB', extended: true }, metadata)) {
    const raw = text.slice(found.startsAt, found.endsAt);
    if (!/^(?:\+|0|\(\s*(?:0|\+))/.test(raw)) continue; // 23/00412, 1234567890: not written as a UK number
    if (!writtenWhole(raw, found.number)) continue;
    if (!possibleForRange(found.number.nationalNumber, data)) continue;
    out.push({ start: found.startsAt, end: found.endsAt, number: found.number });
  }
  return out;
}

/**
 * The text as the library should read it, offsets unchanged: a list's separators end a number
 * (the library would read "…127, 0044 7700…" as one number with an extension), and a line break
 * inside a number (a wrapped markdown line) does not.
 */
function separated(text: string): string {
  return text
    .replace(/[;,|/]/g, '\n')
    .replace(/\d[\d ().-]*\n(?=[ \t]*\d)/g, (run) => (run.replace(/\D/g, '').length < 10 ? run.slice(0, -1) + ' ' : run));
}

/** The digits written are exactly the number's (with its +44 or 0 and any extension): nothing else was swallowed. */
function writtenWhole(raw: string, number: PhoneNumber): boolean {
  const digits = raw.replace(/\D/g, '');
  const national = number.nationalNumber;
  // An extension only when it says so ("ext 4", "x 22", "#22").
  const ext = number.ext && /(?:ext|extn|extension|x|#)\.?\s*\d+$/i.test(raw) ? number.ext : '';
  return [`0${national}`, `44${national}`, `440${national}`, `0044${national}`, `00440${national}`].some((d) => digits === d + ext);
}

const compiled = new WeakMap<PersonalData, { leading: RegExp | undefined; pattern: RegExp }[]>();

/**
 * Whether the national number fits one of the formats of its range in the UK numbering plan
 * (the library's metadata): 07700 900123 and 01632 960123 do, though the library does not call
 * them valid; "£1,250,000" or a seven-digit reference do not.
 */
export function possibleForRange(national: string, data: PersonalData): boolean {
  let ranges = compiled.get(data);
  if (!ranges) {
    ranges = data.ranges.map((r) => ({ leading: r.leading ? new RegExp(`^(?:${r.leading})`) : undefined, pattern: new RegExp(`^(?:${r.pattern})$`) }));
    compiled.set(data, ranges);
  }
  return ranges.some((r) => (!r.leading || r.leading.test(national)) && r.pattern.test(national));
}

/** A written contact in E.164 form, when it is a UK phone number (for comparing `allow.contacts`). */
export function toE164(written: string, data: PersonalData): string | undefined {
  if (!library || !/\d/.test(written)) return undefined;
  return library.parsePhoneNumberFromString(written, 'GB', data.phoneMetadata as unknown as MetadataJson)?.number;
}
