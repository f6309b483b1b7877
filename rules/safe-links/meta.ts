import { defineMeta } from '../../src/rule.js';
import { termOptions } from '../../src/terms/options.js';

export const meta = defineMeta({
  id: 'safe-links',
  description: 'Links are direct and secure: https, no shorteners, no raw IP addresses, no tracking parameters; a post quoting figures or a report links to its source.',
  category: 'links',
  policy: ['6', '27'],
  severity: 'error',
  fixable: false,
  options: termOptions(),
  messages: {
    insecure:
      '"{{link}}" is a plain http:// address: the page is sent unencrypted and can be tampered with on the way, short of the IT security standards of §6. Write it with https:// (check that the page opens that way).',
    shortener:
      '"{{host}}" is a link shortener: it hides where the link goes, so a resident cannot tell a council page from a phishing one. §27: "I will link to online references and original source materials directly". Give the full address of the page.',
    rawIp:
      '"{{link}}" points at a raw IP address, not a named site: it cannot be checked against a certificate and looks like phishing (§6 IT security standards; §27 link "directly"). Link to the named site (for council pages, www.gosport.gov.uk/…).',
    tracking:
      '"{{link}}" carries tracking parameters ({{params}}): they record who clicked rather than say where the link goes. §27 asks to link "directly": remove them.',
    noSource:
      '"{{phrase}}" quotes figures or a report, but the post links to no source. §27: "I will link to online references and original source materials directly": add the address of the report or data.',
  },
});
