// How people disguise letters: sh1t, @$$, b!+ch.
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '!': 'i', '+': 't' };

/** Tokens: letters and digits, with the symbols people use to disguise words (sh!t, @$$, f**k) inside them. */
export const TOKEN = /[\p{L}\p{M}\p{N}@$]+(?:[!+*_'’]+[\p{L}\p{M}\p{N}@$]+)*/gu;

/** Lower case, disguises undone when the token has at least two letters (so road numbers such as A55 stay as they are). */
export function normalise(token: string): string {
  const lower = token.toLowerCase().replace(/[’]/g, "'");
  if (!/[^\p{L}\p{M}']/u.test(lower)) return lower;
  // Capitals then digits, or a digit then capitals, are codes, not disguises: postcodes (PO12 4SS),
  // roads (A55, M27, B3385), 3G pitches. Capitals around a digit (SH1T, B0LLOCKS) and a digit before
  // three capitals (5HIT) are a disguise.
  if (/^(?:\p{Lu}{1,3}\p{N}+|\p{N}\p{Lu}{2}|\p{N}+\p{Lu})$/u.test(token)) return lower;
  const letters = lower.match(/\p{L}/gu)?.length ?? 0;
  if (letters < 2 && !/^[@$!+]+$/u.test(lower.replace(/\p{L}/gu, ''))) return lower;
  return [...lower].map((ch) => LEET[ch] ?? (ch === '_' ? '' : ch)).join('');
}

/** The normalised words of a term or phrase. */
export function splitWords(phrase: string): string[] {
  return [...phrase.matchAll(TOKEN)].map((m) => normalise(m[0])).filter(Boolean);
}
