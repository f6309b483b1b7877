import * as z from 'zod/mini';
import { ruleFile } from '../../src/paths.js';
import { termListData } from '../../src/terms/data.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readRuleData } from '../../src/util/data-file.js';

/** terms.yaml: compiled by `npm run build` into dist/data/commerce.json. */
export const commerceData = termListData('commerce');

/** The schemas of the rule's data files: built only when the data is compiled, never in a run that reads dist/data. */
function schemas() {
  const text = z.string().check(z.trim(), z.minLength(1));
  const word = z.strictObject({ term: text, note: text, source: z.optional(z.string()) });
  const domain = text.check(z.regex(/^[a-z0-9-]+(\.[a-z0-9-]+)+$/, 'expected a lower-case domain such as "example.com"'));

  function unique<T>(key: (entry: T) => string, what: string) {
    return z.superRefine<T[]>((entries, ctx) => {
      const seen = new Set<string>();
      entries.forEach((entry, i) => {
        const k = key(entry).toLowerCase();
        if (seen.has(k)) ctx.addIssue({ code: 'custom', message: `${what} "${key(entry)}" is listed twice`, path: [i], input: entry });
        seen.add(k);
      });
    });
  }

  const councilFile = z.strictObject({
    services: z.array(word).check(unique((e: { term: string }) => e.term, 'term')),
    business: z.array(word).check(unique((e: { term: string }) => e.term, 'term')),
  });
  const linksFile = z.strictObject({
    sites: z
      .array(z.strictObject({ domain, paths: z.optional(z.array(text.check(z.regex(/^\//, 'expected a path starting with "/"')))), note: text, source: z.optional(z.string()) }))
      .check(unique((e: { domain: string }) => e.domain, 'domain')),
    params: z
      .array(z.strictObject({ param: text, hosts: z.optional(z.array(domain)), note: text, source: z.optional(z.string()) }))
      .check(unique((e: { param: string }) => e.param, 'parameter')),
  });
  return { councilFile, linksFile };
}

export interface CommerceLists {
  /** Words naming the council's own services (garden waste, leisure centre): a sentence with one is the council's offer. */
  services: string[];
  /** Words that make a capitalised name a private business (Bakery, Ltd). */
  business: string[];
  /** Shop and marketplace sites, with the path prefixes of their listings (none: every link). */
  sites: { domain: string; paths: string[] }[];
  /** Affiliate parameters, with the sites they count on (none: every site). */
  params: { param: string; hosts: string[] }[];
}

/** council.yaml and links.yaml: compiled by `npm run build` into dist/data/commerce-lists.json. */
export const commerceLists: CompiledData<CommerceLists> = {
  name: 'commerce-lists',
  sources: () => [ruleFile('commerce', 'council.yaml'), ruleFile('commerce', 'links.yaml')],
  async compile() {
    const { councilFile, linksFile } = schemas();
    const council = readRuleData('commerce', 'council.yaml', councilFile);
    const links = readRuleData('commerce', 'links.yaml', linksFile);
    return {
      services: council.services.map((e) => e.term),
      business: council.business.map((e) => e.term),
      sites: links.sites.map((s) => ({ domain: s.domain, paths: s.paths ?? [] })),
      params: links.params.map((p) => ({ param: p.param.toLowerCase(), hosts: p.hosts ?? [] })),
    };
  },
};
