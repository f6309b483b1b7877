import * as z from 'zod/mini';
import { ruleFile } from '../../src/paths.js';
import { termListData } from '../../src/terms/data.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readRuleData } from '../../src/util/data-file.js';

export interface SecurityData {
  /** Words never taken for a password, PIN or key (lower case). */
  notSecrets: string[];
  /** Well-known weak passwords and PINs: after "password" or "PIN" they are examples, not disclosures. */
  examples: string[];
  hosts: HostData;
}

export interface HostData {
  labels: string[];
  /** Labels reported under any domain, not only the council's. */
  anywhere: string[];
  prefixes: string[];
  suffixes: string[];
  systems: string[];
  paths: string[];
}

/** The schemas of the rule's data files: built only when the data is compiled, never in a run that reads dist/data. */
function schemas() {
  const text = z.string().check(z.trim(), z.minLength(1));
  const word = z.string().check(z.trim(), z.minLength(1), z.regex(/^[^A-Z\s]+$/, 'expected lower case, without spaces'));

  /** The first word listed twice, if any. */
  function duplicate(words: string[]): string | undefined {
    const seen = new Set<string>();
    for (const w of words) {
      if (seen.has(w)) return w;
      seen.add(w);
    }
    return undefined;
  }

  const unique = <T>(words: (entries: T[]) => string[]) =>
    z.superRefine<T[]>((entries, ctx) => {
      const twice = duplicate(words(entries));
      if (twice !== undefined) ctx.addIssue({ code: 'custom', message: `duplicate term "${twice}"`, input: twice });
    });

  const notSecretsFile = z
    .array(z.strictObject({ terms: z.array(word).check(z.minLength(1)), note: text, source: z.optional(text), example: z._default(z.boolean(), false) }))
    .check(unique((entries: { terms: string[] }[]) => entries.flatMap((e) => e.terms)));

  const hostEntry = z.strictObject({ term: word, note: text, source: z.optional(text), anywhere: z._default(z.boolean(), false) });
  const hostList = z.array(hostEntry).check(unique((entries: { term: string }[]) => entries.map((e) => e.term)));
  const hostsFile = z.strictObject({ labels: hostList, prefixes: hostList, suffixes: hostList, systems: hostList, paths: hostList });
  return { notSecretsFile, hostsFile };
}

/** not-secrets.yaml and hosts.yaml: compiled by `npm run build` into dist/data/security-detectors.json (security.json is the term list). */
export const securityData: CompiledData<SecurityData> = {
  name: 'security-detectors',
  sources: () => [ruleFile('security', 'not-secrets.yaml'), ruleFile('security', 'hosts.yaml')],
  async compile() {
    const { notSecretsFile, hostsFile } = schemas();
    const words = readRuleData('security', 'not-secrets.yaml', notSecretsFile);
    const hosts = readRuleData('security', 'hosts.yaml', hostsFile);
    const terms = (list: z.infer<ReturnType<typeof schemas>['hostsFile']>['labels']) => list.map((e) => e.term);
    return {
      notSecrets: words.filter((e) => !e.example).flatMap((e) => e.terms),
      examples: words.filter((e) => e.example).flatMap((e) => e.terms),
      hosts: {
        labels: terms(hosts.labels),
        anywhere: terms(hosts.labels.filter((e) => e.anywhere)),
        prefixes: terms(hosts.prefixes),
        suffixes: terms(hosts.suffixes),
        systems: terms(hosts.systems),
        paths: terms(hosts.paths),
      },
    };
  },
};

/** terms.yaml, the risk phrases, compiled by the term engine into dist/data/security.json. */
export const securityTerms = termListData('security');
