// Run by `npm run build`: compiles each rule's term lists and dictionaries into dist/data/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { commerceData, commerceLists } from '../../rules/commerce/data.js';
import { conflictsPublicBodies, conflictsTerms } from '../../rules/conflicts-of-interest/data.js';
import { copyrightData, copyrightFileNames } from '../../rules/copyright/data.js';
import { correctionsTerms } from '../../rules/corrections/data.js';
import { discriminationData } from '../../rules/discrimination/data.js';
import { disreputeData } from '../../rules/disrepute/data.js';
import { illegalData } from '../../rules/illegal/data.js';
import { imageAltTextData } from '../../rules/image-alt-text/data.js';
import { mainWebsiteLinkData, mainWebsiteLinkTerms } from '../../rules/main-website-link/data.js';
import { offTopicTerms, offTopicTopics } from '../../rules/off-topic/data.js';
import { personalData } from '../../rules/personal-data/data.js';
import { politicalData, politicalTitles } from '../../rules/political/data.js';
import { preElectionFactual, preElectionPeriodTerms } from '../../rules/pre-election-period/data.js';
import { profanityData } from '../../rules/profanity/data.js';
import { recordsNoticeTerms } from '../../rules/records-notice/data.js';
import { respectfulToneTerms } from '../../rules/respectful-tone/data.js';
import { safeLinksData, safeLinksTerms } from '../../rules/safe-links/data.js';
import { securityData, securityTerms } from '../../rules/security/data.js';
import { sexualData, sexualDomains } from '../../rules/sexual/data.js';
import { spellingData } from '../../rules/spelling/data.js';
import { COMPILED_DIR, compiledFile, SIDE_FILE, type CompiledData } from '../util/compiled.js';
import { clausesData } from '../policy/clauses.js';
import { isTermList, packTermList } from '../terms/data.js';

const all: CompiledData<unknown>[] = [
  clausesData,
  commerceData,
  commerceLists,
  conflictsPublicBodies,
  conflictsTerms,
  copyrightData,
  copyrightFileNames,
  correctionsTerms,
  discriminationData,
  disreputeData,
  illegalData,
  imageAltTextData,
  mainWebsiteLinkData,
  mainWebsiteLinkTerms,
  offTopicTerms,
  offTopicTopics,
  personalData,
  politicalData,
  politicalTitles,
  preElectionFactual,
  preElectionPeriodTerms,
  profanityData,
  recordsNoticeTerms,
  respectfulToneTerms,
  safeLinksData,
  safeLinksTerms,
  securityData,
  securityTerms,
  sexualData,
  sexualDomains,
  spellingData,
];

mkdirSync(COMPILED_DIR, { recursive: true });
// Non-ASCII characters (café) are written as \u escapes, so that the file is ASCII and a run can
// read it as Latin-1, several times faster than decoding UTF-8 (see loadCompiled).
const ascii = (json: string) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
for (const data of all) {
  const compiled = await data.compile();
  const value = (isTermList(compiled) ? packTermList(compiled) : compiled) as Record<string, unknown>;
  // A very long Latin-1 string (the dictionary's 1.3 million characters) goes in a file of its own,
  // read as it is: parsing it out of JSON would cost more than the reading.
  const out: Record<string, unknown> = {};
  for (const [key, field] of Object.entries(value)) {
    if (typeof field === 'string' && field.length > 100_000 && !/[^\u0000-\u00ff]/.test(field)) {
      const name = `${data.name}.${key}.txt`;
      writeFileSync(join(COMPILED_DIR, name), field, 'latin1');
      out[key] = { [SIDE_FILE]: name };
    } else out[key] = field;
  }
  writeFileSync(compiledFile(data.name), ascii(JSON.stringify(out)));
}
