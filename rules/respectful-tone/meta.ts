import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

const CLAUSE = '§27: "I will, where necessary to disagree with other opinions, do this respectfully"';

export const meta = defineMeta({
  id: 'respectful-tone',
  description:
    'Replies and posts disagree respectfully: no sarcasm or dismissiveness towards residents, no shouting (sentences in capitals, "!!!"), no threats to delete or block comments that break no rule.',
  category: 'etiquette',
  policy: ['26', '27'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    dismissive: `"{{word}}" sounds dismissive or sarcastic to the resident. ${CLAUSE}: say it plainly and kindly, e.g. "As we mentioned in our earlier post, …" or "We understand your frustration: …".`,
    shouting: `"{{word}}" is written in capitals, which reads as shouting. §26 asks for respect in all postings: write it in sentence case (a short heading such as "ROAD CLOSED" is fine).`,
    exclamations: `"{{word}}" reads as shouting or exasperation (§26, ${CLAUSE}): use one "!" or "?" at most.`,
    threat: `"{{word}}" threatens to delete comments or block people for disagreeing. §21 allows removing only content that breaks the policy or the law (§19), and ${CLAUSE}: say which comments will be removed and why (e.g. "comments that are abusive or share personal details will be removed, see our house rules"), or leave it out.`,
  },
});
