import { compileEntry, termListData, type CompiledTerm, type MatchKind, type TermEntry } from '../../src/terms/data.js';
import { splitWords } from '../../src/terms/tokens.js';

/** The ordinary endings of a bad-words `stem*` entry: dick*, dicks, dicking… but not Dickens. */
function inflections(stem: string): string[] {
  if (stem.endsWith('e')) return [stem, stem + 's', stem + 'd', stem + 'r', stem + 'rs', stem.slice(0, -1) + 'ing', stem + 'y'];
  return ['', 's', 'es', 'ed', 'er', 'ers', 'ing', 'y'].map((ending) => stem + ending);
}

const NOTE = 'from the bad-words package\'s list';

/**
 * bad-words' list, our base: `word`, `word*` (its usual endings), `*word` (at the end of a word),
 * `*word*` (inside one). Allowed words stay in the list, so that a disguised spelling ("pen1s") is
 * still reported; allowing a stem allows its whole family (fitt* → fitted, fitting). A form of a stem
 * that terms.yaml lists (arse, message: mild) takes that entry's settings (arses, arsed).
 */
async function badWords(own: readonly TermEntry[], allowed: ReadonlySet<string>): Promise<CompiledTerm[]> {
  const { Filter } = await import('bad-words');
  const ours = new Map(own.map((t) => [splitWords(t.term).join(' '), t]));
  const out = new Map<string, CompiledTerm>();
  const add = (raw: string, kind: MatchKind, stem?: string) => {
    const words = splitWords(raw);
    if (!words.length) return;
    const key = `${kind} ${words.join(' ')}`;
    if (out.has(key)) return;
    const like = stem ? ours.get(stem) : undefined;
    out.set(key, like ? { ...compileEntry({ ...like, term: raw, note: `${NOTE} (${stem}*), as ${like.term}` }, words), kind } : { term: raw, words, kind, note: NOTE });
  };
  for (const raw of new Filter().list) {
    const entry = raw.trim().replace(/;+$/, '');
    const stem = entry.replace(/^\*+|\*+$/g, '');
    if (!stem || /\*/.test(stem)) continue;
    const normalStem = splitWords(stem).join(' ');
    if (entry.startsWith('*') && entry.endsWith('*')) add(stem, 'contains');
    else if (entry.startsWith('*')) add(stem, 'ends');
    else if (entry.endsWith('*')) {
      if (allowed.has(normalStem)) continue;
      for (const form of inflections(normalStem)) add(form, 'word', normalStem);
    } else add(stem, 'word');
  }
  return [...out.values()];
}

/** bad-words' list plus terms.yaml, minus allow.yaml: compiled by `npm run build` into dist/data/profanity.json. */
export const profanityData = termListData('profanity', { base: badWords });
