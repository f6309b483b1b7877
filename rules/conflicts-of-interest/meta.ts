import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

export const meta = defineMeta({
  id: 'conflicts-of-interest',
  description:
    'A post that promotes or endorses a named organisation or person outside the Council ("we recommend", "our friends at", "thanks to … for sponsoring") declares `conflicts:` (a declaration or `none`); configured partners and public bodies need none.',
  category: 'etiquette',
  policy: ['27'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    undeclared:
      '"{{phrase}}" promotes {{name}}, which is outside the Council, and the draft has no `conflicts:`. §27: "I will disclose conflicts of interest": add `conflicts: none` if nobody involved in the post has an interest in {{name}}, or declare it (`conflicts: "the author volunteers for {{name}}"`); if the Council works with {{name}} as a partner, add it to `allow.partners` in the configuration.',
  },
});
