import type { Match } from './numbers.js';
import { lazyPattern } from '../../src/util/lazy-pattern.js';

const WORD = "\\p{Lu}[\\p{L}'’-]*\\.?";
const POSTCODE = '[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}';
const TOWN = `(?:,?\\s+${WORD}(?:[ -]${WORD}){0,3})?`;
// A house or flat number, then up to five capitalised words.
const NUMBERED = lazyPattern(
  `(?<![\\p{L}\\p{N}£$€.,:/#-])((?:(?:Flat|Apartment|Apt|Unit)\\.?\\s+\\d{1,3}[A-Za-z]?,?\\s+(?:\\d{1,3}[A-Za-z]?,?\\s+)?)|\\d{1,3}[A-Za-z]?(?:[-–]\\d{1,3}[A-Za-z]?)?,?\\s+)(${WORD}(?:\\s+${WORD}){0,4})`,
  'gud',
);
const POSTCODE_AFTER = lazyPattern(`^${TOWN},?\\s+(${POSTCODE})(?![\\p{L}\\p{N}])`, 'u');
// Capitalised words, a comma, maybe a town, and a full postcode.
const BEFORE_POSTCODE = lazyPattern(`((?:${WORD}\\s+){0,3}${WORD})${TOWN},?\\s+(${POSTCODE})(?![\\p{L}\\p{N}])`, 'gud');

// Cheap tests before the patterns that are tried at every digit or capital.
const NUMBER_THEN_NAME = /\d[A-Za-z]?,?\s+\p{Lu}/u;
const POSTCODE_SHAPE = lazyPattern(`${POSTCODE}(?![\\p{L}\\p{N}])`, 'u');

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

export interface AddressMatch extends Match {
  /** The street's (or house's) words, lower case: "elm road". */
  street: string;
  /** Where the street's name is, for context. */
  streetStart: number;
  streetEnd: number;
}

/**
 * Addresses: a house or flat number and a street name ending in a street-type
 * word (12 Elm Road, Flat 3, 14 Harbour Court), with the town and postcode that
 * follow; or a street or house name followed by a full postcode.
 */
export function addresses(text: string, streetTypes: ReadonlySet<string>, houseWords: ReadonlySet<string>): AddressMatch[] {
  const out: AddressMatch[] = [];
  const numbered = NUMBER_THEN_NAME.test(text);
  const postcode = POSTCODE_SHAPE().test(text);
  if (!numbered && !postcode) return out;
  const key = (w: string) => w.toLowerCase().replace(/[.'’]/g, '');
  for (const m of numbered ? text.matchAll(NUMBERED()) : []) {
    const [wordsStart] = m.indices![2]!;
    const parts = [...m[2]!.matchAll(/\S+/g)];
    // The street type comes after at least one name word (St Mary's Road, not "12 St").
    let k = parts.findIndex((p, i) => i > 0 && streetTypes.has(key(p[0])));
    if (k < 0) continue;
    // Ann's Hill Road, Green Lane Close: a street type can be part of the name.
    while (k + 1 < parts.length && streetTypes.has(key(parts[k + 1]![0]))) k++;
    const number = Number(/\d+/.exec(m[1]!)?.[0]);
    if (number <= 31 && MONTHS.has(key(parts[0]![0]))) continue; // "12 May Road closures" is a date
    let end = wordsStart + parts[k]!.index + parts[k]![0].length;
    const postcode = POSTCODE_AFTER().exec(text.slice(end, end + 60));
    if (postcode) end += postcode.index + postcode[0].length;
    const streetEnd = wordsStart + parts[k]!.index + parts[k]![0].length;
    out.push({ start: m.index, end, street: key(text.slice(wordsStart, streetEnd)), streetStart: wordsStart, streetEnd });
  }
  for (const m of postcode ? text.matchAll(BEFORE_POSTCODE()) : []) {
    if (out.some((a) => a.start <= m.index + m[0].length && m.index < a.end)) continue;
    const [nameStart] = m.indices![1]!;
    const parts = [...m[1]!.matchAll(/\S+/g)];
    // The name ends in a street type (Elm Road) or a house word (Rose Cottage); find where it starts.
    const k = parts.findIndex((p, i) => i > 0 && (streetTypes.has(key(p[0])) || houseWords.has(key(p[0]))));
    if (k < 0) continue;
    const last = parts[k]!;
    const streetEnd = nameStart + last.index + last[0].length;
    out.push({ start: nameStart, end: m.index + m[0].length, street: key(text.slice(nameStart, streetEnd)), streetStart: nameStart, streetEnd });
  }
  return out;
}
