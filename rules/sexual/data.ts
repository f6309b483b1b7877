import * as z from 'zod/mini';
import { ruleFile } from '../../src/paths.js';
import { termListData } from '../../src/terms/data.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readRuleData } from '../../src/util/data-file.js';

/** terms.yaml minus allow.yaml: compiled by `npm run build` into dist/data/sexual.json. */
export const sexualData = termListData('sexual');

/** The schemas of the rule's data files: built only when the data is compiled, never in a run that reads dist/data. */
function schemas() {
  const text = z.string().check(z.trim(), z.minLength(1));
  const domainEntry = z.strictObject({
    domain: text.check(z.regex(/^\.?[a-z0-9-]+(\.[a-z0-9-]+)*$/, 'expected a lower-case domain such as "example.com", or a top-level domain such as ".xxx"')),
    note: text,
    source: z.optional(z.string()),
  });
  const domainsFile = z.array(domainEntry).check(
    z.superRefine((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, i) => {
        if (seen.has(entry.domain)) ctx.addIssue({ code: 'custom', message: `domain "${entry.domain}" is listed twice`, path: [i, 'domain'], input: entry.domain });
        seen.add(entry.domain);
      });
    }),
  );
  return { domainsFile };
}

export interface AdultDomains {
  /** Sites: the domain and every subdomain of it. */
  sites: string[];
  /** Whole top-level domains, without the dot (xxx, porn). */
  tlds: string[];
}

/** domains.yaml: compiled by `npm run build` into dist/data/sexual-domains.json. */
export const sexualDomains: CompiledData<AdultDomains> = {
  name: 'sexual-domains',
  sources: () => [ruleFile('sexual', 'domains.yaml')],
  async compile() {
    const { domainsFile } = schemas();
    const entries = readRuleData('sexual', 'domains.yaml', domainsFile);
    return {
      sites: entries.filter((e) => !e.domain.startsWith('.')).map((e) => e.domain),
      tlds: entries.filter((e) => e.domain.startsWith('.')).map((e) => e.domain.slice(1)),
    };
  },
};
