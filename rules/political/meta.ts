import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

const REMOVED = '§19 lists "comments that are politically motivated" among the posts the Council removes';

export const meta = defineMeta({
  id: 'political',
  description: 'No politically motivated content: parties with campaigning words, telling people how to vote, slogans, referendum stances, praise, attacks or credit aimed at politicians and office-holders; factual election and council notices pass.',
  category: 'political',
  policy: ['19'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    party: `"{{word}}" is named with campaigning words, which reads as politically motivated. ${REMOVED}: say what the council decided or is doing, without crediting, blaming or promoting a party.`,
    vote: `"{{word}}" tells people whom to vote for or against. ${REMOVED}: a council post may say how to vote (registering, polling stations, postal votes), never whom to vote for.`,
    slogan: `"{{word}}" is a party or campaign slogan. ${REMOVED}: remove it.`,
    referendum: `"{{word}}" takes a side on a referendum. ${REMOVED}: say only how and when to vote, and the declared result.`,
    praise: `"{{word}}" praises a politician or office-holder. ${REMOVED}: name the role and say what happened ("the Mayor opened the fair"), without praise.`,
    attack: `"{{word}}" attacks a politician or office-holder. ${REMOVED}: remove it, and say what the council is doing instead.`,
    credit: `"{{word}}" gives a politician or office-holder the credit. ${REMOVED}: say what the council did ("the council has reopened the park").`,
    configured: `"{{word}}" is on this council's list of political terms. ${REMOVED}: reword without it.`,
  },
});
