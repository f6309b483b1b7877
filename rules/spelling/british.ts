import type { SpellChecker } from './checker.js';

/** Whole words that differ between American and British English in no regular way. */
const IRREGULAR: Record<string, string> = {
  aluminum: 'aluminium',
  gray: 'grey',
  grays: 'greys',
  mom: 'mum',
  moms: 'mums',
  pajamas: 'pyjamas',
  plow: 'plough',
  plows: 'ploughs',
  skeptic: 'sceptic',
  skeptical: 'sceptical',
  sulfur: 'sulphur',
  tumor: 'tumour',
  mold: 'mould',
  moldy: 'mouldy',
  donut: 'doughnut',
  donuts: 'doughnuts',
  aging: 'ageing',
  airplane: 'aeroplane',
  airplanes: 'aeroplanes',
  anemia: 'anaemia',
  anemic: 'anaemic',
  cozy: 'cosy',
  jewelry: 'jewellery',
  maneuver: 'manoeuvre',
  maneuvers: 'manoeuvres',
  mustache: 'moustache',
  pediatric: 'paediatric',
  pediatrician: 'paediatrician',
  pediatricians: 'paediatricians',
};

// American endings and their British counterparts, tried in turn on a word the dictionary rejects.
const PATTERNS: [RegExp, string][] = [
  [/iz(e|es|ed|er|ers|ing|ation|ations)$/, 'is$1'],
  [/yz(e|es|ed|ing)$/, 'ys$1'],
  [/or(s|ed|ing|ite|ites|able|ful|fully|less)?$/, 'our$1'],
  [/er(s|ed|ing)?$/, 're$1'],
  [/og(s)?$/, 'ogue$1'],
  [/ense(s)?$/, 'ence$1'],
  [/([aeiou])l(ed|ing|er|ers|or|ors|ous|en|ation|ations)$/, '$1ll$2'],
  [/^(enro|fulfi|insta|insti|disti|appa|enthra)ll(s|ment|ments)?$/, '$1l$2'],
  [/^(ski|wi)llful(ly|ness)?$/, '$1lful$2'],
  [/ic(ing|ed)$/, 'is$1'],
  [/ment(s)?$/, 'ement$1'],
];

/**
 * The British spelling of an American word the dictionary rejects ("color" →
 * "colour", "organize" → "organise", "traveled" → "travelled"), when the
 * British form is in the dictionary; undefined otherwise.
 */
export function britishVariant(word: string, checker: SpellChecker): string | undefined {
  const lower = word.toLowerCase();
  const candidates: string[] = [];
  const irregular = IRREGULAR[lower];
  if (irregular) candidates.push(irregular);
  for (const [pattern, replacement] of PATTERNS) if (pattern.test(lower)) candidates.push(lower.replace(pattern, replacement));
  for (const candidate of candidates) {
    const cased = matchCase(word, candidate);
    if (cased !== word && checker.correct(cased)) return cased;
  }
  return undefined;
}

function matchCase(model: string, word: string): string {
  if (model === model.toUpperCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}
