import type { Post, PublishedText } from '../../src/drafts/post.js';
import type { OptionsOf, RuleContext } from '../../src/rule.js';
import { registerTermList, termHits, type Hit } from '../../src/terms/index.js';
import { loadCompiled } from '../../src/util/compiled.js';
import { addresses, type HostOptions } from './addresses.js';
import { securityData, securityTerms } from './data.js';
import { disclosures, type DisclosureWords } from './disclosures.js';
import { keepMostSerious, type Finding, type RiskMessage } from './finding.js';
import type { meta } from './meta.js';
import { rotaAddresses } from './rota.js';
import { tokens } from './tokens.js';

type Options = OptionsOf<typeof meta>;

const data = await loadCompiled(securityData);
await registerTermList('security', securityTerms);
const words: DisclosureWords = { notSecrets: new Set(data.notSecrets), examples: new Set(data.examples) };
const hostOptions = new WeakMap<object, HostOptions>();

function hostsFor(options: Options): HostOptions {
  let found = hostOptions.get(options);
  if (!found) {
    found = { councilDomains: options.councilDomains, publicHosts: new Set(options.publicHosts) };
    hostOptions.set(options, found);
  }
  return found;
}

/**
 * The post's text and its images' alt texts: all of it is published, code and links included.
 * Each text is checked in turn, synchronously unless it has something token-like in it for
 * secretlint to read; from there on, each once the one before is done, as an async check would.
 */
export function check(post: Post, context: RuleContext<Options>): void | Promise<void> {
  const hosts = hostsFor(context.options);
  const risks = termHits(post, 'security', context);
  const texts = [post, ...post.attachments.flatMap((a) => (a.altText ? [a.altText] : []))];
  const report = (published: PublishedText, secrets: Finding[]): void => {
    const text = published.text.text;
    const found = [
      ...secrets,
      ...disclosures(text, words),
      ...addresses(published, data.hosts, hosts),
      ...rotaAddresses(text),
      ...risks.filter((hit) => hit.published === published).map(riskFinding),
    ];
    for (const f of keepMostSerious(found)) {
      context.report({ messageId: f.messageId, data: { what: f.what }, span: published.text.toSource(f.start, f.end) });
    }
  };
  const rest = async (pending: Promise<Finding[]>, at: number): Promise<void> => {
    report(texts[at]!, await pending);
    for (let i = at + 1; i < texts.length; i++) report(texts[i]!, await tokens(texts[i]!.text.text));
  };
  for (let i = 0; i < texts.length; i++) {
    const secrets = tokens(texts[i]!.text.text);
    if (secrets instanceof Promise) return rest(secrets, i);
    report(texts[i]!, secrets);
  }
}

/** A risk phrase of terms.yaml, found by the term engine. */
function riskFinding(hit: Hit): Finding {
  return { start: hit.start, end: hit.end, messageId: (hit.entry.message as RiskMessage | undefined) ?? 'risk', what: 'a risk' };
}
