import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

export const meta = defineMeta({
  id: 'off-topic',
  description:
    'An official post keeps private matters out ("my holiday", "my kids", "personally I think"), and a thread with a `topic` stays on it (a post about another common topic is a suggestion).',
  category: 'off-topic',
  policy: ['19', '27'],
  severity: 'warning',
  fixable: false,
  options: termOptions(),
  messages: {
    private:
      '"{{word}}" brings the writer\'s private life or personal view into an official post. §27: "I will keep private issues and topics separate from work issues and topics": write as the Council ("we", "the Council"), and leave personal matters and opinions out.',
    drift:
      'This post of a thread on "{{topic}}" is about {{other}} ("{{word}}"), which neither the topic nor the first post mentions. §27: "I will stay on topic": move it to a post of its own (with its own `topic`), or say how it connects to {{topic}}.',
  },
});
