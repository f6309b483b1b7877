import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

const RESPECT = '§26 says "It is important to engender respect for fellow employees, Gosport Borough Council and users", and staff must not bring the Council into disrepute by "criticising customers or colleagues"';

export const meta = defineMeta({
  id: 'disrepute',
  description: 'No demeaning or defamatory remarks about people who can be identified (callers, residents, customers, colleagues, contractors, councillors, named people); "useless" about a thing, scam warnings, court results and respectful disagreement pass.',
  category: 'etiquette',
  policy: ['26', 'personal life'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    insult: `"{{word}}" demeans a person who can be identified. ${RESPECT}: describe what happened or what went wrong, not the person ("the caller was unhappy with…", "the work was not finished on time").`,
    defamatory: `"{{word}}" accuses a person who can be identified of dishonesty, which may be defamatory. ${RESPECT}, and the personal-life section names "defamatory comments about others": state only facts a court or the Council has established, or say nothing.`,
    configured: `"{{word}}" is on this council's list of demeaning words. ${RESPECT}: reword without it.`,
  },
});
