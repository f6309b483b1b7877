import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

const WHEN = 'It is to be published {{when}}, in the pre-election period of {{election}} ({{from}} to {{to}}).';

export const meta = defineMeta({
  id: 'pre-election-period',
  description:
    'During a configured pre-election period, publicity does not name or quote councillors, candidates or the Leader or Mayor, credit them in media, or take sides on a controversial local issue; factual election and meeting notices pass.',
  category: 'election',
  policy: ['19', 'Publicity Code 2011 ¶34–35'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    names: `"{{person}}" names a councillor or office holder. ${WHEN} The Publicity Code (¶34): "Publicity relating to individuals involved directly in the election should not be published": leave the name out and attribute the news to the Council ("Gosport Borough Council has…"), or hold the post until after polling day.`,
    quotes: `This post quotes "{{person}}". ${WHEN} The Publicity Code (¶34) rules out reporting "views or proposals in such a way that identifies them with any individual members": quote an officer (e.g. the service manager) or the Council, or hold the post until after polling day.`,
    candidates: `"{{phrase}}" promotes candidates. ${WHEN} The Publicity Code (¶34) allows only "factual information which identifies the names, wards and parties of candidates": link to the statement of persons nominated instead, and leave events with candidates to the parties.`,
    mediaCredit: `The media credit "{{credit}}" names a councillor or office holder. ${WHEN} The Publicity Code (¶34): publicity featuring "individuals involved directly in the election" waits until after polling day: credit the Council or the photographer, and use a picture without politicians.`,
    sides: `"{{phrase}}" takes a side on a local issue. ${WHEN} The Publicity Code (¶34): "local authorities should not publish any publicity on controversial issues" in this period (and §19: nothing "politically motivated"): state the facts (what is proposed, how to comment, the dates) without a view, or hold the post until after polling day.`,
  },
});
