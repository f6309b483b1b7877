import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

const REMOVED = '§19 lists "sexual content or links to sexual content" among the posts the Council removes';

export const meta = defineMeta({
  id: 'sexual',
  description: 'No sexual content, sexual innuendo aimed at people, or links to adult sites; sexual health services and campaigns pass.',
  category: 'sexual',
  policy: ['19'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    explicit: `"{{word}}" is sexual content. ${REMOVED}: remove it. A health or safety message can name the service or the risk instead ("sexual health clinic", "image-based abuse").`,
    innuendo: `"{{word}}" is sexual innuendo or a sexualised remark about people. ${REMOVED}: reword without it.`,
    link: `This links to {{host}}, an adult site. ${REMOVED}: remove the link.`,
    configured: `"{{word}}" is on this council's list of sexual terms. ${REMOVED}: reword without it.`,
  },
});
