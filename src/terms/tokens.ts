// How words are read for term lists: one tokenisation for every list, for the entries and for
// the posts alike, so that an entry matches what it says whatever disguise a post wraps it in.

// How people disguise letters: sh1t, @$$, b!tch.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '+': 't' };

/** The letter a disguising digit or symbol stands for (1 → i, @ → a), or the character itself. */
export function letterOf(ch: string): string {
  return LEET[ch] ?? ch;
}

/** Tokens: letters and digits, with the symbols people use to disguise words (sh!t, @$$, f**k) inside them. */
export const TOKEN = /[\p{L}\p{M}\p{N}@$]+(?:[!+*_'’]+[\p{L}\p{M}\p{N}@$]+)*/gu;

const NON_ASCII = /[^\u0000-\u007f]/;

/**
 * Accents and compatibility forms folded away: fück is fuck, ｆｕｃｋ (full width) is fuck, ﬁ is fi.
 * Only the look-up key changes; spans stay on the text as written.
 */
export function fold(token: string): string {
  return NON_ASCII.test(token) ? token.normalize('NFKD').replace(/\p{M}/gu, '') : token;
}

/** The token in lower case with accents and widths folded, and its apostrophes straight: how a plain spelling is compared. */
export function plain(token: string): string {
  return fold(token).toLowerCase().replace(/’/g, "'");
}

/** Lower case, folded, and disguises undone when the token has at least two letters (so road numbers such as A55 stay as they are). */
export function normalise(token: string): string {
  const folded = fold(token);
  return unmask(folded, folded.toLowerCase().replace(/’/g, "'"));
}

/**
 * A token's spelling as written (`plain`: lower case, folded) and its look-up key (`norm`:
 * disguises undone), folding and lowering it once.
 */
export function readToken(raw: string): { plain: string; norm: string } {
  const folded = fold(raw);
  let lower = folded.toLowerCase();
  if (lower.includes('’')) lower = lower.replace(/’/g, "'");
  return { plain: lower, norm: unmask(folded, lower) };
}

/** Whether a token is ASCII letters only, as most words of a post are: nothing to fold, straighten or undo. */
export function asciiLetters(token: string): boolean {
  for (let k = 0; k < token.length; k++) {
    const c = token.charCodeAt(k) | 32;
    if (c < 97 || c > 122) return false;
  }
  return true;
}

/** Disguises undone, given the folded token and its lower case. */
function unmask(folded: string, lower: string): string {
  if (!/[^\p{L}\p{M}']/u.test(lower)) return lower;
  // Capitals then digits, or a digit then capitals, are codes, not disguises: postcodes (PO12 4SS),
  // roads (A55, M27, B3385), 3G pitches. Capitals around a digit (SH1T, B0LLOCKS) and a digit before
  // three capitals (5HIT) are a disguise.
  if (/^(?:\p{Lu}{1,3}\p{N}+|\p{N}\p{Lu}{2}|\p{N}+\p{Lu})$/u.test(folded)) return lower;
  const letters = lower.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 2 && !/^[@$!+]+$/u.test(lower.replace(/\p{L}/gu, ''))) return lower;
  return [...lower].map((ch) => LEET[ch] ?? (ch === '_' ? '' : ch)).join('');
}

/** The normalised words of a term or phrase. */
export function splitWords(phrase: string): string[] {
  return [...phrase.matchAll(TOKEN)].map((m) => normalise(m[0])).filter(Boolean);
}

/** The words of a term as written (for `case: exact`), without normalising. */
export function rawWords(phrase: string): string[] {
  return [...phrase.matchAll(TOKEN)].map((m) => m[0]);
}

const STRETCHED = /(\p{L})\1\1/u;

/** A character written three times running (a quick test before the stretched-letter regular expression). */
export function hasTriple(word: string): boolean {
  for (let k = 2; k < word.length; k++) if (word.charCodeAt(k) === word.charCodeAt(k - 1) && word.charCodeAt(k) === word.charCodeAt(k - 2)) return true;
  return false;
}
const RUNS = /(\p{L})\1+/gu;
/** At most this many runs of a letter are undone in one word (each doubles the spellings tried). */
const MAX_RUNS = 4;

/**
 * The spellings a stretched word may stand for (fuuuck → fuck, fuuck; shiiit → shit, shiit): only a
 * word with a letter written three times or more counts as stretched, so real double letters (Hook,
 * booking, Essex, assess) are never touched. Each run of a repeated letter becomes one or two letters.
 */
export function unstretch(word: string): string[] {
  if (!hasTriple(word) || !STRETCHED.test(word)) return [];
  const runs = [...word.matchAll(RUNS)];
  if (runs.length > MAX_RUNS) return [];
  let spellings = [''];
  let at = 0;
  for (const run of runs) {
    const between = word.slice(at, run.index);
    const letter = run[1]!;
    spellings = spellings.flatMap((s) => [s + between + letter, s + between + letter + letter]);
    at = run.index + run[0].length;
  }
  return [...new Set(spellings.map((s) => s + word.slice(at)))].filter((s) => s !== word);
}
