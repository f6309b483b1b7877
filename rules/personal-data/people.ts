import type { Match } from './numbers.js';
import { lazyPattern } from '../../src/util/lazy-pattern.js';

const MONTHS = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec';
const DAY = '\\d{1,2}(?:st|nd|rd|th)?';
const DATE = `(?:${DAY}(?:\\s+of)?\\s+(?:${MONTHS})\\.?,?\\s+(\\d{4}|\\d{2})|(?:${MONTHS})\\.?\\s+${DAY},?\\s+(\\d{4})|\\d{1,2}(?<sep>[/.-])\\d{1,2}\\k<sep>(\\d{4}|\\d{2})|(\\d{4})-\\d{2}-\\d{2})`;
const BIRTH = lazyPattern(
  `(?<![\\p{L}])(?:born(?:\\s+on)?|D\\.?O\\.?B\\.?|date\\s+of\\s+birth|birth\\s*date)\\s*(?:[:=–—-]|is|was|as)?\\s*(${DATE})(?![\\p{L}\\p{N}])`,
  'giud',
);

/** The oldest year of birth of someone who may be alive: the Data Protection Act is about living people. */
const oldestLiving = () => new Date().getFullYear() - 110;

/** Dates of birth: the date after "born on", "DOB", "date of birth". */
export function datesOfBirth(text: string): Match[] {
  const out: Match[] = [];
  if (!/born|birth|d\.?o\.?b/i.test(text)) return out;
  for (const m of text.matchAll(BIRTH())) {
    // Groups: 1 the date, 2 3 5 6 its year in each form (4 is the separator).
    const year = m[2] ?? m[3] ?? m[5] ?? m[6];
    if (year && year.length === 4 && Number(year) < oldestLiving()) continue; // born on 4 June 1832: history
    const [start, end] = m.indices![1]!;
    out.push({ start, end });
  }
  return out;
}

const HONORIFIC = 'Mr|Mrs|Ms|Miss|Mx|Dr|Master';
const NAME_WORD = "\\p{Lu}[\\p{Ll}'’-]*\\p{Ll}";
/** A title and a name (Mrs Jane Smith, Mr J. Patel), or two or three capitalised words (Jane Smith). */
const PERSON = `(?:(?:${HONORIFIC})\\.?\\s+(?:\\p{Lu}\\.?\\s+)*${NAME_WORD}(?:\\s+${NAME_WORD})?|${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})`;

export interface Named extends Match {
  /** Where the name is, within the match. */
  name: Match;
}

// "Mrs Jane Smith, 84," · "Jane Smith (84)" · "Jane Smith, aged 84," · "84-year-old Jane Smith".
const AGE_AFTER = lazyPattern(
  `(?<![\\p{L}])(${PERSON})(?:,\\s*(?:aged\\s+)?\\d{1,3}(?=\\s*[,.;)]|\\s+(?:from|of|who|and|is|was|has)\\b)|\\s+\\((?:aged\\s+)?\\d{1,3}\\))`,
  'gud',
);
const AGE_BEFORE = lazyPattern(`(?<![\\p{L}\\p{N}])\\d{1,3}-year-old\\s+(${PERSON})(?![\\p{L}])`, 'gud');

/** An age as AGE_AFTER and AGE_BEFORE write it, without the name: "Saturday, 14 June" and ", 10am" are not ages. */
const AGE_SHAPE = /,\s*(?:aged\s+)?\d{1,3}(?=\s*[,.;)]|\s+(?:from|of|who|and|is|was|has)\b)|\((?:aged\s+)?\d{1,3}\)|\d-year-old/;

/** A name joined to an age: the span covers both. */
export function namedAges(text: string): Named[] {
  const out: Named[] = [];
  // The names pattern is slow to try at every capital: first, is there an age written at all?
  if (!AGE_SHAPE.test(text)) return out;
  for (const re of [AGE_AFTER(), AGE_BEFORE()]) {
    for (const m of text.matchAll(re)) {
      const [start, end] = m.indices![1]!;
      out.push({ start: m.index, end: m.index + m[0].length, name: { start, end } });
    }
  }
  return out;
}

const TITLED = lazyPattern(`(?<![\\p{L}])(?:${HONORIFIC})\\.?\\s+(?:\\p{Lu}\\.?\\s+)*${NAME_WORD}(?:\\s+${NAME_WORD})?`, 'gu');

/** Names with a title: Mrs Jane Smith, Mr Patel, Dr A. Khan. */
export function titledNames(text: string): Match[] {
  if (!/\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Master)\b/.test(text)) return [];
  return [...text.matchAll(TITLED())].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
