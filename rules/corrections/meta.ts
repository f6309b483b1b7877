import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

export const meta = defineMeta({
  id: 'corrections',
  description: 'A correction (`corrects:`) shows a visible notation and says what changed, never announces deleting the original, and points at the post it corrects.',
  category: 'etiquette',
  policy: ['25', '27'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    noNotation:
      'This post corrects another but shows no notation. §27: "I will preserve the original post, using notations to show where I have made changes": start it with "Correction:" (or "Update:", "Edited:").',
    noChange:
      '"{{notation}}" marks a correction, but the post does not say what changed (§25 "publically corrected", §27 "I will acknowledge and correct mistakes promptly"): say what was wrong and what is right, e.g. "we gave the wrong date: it is Monday 28 December, not Saturday 26 December".',
    deletion:
      '"{{phrase}}" announces that the original post was deleted. §27: "I will never delete a post": leave the original up and correct it with this post (a post may only be deleted and reposted when it has an error such as a wrong link and nobody has liked or commented on it).',
    notAPost:
      '`corrects` is {{address}}, the address of a site or an account, not of the post being corrected: give the address of the original post (e.g. https://x.com/GosportBC/status/…), so that readers can find it (§25, §27).',
    missingCorrects:
      '"{{notation}}" says this post corrects another, but it has no `corrects:`. Add `corrects:` with the address of the original post (§25, §27), so that the correction and the original stay linked.',
  },
});
