import type { Finding } from './finding.js';

/**
 * A staff rota or lone-working detail joined to a home address: who will be
 * where, and when. The address is reported; the rota alone ("the on-call officer
 * covers Saturday") and a public building's address are not.
 */
const ROTA = /\b(?:rotas?|on[- ]call|on duty|duty officer|out[- ]of[- ]hours|lone[- ]work(?:er|ers|ing)|working alone|key ?holders?|shifts?|cover(?:ing)?\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b/i;
/** A house number (or flat) and a street: "12 Elm Grove", "Flat 3, 40 Forton Road". */
const ADDRESS =
  /\b(?:(?:flat|apartment)\s+\d+[a-z]?,?\s+)?\d{1,4}[a-z]?,?\s+(?:\p{Lu}[\p{L}'’-]+\s+){1,3}(?:Road|Rd|Street|St|Avenue|Ave|Close|Lane|Way|Drive|Crescent|Gardens|Place|Terrace|Grove|Court|Walk|Mews|Hill|Row|Square|Parade|View|Rise)\b\.?(?:,?\s+(?:Gosport|Fareham|Lee-on-the-Solent|Alverstoke|Portsmouth))?(?:,?\s+[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2})?/giu;
/** What makes an address a home in a rota line: the word itself, or a day of the rota. */
const HOME = /\b(?:home|lives?|living|house|address|(?:mon|tues|wednes|thurs|fri|satur|sun)days?|mon|tue|wed|thu|fri|sat|sun)\b/i;

export function rotaAddresses(text: string): Finding[] {
  // An address has a house number: without a digit there is none to look for.
  if (!/\d/.test(text) || !ROTA.test(text)) return [];
  const out: Finding[] = [];
  for (const m of text.matchAll(ADDRESS)) {
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const lineEnd = text.indexOf('\n', m.index);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (!HOME.test(line)) continue;
    const address = m[0].replace(/[.,\s]+$/, '');
    out.push({ start: m.index, end: m.index + address.length, messageId: 'rota', what: 'a home address' });
  }
  return out;
}
