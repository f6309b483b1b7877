/** Letters that are not a base letter and a mark, and how they are written without accents. */
const LIGATURES: Record<string, string> = { ø: 'o', Ø: 'O', æ: 'ae', Æ: 'Ae', œ: 'oe', Œ: 'Oe', ß: 'ss', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D' };

/** A word without its accents (crème brûlée → creme brulee, Søren → Soren); the word itself when it has none. */
export function withoutAccents(word: string): string {
  if (/^[\x00-\x7f]*$/.test(word)) return word;
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[øØæÆœŒßłŁđĐ]/g, (c) => LIGATURES[c]!)
    .normalize('NFC');
}
