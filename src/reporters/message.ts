/** Messages longer than this are shown on two lines by the text reporters. */
export const HEADLINE_LENGTH = 100;

/** Words whose full stop does not end a sentence. */
const ABBREVIATIONS = new Set(['e.g', 'i.e', 'etc', 'vs', 'cf', 'no', 'st', 'dr', 'mr', 'mrs', 'ms', 'cllr', 'approx', 'fig']);

/**
 * Splits a long message into a headline and the detail, for text output.
 *
 * The convention every message already follows: the first sentence says what
 * was found; what follows (the clause, a did-you-mean, what to write instead)
 * is the detail. A message over HEADLINE_LENGTH characters is split after its
 * first sentence, so rule authors write one message and nothing else. A full
 * stop inside double quotes (quoted draft text), after an abbreviation or in
 * a number does not end a sentence. JSON and other machine formats keep the
 * message whole.
 */
export function splitMessage(message: string): { headline: string; detail?: string } {
  if (message.length <= HEADLINE_LENGTH) return { headline: message };
  let quoted = false;
  for (let i = 0; i < message.length - 1; i++) {
    const c = message[i]!;
    if (c === '"') quoted = !quoted;
    else if (c === '“') quoted = true;
    else if (c === '”') quoted = false;
    if (quoted || !'.!?'.includes(c)) continue;
    const rest = message.slice(i + 1);
    const gap = /^\s+(?=[\p{Lu}§"“(\d])/u.exec(rest);
    if (!gap) continue;
    const word = /([\p{L}.'’]+)$/u.exec(message.slice(0, i))?.[1]?.toLowerCase();
    if (c === '.' && word && (ABBREVIATIONS.has(word) || /^\p{L}$/u.test(word))) continue;
    const headline = message.slice(0, i + 1);
    if (headline.length < 20) continue;
    return { headline, detail: rest.slice(gap[0].length) };
  }
  return { headline: message };
}
