/** The closest candidate to a misspelt name, if one is close enough to be a likely typo. */
export function didYouMean(input: string, candidates: Iterable<string>): string | undefined {
  const needle = input.toLowerCase();
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(needle.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = distance(needle, candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/**
 * Damerau–Levenshtein distance (optimal string alignment), enough for typos in names. With `max`,
 * the answer is exact up to `max`, and any number above it means "more than `max`": the rows stop
 * once two running are all above it (a row's values come from the two rows before it).
 */
export function distance(a: string, b: string, max = Infinity): number {
  const cols = b.length + 1;
  if (a.length === 0) return b.length;
  // Three rows, reused: the one before the previous (for swapped letters), the previous, this one.
  let before = new Int32Array(cols);
  let previous = new Int32Array(cols);
  let row = new Int32Array(cols);
  for (let j = 0; j < cols; j++) previous[j] = j;
  let previousMin = 0;
  for (let i = 1; i <= a.length; i++) {
    row[0] = i;
    let rowMin = i;
    const ai = a.charCodeAt(i - 1);
    for (let j = 1; j < cols; j++) {
      const cost = ai === b.charCodeAt(j - 1) ? 0 : 1;
      let v = Math.min(previous[j]! + 1, row[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === b.charCodeAt(j - 1)) v = Math.min(v, before[j - 2]! + 1);
      row[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max && previousMin > max) return max + 1;
    previousMin = rowMin;
    [before, previous, row] = [previous, row, before];
  }
  return previous[cols - 1]!;
}
