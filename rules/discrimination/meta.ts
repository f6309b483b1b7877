import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

const REMOVED = '§19 lists "material that perpetuates or promotes discrimination related to protected characteristics" among the posts the Council removes';
const WORDING = '§19 rules out anything that "could be considered as discriminatory", and §26 asks every posting to "engender respect"';

/** A slur about one protected characteristic: what it is, the clause, and what to write instead. */
const slur = (what: string, instead: string) => `"{{word}}" is ${what}. ${REMOVED}: remove it; ${instead}.`;
/** Dated or inconsiderate wording: what it is about, the respectful wording, the clauses. */
const wording = (about: string) => `"{{word}}" is dated or inconsiderate wording about ${about}: write {{replacement}} instead. ${WORDING}.`;

export const meta = defineMeta({
  id: 'discrimination',
  description: 'No slurs or hate terms about a protected characteristic, and respectful wording instead of dated terms ("wheelchair-bound", "the elderly", "chairman").',
  category: 'discrimination',
  policy: ['19', '26', 'personal life'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    race: slur('a racial slur', 'to name a group, use the name its members use ("Black", "Asian", "Gypsy, Roma and Traveller", "Chinese")'),
    religion: slur('a slur against a religion or belief', 'name a faith and its followers plainly ("Jewish people", "Muslims", "Catholics")'),
    disability: slur('a slur or insult drawn from disability or mental illness', 'write "disabled people", or name the condition ("a learning disability", "a mental health condition")'),
    orientation: slur('a homophobic slur', 'write "gay", "lesbian", "bisexual" or "LGBT+"'),
    trans: slur('a transphobic slur', 'write "trans" or "transgender"'),
    sex: slur('a sexist slur', 'describe what the person did, not their sex'),
    age: slur('an ageist insult', 'write "older people"'),
    pregnancy: slur('an insult aimed at mothers or pregnant women', 'write "young parents" or "mothers"'),
    hate: '"{{word}}" is a hate slogan. §19 lists material that could be considered "as hate crime" among the posts the Council removes: remove it; to report graffiti or abuse, describe it ("racist graffiti") instead of repeating it.',
    disabilityWording: wording('disability'),
    ageWording: wording('age'),
    genderWording: `"{{word}}" is a gendered title or word where a neutral one is usual: write {{replacement}} instead. ${WORDING}.`,
    orientationWording: wording('sexual orientation'),
    transWording: wording('trans people'),
    raceWording: wording('race or ethnicity'),
    religionWording: wording('religion or belief'),
    pregnancyWording: wording('pregnancy'),
    marriageWording: wording('marriage'),
    configured: `"{{word}}" is on this council's list of discriminatory terms. ${REMOVED}: reword without it.`,
  },
});
