import { ruleFile } from '../../src/paths.js';
import { termListData } from '../../src/terms/data.js';
import type { CompiledData } from '../../src/util/compiled.js';
import { readNameList } from '../../src/util/data-file.js';

/** A site: a domain (subdomains included) and, optionally, a path under it. */
export interface Site {
  domain: string;
  path: string;
}

function sites(file: string): Site[] {
  return readNameList('main-website-link', file).map((term) => {
    const slash = term.indexOf('/');
    return slash < 0 ? { domain: term, path: '' } : { domain: term.slice(0, slash), path: term.slice(slash) };
  });
}

export interface MainWebsiteLinkData {
  thirdParty: Site[];
  publicSector: Site[];
}

/** The calls to action: terms.yaml, compiled by `npm run build` into dist/data/main-website-link.json. */
export const mainWebsiteLinkTerms = termListData('main-website-link');

/** third-party.yaml and public-sector.yaml: compiled by `npm run build` into dist/data/main-website-link-sites.json. */
export const mainWebsiteLinkData: CompiledData<MainWebsiteLinkData> = {
  name: 'main-website-link-sites',
  sources: () => [ruleFile('main-website-link', 'third-party.yaml'), ruleFile('main-website-link', 'public-sector.yaml')],
  async compile() {
    return { thirdParty: sites('third-party.yaml'), publicSector: sites('public-sector.yaml') };
  },
};
