import { ruleFile } from '../../src/paths.js';
import { termListData } from '../../src/terms/data.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readNameList } from '../../src/util/data-file.js';

export interface SafeLinksData {
  /** Shortener hosts, lower case. */
  shorteners: string[];
  /** Tracking parameter names. */
  tracking: string[];
  /** Tracking parameter prefixes (`utm_`). */
  trackingPrefixes: string[];
}

/** The phrases that quote figures or a report: terms.yaml, compiled by `npm run build` into dist/data/safe-links.json. */
export const safeLinksTerms = termListData('safe-links');

/** shorteners.yaml and tracking.yaml: compiled by `npm run build` into dist/data/safe-links-lists.json. */
export const safeLinksData: CompiledData<SafeLinksData> = {
  name: 'safe-links-lists',
  sources: () => [ruleFile('safe-links', 'shorteners.yaml'), ruleFile('safe-links', 'tracking.yaml')],
  async compile() {
    const tracking = readNameList('safe-links', 'tracking.yaml');
    return {
      shorteners: readNameList('safe-links', 'shorteners.yaml'),
      tracking: tracking.filter((t) => !t.endsWith('*')),
      trackingPrefixes: tracking.filter((t) => t.endsWith('*')).map((t) => t.slice(0, -1)),
    };
  },
};
