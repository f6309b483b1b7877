/**
 * Pattern, then validation: the identification numbers that carry their own
 * check (HMRC's prefix rules, the NHS modulus 11, Luhn) or their own shape (sort
 * codes, registrations). Context is weighed in index.ts.
 */

export interface Match {
  start: number;
  end: number;
}

// HMRC: first letter not D, F, I, Q, U or V; second not D, F, I, O, Q, U or V; suffix A to D.
// Matched in any case; a number written in lower case needs the words around it to say what it is.
const NINO = /(?<![\p{L}\p{N}])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])[ \u00a0-]?\d{2}[ \u00a0-]?\d{2}[ \u00a0-]?\d{2}[ \u00a0-]?[A-D](?![\p{L}\p{N}])/giu;
const UNALLOCATED = new Set(['BG', 'GB', 'KN', 'NK', 'NT', 'TN', 'ZZ']);

export function nationalInsurance(text: string): (Match & { upper: boolean })[] {
  const out: (Match & { upper: boolean })[] = [];
  // Two letters and six digits in pairs ("at 10am" and "on 14 May" are not). The flags are NINO's:
  // with `i` and `u` together, [A-Z] also takes ſ and the Kelvin sign K, as NINO does.
  if (!/[A-Z]{2}[ \u00a0-]?\d{2}[ \u00a0-]?\d{2}[ \u00a0-]?\d{2}/iu.test(text)) return out;
  for (const m of text.matchAll(NINO)) {
    if (UNALLOCATED.has(m[1]!.toUpperCase())) continue;
    out.push({ start: m.index, end: m.index + m[0].length, upper: m[0] === m[0].toUpperCase() });
  }
  return out;
}

// Ten digits, grouped 3-3-4 (spaces or dashes) or not at all, not part of a longer number.
const TEN = /(?<![\p{L}\p{N}]|\p{N}[.,/-]|[£$€#])(\d{3})([ -]?)(\d{3})\2(\d{4})(?![\p{L}\p{N}]|[.,/-]\p{N})/gu;

export function nhsShaped(text: string): (Match & { digits: string })[] {
  const out: (Match & { digits: string })[] = [];
  if (!/\d{3}[ -]?\d{3}/.test(text)) return out;
  for (const m of text.matchAll(TEN)) {
    const digits = m[1]! + m[3]! + m[4]!;
    if (nhsCheckDigit(digits)) out.push({ start: m.index, end: m.index + m[0].length, digits });
  }
  return out;
}

/** NHS numbers' modulus 11: weights 10 to 2 on the first nine digits; 11 − remainder is the tenth (11 → 0, 10 → never issued). */
export function nhsCheckDigit(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i);
  const check = 11 - (sum % 11);
  if (check === 10) return false;
  return (check === 11 ? 0 : check) === Number(digits[9]);
}

// 13 to 19 digits, optionally in groups separated by single spaces or dashes.
const LONG = /(?<![\p{L}\p{N}]|\p{N}[.,/-]|[£$€#])\d(?:[ -]?\d){12,18}(?![\p{L}\p{N}]|[.,/-]\p{N})/gu;
/** How card numbers are printed: in fours (Visa, Mastercard, Maestro), or 4-6-5 (Amex), 4-6-4 (Diners). */
const CARD_GROUPS = /^(?:\d{13,19}|\d{4}(?:([ -])\d{4}){2,3}(?:\1\d{1,4})?|\d{4}([ -])\d{6}\2\d{4,5})$/;

export function paymentCards(text: string): Match[] {
  const out: Match[] = [];
  if (!/\d{4}[ -]?\d{4}/.test(text)) return out;
  for (const m of text.matchAll(LONG)) {
    const digits = m[0].replace(/\D/g, '');
    // Issuers' first digits are 2 to 6; ISBNs (978…, 979…) and most long references are not.
    if (!/^[2-6]/.test(digits) || !CARD_GROUPS.test(m[0]) || !luhn(digits)) continue;
    out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const SORT_CODE = /(?<![\p{L}\p{N}]|\p{N}[.,/-])\d{2}([- ])\d{2}\1\d{2}(?![\p{L}\p{N}]|[.,/-]\p{N})/gu;
const ACCOUNT = /(?<![\p{L}\p{N}]|\p{N}[.,/ -])(?:\d{8}|\d{4} \d{4})(?![\p{L}\p{N}]|[.,/ -]\p{N})/gu;

/** A sort code and an account number within a few words of each other (either way round): the span covers both. */
export function bankDetails(text: string): Match[] {
  if (!/\d\d[- ]\d\d[- ]\d\d/.test(text)) return [];
  const accounts = [...text.matchAll(ACCOUNT)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  if (!accounts.length) return [];
  const out: Match[] = [];
  for (const m of text.matchAll(SORT_CODE)) {
    const code = { start: m.index, end: m.index + m[0].length };
    const near = accounts.find((a) => (a.start >= code.end && a.start - code.end <= 40) || (a.end <= code.start && code.start - a.end <= 40));
    if (near) out.push({ start: Math.min(code.start, near.start), end: Math.max(code.end, near.end) });
  }
  return out;
}

// Current (AB12 CDE, since 2001), prefix (A123 BCD, 1983–2001) and suffix (ABC 123D, 1963–1983) formats.
const REGISTRATION =
  /(?<![\p{L}\p{N}])(?:[A-HJ-PR-Y]{2}(?:0[2-9]|[1-7]\d) ?[A-HJ-PR-Z]{3}|[A-HJ-NP-Y]\d{1,3} ?[A-HJ-PR-Y][A-Z]{2}|[A-HJ-PR-Y][A-Z]{2} ?\d{1,3}[A-HJ-NP-Y])(?![\p{L}\p{N}])/gu;

export function registrations(text: string): Match[] {
  // Every format has a capital next to a digit (AB12, A123, 123D); "10 May" has none.
  if (!/[A-Z]\d|\d[A-Z]/.test(text)) return [];
  return [...text.matchAll(REGISTRATION)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}
