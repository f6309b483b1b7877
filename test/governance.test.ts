import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ConfigLoader } from '../src/config/load.js';
import { lintText, RunScope } from '../src/engine/lint.js';

/**
 * The governance rules as a new user meets them: the scenarios of issue 8, with
 * every recommended rule on and a register like the council's, and a run over
 * several drafts for the once-per-run note.
 */
const REGISTER = `channels:
  x/GosportBC: { owner: comms.team, platforms: [x], approved: 2019-04-01, notice: https://www.gosport.gov.uk/social-media }
  facebook/GosportBoroughCouncil: { owner: comms.team, platforms: [facebook], approved: 2012-06-01, notice: https://www.gosport.gov.uk/social-media }
  instagram/gosportboroughcouncil: { owner: comms.team, platforms: [instagram], approved: 2018-03-15 }
`;

function configFrom(text: string | undefined) {
  const dir = mkdtempSync(join(tmpdir(), 'gbc-governance-'));
  if (text !== undefined) writeFileSync(join(dir, '.gbc-post-lint.yaml'), text);
  return new ConfigLoader({ stopAt: dir }).forFile(join(dir, 'draft.md'));
}

async function problems(draft: string, file = 'draft.md', config = REGISTER, run?: RunScope) {
  const result = await lintText(file, draft, configFrom(config), run);
  return result.diagnostics.map((d) => `${d.severity} ${d.ruleId}/${d.messageId} ${JSON.stringify(d.excerpt)}`);
}

describe('a new user', () => {
  it('is told why a TikTok post from an unregistered channel with a bit.ly link fails', async () => {
    const found = await problems('---\nchannel: tiktok/gosportbc\npurpose: marketing\n---\nSummer at Stokes Bay 🌊 Lifeguards on duty every weekend: bit.ly/gbc-beach\n');
    expect(found).toEqual(['error approved-channel/unregistered "tiktok/gosportbc"', 'error safe-links/shortener "bit.ly/gbc-beach"']);
  });

  it('is told that a comment-inviting post on a channel without a notice needs one', async () => {
    const found = await problems('channel: instagram/gosportboroughcouncil\npurpose: engagement\ntext: Which park is your favourite for a picnic? Tell us in the comments!\n', 'draft.yaml');
    expect(found).toEqual(['suggestion records-notice/invitation "in the comments"']);
  });

  it('is told that a correction needs a notation', async () => {
    const found = await problems(
      '---\nchannel: x/GosportBC\npurpose: engagement\ncorrects: https://x.com/GosportBC/status/1869601234567890123\n---\nFriday bins will be collected on Monday 28 December, not Saturday 26 December.\n',
    );
    expect(found).toEqual(['error corrections/noNotation "https://x.com/GosportBC/status/1869601234567890123"']);
  });

  it('is told that a form on a third-party site should be on the main website', async () => {
    const found = await problems('---\nchannel: facebook/GosportBoroughCouncil\npurpose: engagement\n---\nFill in our survey about Walpole Park by 30 April: https://forms.gle/Xy7TqW2mPa\n');
    expect(found).toEqual(['error main-website-link/thirdPartyForm "https://forms.gle/Xy7TqW2mPa"']);
  });

  it('gets nothing for a well-formed service announcement with a main-site link', async () => {
    const draft = [
      '---',
      'channel: x/GosportBC',
      'author: waste.team',
      'publish: 2026-03-02T09:00:00Z',
      'purpose: engagement',
      'topic: waste',
      '---',
      'Garden waste subscriptions for 2026/27 are open. Renew your subscription before 31 March: https://www.gosport.gov.uk/gardenwaste',
      '',
    ].join('\n');
    expect(await problems(draft)).toEqual([]);
  });

  it('gets one warning, not one per rule, when a draft does not say where it goes', async () => {
    // A long text with no metadata: no rule can check its length, and one says so.
    const draft = 'Bins are collected as normal on the Easter bank holiday. '.repeat(200) + '\n';
    // (Its missing purpose is another matter, reported by post-purpose.)
    expect(await problems(draft)).toEqual(['warning approved-channel/noPlatforms ""', 'warning post-purpose/missing ""']);
    expect(await problems(draft, 'stdin.md', 'rules: { post-purpose: off }\n')).toEqual([
      'suggestion approved-channel/noRegister ""',
      'warning approved-channel/noPlatforms ""',
    ]);
  });
});

describe('with no register configured', () => {
  it('says so once per run, on the first draft, and never more than a suggestion', async () => {
    const run = new RunScope();
    const strict = 'extends: strict\n';
    const draft = '---\nchannel: x/GosportBC\npurpose: engagement\n---\nThe Discovery Centre is closed on Monday for staff training.\n';
    const first = await problems(draft, 'a.md', strict, run);
    const second = await problems(draft, 'b.md', strict, run);
    expect(first).toEqual(['suggestion approved-channel/noRegister "x/GosportBC"']);
    expect(second).toEqual([]);
    // A draft linted on its own is a run of its own.
    expect(await problems(draft, 'c.md', strict)).toEqual(first);
  });
});

describe('planted problems (test/data/governance-problems.yaml)', () => {
  const cases = parse(readFileSync(join(import.meta.dirname, 'data', 'governance-problems.yaml'), 'utf8')) as { expect: string; excerpt: string; draft: string }[];
  it('each gives exactly its one finding', async () => {
    const wrong: string[] = [];
    for (const c of cases) {
      const file = c.draft.startsWith('---') ? 'draft.md' : 'draft.yaml';
      const found = (await problems(c.draft, file)).map((f) => f.replace(/^\w+ /, ''));
      if (found.length !== 1 || found[0] !== `${c.expect} ${JSON.stringify(c.excerpt)}`) wrong.push(`${JSON.stringify(found)} ← expected ${c.expect} ${JSON.stringify(c.excerpt)}`);
    }
    expect(wrong).toEqual([]);
    expect(cases.length).toBeGreaterThanOrEqual(30);
  }, 30_000);
});
