import type { Finding } from './finding.js';

/**
 * API keys, tokens, private keys and credentials in links, found by
 * secretlint's recommended rules. secretlint is loaded the first time a text
 * has something token-like in it (about 20 ms, paid once per process), so a
 * run over ordinary posts never pays for it.
 */

/**
 * Structures that carry a credential without a long random run: user:password@ in a
 * link, a PEM block, npm's _authToken, an assignment to a secret-sounding name.
 */
const LINK_CREDENTIAL = /:\/\/[^\s/@]+@/;
const ASSIGNMENT = /(?:secret|token|api_?key|access_?key|account_?id|passw(?:or)?d)["']?\s*[:=]/i;
const ASSIGNED_NAMES = ['secret', 'token', 'key', 'account', 'passw'];

function structured(text: string): boolean {
  if (text.includes('-----BEGIN') || text.includes('_authToken')) return true;
  if (text.includes('://') && LINK_CREDENTIAL.test(text)) return true;
  if (!text.includes('=') && !text.includes(':')) return false;
  const lower = text.toLowerCase();
  return ASSIGNED_NAMES.some((name) => lower.includes(name)) && ASSIGNMENT.test(text);
}

/**
 * Whether a segment looks random rather than like a word, a hashtag or a reference:
 * digits and letters switching at least twice (ghp_…, hex, AKIA… keys), capitals and
 * digits only with a digit in them (AKIA…2), or, for letters only, the case changing
 * at least every other letter (#GosportBinDay changes about once in three letters).
 */
function randomLooking(segment: string): boolean {
  let digitSwitches = 0;
  let caseSwitches = 0;
  let previous = '';
  for (const ch of segment) {
    const kind = ch >= '0' && ch <= '9' ? 'd' : ch >= 'a' && ch <= 'z' ? 'l' : ch >= 'A' && ch <= 'Z' ? 'u' : '';
    if (!kind) continue;
    if (previous) {
      if ((previous === 'd') !== (kind === 'd')) digitSwitches++;
      else if (kind !== 'd' && previous !== kind) caseSwitches++;
    }
    previous = kind;
  }
  if (digitSwitches >= 2) return true;
  if (digitSwitches === 1 && /^[A-Z0-9]+$/.test(segment)) return true;
  return segment.length >= 20 && caseSwitches >= segment.length * 0.5;
}

/** Whether a character code may be part of a key's segment: A–Z, a–z, 0–9, + and =. */
function segmentChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 43 || c === 61;
}

/** The cheap test that decides whether secretlint is worth loading for this text. */
export function tokenLike(text: string): boolean {
  if (structured(text)) return true;
  // Runs of segment characters, measured in one pass; only long ones are looked at closely.
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && segmentChar(text.charCodeAt(i))) continue;
    if (i - start >= 16 && randomLooking(text.slice(start, i))) return true;
    start = i + 1;
  }
  return false;
}

type LintSource = (typeof import('@secretlint/core'))['lintSource'];
let secretlint: Promise<{ lintSource: LintSource; config: Parameters<LintSource>[0]['options']['config'] }> | undefined;

function load() {
  secretlint ??= Promise.all([import('@secretlint/core'), import('@secretlint/secretlint-rule-preset-recommend')]).then(([core, preset]) => ({
    lintSource: core.lintSource,
    config: { rules: [{ id: '@secretlint/secretlint-rule-preset-recommend', rule: preset.creator }] },
  }));
  return secretlint;
}

/** Plain words for secretlint's rules (their messages repeat the secret, so they are not shown). */
const KINDS: Record<string, string> = {
  '1password': 'a 1Password service account token',
  anthropic: 'an Anthropic API key',
  aws: 'an AWS access key or secret',
  basicauth: 'a user name and password in a web address',
  'database-connection-string': 'a database connection string with its password',
  github: 'a GitHub token',
  gcp: 'a Google Cloud service account key',
  linear: 'a Linear API key',
  npm: 'an npm token',
  openai: 'an OpenAI API key',
  privatekey: 'a private key',
  sendgrid: 'a SendGrid API key',
  shopify: 'a Shopify token',
  slack: 'a Slack token or webhook address',
};

/**
 * The keys and tokens in a text: at once (none) when nothing in it is token-like, as in
 * almost every post, so that the rule's check stays synchronous; otherwise from secretlint.
 */
export function tokens(text: string): Finding[] | Promise<Finding[]> {
  return tokenLike(text) ? secretlintFindings(text) : [];
}

async function secretlintFindings(text: string): Promise<Finding[]> {
  const { lintSource, config } = await load();
  const result = await lintSource({
    source: { filePath: 'post.txt', content: text, ext: '.txt', contentType: 'text' },
    options: { config, maskSecrets: true, noPhysicFilePath: true },
  });
  return result.messages.filter((m) => m.severity !== 'info').map((m) => ({
    start: m.range[0],
    end: m.range[1],
    messageId: 'token',
    what: KINDS[m.ruleId.replace(/^@secretlint\/secretlint-rule-/, '')] ?? 'an API key or token',
  }));
}
