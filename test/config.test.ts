import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, ConfigLoader } from '../src/config/load.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'gbc-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

function configError(files: Record<string, string>, draft = 'draft.md'): ConfigError {
  const dir = project(files);
  try {
    new ConfigLoader({ stopAt: dir }).forFile(join(dir, draft));
  } catch (error) {
    if (error instanceof ConfigError) return error;
    throw error;
  }
  throw new Error('expected a configuration error');
}

describe('configuration', () => {
  it('uses the embedded defaults when there is no file', () => {
    const dir = project({});
    const config = new ConfigLoader({ stopAt: dir }).forFile(join(dir, 'draft.md'));
    expect(config.preset).toBe('recommended');
    expect([...config.rules.keys()]).toEqual([
      'approved-channel',
      'commerce',
      'conflicts-of-interest',
      'copyright',
      'corrections',
      'discrimination',
      'disrepute',
      'illegal',
      'image-alt-text',
      'main-website-link',
      'off-topic',
      'personal-data',
      'platform-length',
      'political',
      'post-purpose',
      'pre-election-period',
      'profanity',
      'records-notice',
      'respectful-tone',
      'safe-links',
      'security',
      'sexual',
      'spelling',
    ]);
    expect(config.rules.get('spelling')!.severity).toBe('warning');
    expect(config.settings.channels).toBeUndefined();
  });

  it('is found by walking up from the draft, and the nearest file wins', () => {
    const dir = project({
      '.gbc-post-lint.yaml': 'rules: { spelling: error }\n',
      'emergency/.gbc-post-lint.yaml': 'rules: { spelling: off }\n',
    });
    const loader = new ConfigLoader({ stopAt: dir });
    expect(loader.forFile(join(dir, 'a/b/draft.md')).rules.get('spelling')!.severity).toBe('error');
    expect(loader.forFile(join(dir, 'emergency/draft.md')).rules.has('spelling')).toBe(false);
  });

  it('applies options with their defaults, overrides by glob, then --rule', () => {
    const dir = project({
      '.gbc-post-lint.yaml': [
        'extends: strict',
        'dictionary: [Brockhurst]',
        'rules:',
        '  platform-length: { severity: warning, limits: { mastodon: 1000 } }',
        'overrides:',
        '  - files: ["emergency/**"]',
        '    rules: { spelling: off, platform-length: { limits: { x: 300 } } }',
        '',
      ].join('\n'),
    });
    const loader = new ConfigLoader({ stopAt: dir, ruleOverrides: new Map([['image-alt-text', 'suggestion']]) });
    const plain = loader.forFile(join(dir, 'draft.md'));
    expect(plain.rules.get('platform-length')).toMatchObject({ severity: 'warning', options: { limits: { mastodon: 1000, x: 280 } } });
    expect(plain.rules.get('spelling')!.severity).toBe('error'); // strict raises warning to error
    expect(plain.rules.get('image-alt-text')!.severity).toBe('suggestion');
    expect(plain.settings.dictionary).toEqual(['Brockhurst']);
    const emergency = loader.forFile(join(dir, 'emergency/storm.md'));
    expect(emergency.rules.has('spelling')).toBe(false);
    expect(emergency.rules.get('platform-length')).toMatchObject({ options: { limits: { mastodon: 1000, x: 300 } } });
  });

  it('rejects an unknown top-level key, naming the file, the key and its position', () => {
    const error = configError({ '.gbc-post-lint.yaml': 'rules: {}\ndictionnary: [Brockhurst]\n' });
    expect(error.file).toMatch(/\.gbc-post-lint\.yaml$/);
    expect(error.keyPath).toBe('dictionnary');
    expect(error.message).toContain('did you mean `dictionary`?');
    expect([error.line, error.column]).toEqual([2, 1]);
  });

  it('rejects a bad severity with what was expected', () => {
    const error = configError({ '.gbc-post-lint.yaml': 'rules:\n  spelling: warn\n' });
    expect(error.keyPath).toBe('rules.spelling');
    expect(error.detail).toMatch(/off, suggestion, warning, error/);
    expect(error.line).toBe(2);
  });

  it('rejects an unknown rule and an unknown option of a rule', () => {
    expect(configError({ '.gbc-post-lint.yaml': 'rules:\n  speling: error\n' }).message).toContain('did you mean `spelling`?');
    const option = configError({ '.gbc-post-lint.yaml': 'rules:\n  platform-length: { limits: { myspace: 10 } }\n' });
    expect(option.keyPath).toBe('rules.platform-length.limits.myspace');
  });

  it('rejects wrong types deep in the file', () => {
    const error = configError({
      '.gbc-post-lint.yaml': 'channels:\n  x/GosportBC: { owner: comms.team, platforms: [twitter] }\n',
    });
    expect(error.keyPath).toBe('channels.x/GosportBC.platforms.0');
    expect(error.detail).toMatch(/expected one of/);
  });

  it('rejects an election that ends before it starts, and invalid YAML', () => {
    expect(configError({ '.gbc-post-lint.yaml': 'elections:\n  - { name: E, from: 2026-05-07, to: 2026-03-27 }\n' }).keyPath).toBe('elections.0.to');
    expect(configError({ '.gbc-post-lint.yaml': 'rules: [\n' }).detail).toMatch(/not valid YAML/);
  });

  it('reads a channel\'s notice, partners and councillors', () => {
    const dir = project({
      '.gbc-post-lint.yaml': [
        'channels:',
        '  x/GosportBC: { owner: comms.team, platforms: [x], notice: https://www.gosport.gov.uk/social-media }',
        'allow:',
        '  partners: [Hampshire Constabulary, Portsmouth Water]',
        'councillors: [Cllr A. Example]',
        '',
      ].join('\n'),
    });
    const settings = new ConfigLoader({ stopAt: dir }).forFile(join(dir, 'draft.md')).settings;
    expect(settings.channels!['x/GosportBC']!.notice).toBe('https://www.gosport.gov.uk/social-media');
    expect(settings.allow.partners).toEqual(['Hampshire Constabulary', 'Portsmouth Water']);
    expect(settings.councillors).toEqual(['Cllr A. Example']);
    const empty = project({});
    const none = new ConfigLoader({ stopAt: empty }).forFile(join(empty, 'draft.md')).settings;
    expect([none.allow.partners, none.councillors]).toEqual([[], []]);
  });

  it('rejects a notice that is not a web address, and partners or councillors that are not lists of names', () => {
    const notice = configError({ '.gbc-post-lint.yaml': 'channels:\n  x/GosportBC: { owner: comms.team, platforms: [x], notice: our website }\n' });
    expect(notice.file).toMatch(/\.gbc-post-lint\.yaml$/);
    expect(notice.keyPath).toBe('channels.x/GosportBC.notice');
    expect(notice.detail).toMatch(/web address/);
    expect([notice.line, notice.column]).toEqual([2, 61]);
    const partners = configError({ '.gbc-post-lint.yaml': 'allow:\n  partners: Hampshire Constabulary\n' });
    expect(partners.keyPath).toBe('allow.partners');
    expect(partners.line).toBe(2);
    const councillor = configError({ '.gbc-post-lint.yaml': 'councillors: [Cllr A. Example, "  "]\n' });
    expect(councillor.keyPath).toBe('councillors.1');
    expect(councillor.detail).toMatch(/must not be empty/);
    expect(configError({ '.gbc-post-lint.yaml': 'allow:\n  partner: [Portsmouth Water]\n' }).keyPath).toBe('allow.partner');
  });

  it('--config must exist', () => {
    expect(() => new ConfigLoader({ configFile: '/nonexistent/config.yaml' })).toThrow(ConfigError);
  });

  it('reports every problem in the file, each with its line, in file order', () => {
    const error = configError({
      '.gbc-post-lint.yaml': ['dictionnary: [Brockhurst]', 'rules:', '  spelling: warn', '  speling: error', 'elections: yes', ''].join('\n'),
    });
    expect(error.problems.map((p) => [p.keyPath, p.line])).toEqual([
      ['dictionnary', 1],
      ['rules.spelling', 3],
      ['rules.speling', 4],
      ['elections', 5],
    ]);
    expect(error.message).toContain('(4 problems)');
    expect(error.message).toMatch(/\n {2}3:13 +rules\.spelling: expected a severity/);
    expect(error.message).toMatch(/\n {2}4:3 +rules\.speling: unknown rule; did you mean `spelling`\?/);
  });

  it('reports every YAML syntax error with its line', () => {
    const error = configError({ '.gbc-post-lint.yaml': 'rules: {}\nrules: {}\ndictionary: [a\n' });
    expect(error.problems.length).toBeGreaterThanOrEqual(2);
    expect(error.problems.every((p) => p.line && /not valid YAML/.test(p.detail))).toBe(true);
  });

  it('explains a top-level key inside an override in plain words', () => {
    const error = configError({
      '.gbc-post-lint.yaml': 'overrides:\n  - files: ["emergency/**"]\n    channels: { x/GosportBC: { owner: a, platforms: [x] } }\n    rulez: {}\n',
    });
    expect(error.problems.map((p) => p.keyPath)).toEqual(['overrides.0.channels', 'overrides.0.rulez']);
    expect(error.problems[0]!.detail).toMatch(/^`channels` cannot be set in an override: an override changes only `rules`/);
    expect(error.problems[0]!.line).toBe(3);
    expect(error.problems[1]!.detail).toContain('did you mean `rules`?');
  });

  it('names an unknown platform in `limits` as a platform, and says "more than 0" for a positive number', () => {
    const error = configError({ '.gbc-post-lint.yaml': 'rules:\n  platform-length: { limits: { twitter: 280, myspace: 10, x: 0 } }\n' });
    const byPath = Object.fromEntries(error.problems.map((p) => [p.keyPath, p.detail]));
    expect(byPath['rules.platform-length.limits.twitter']).toMatch(/^`twitter` is not a platform; did you mean `x`\? The platforms are x, bluesky/);
    expect(byPath['rules.platform-length.limits.myspace']).toMatch(/^`myspace` is not a platform/);
    expect(byPath['rules.platform-length.limits.x']).toBe('must be more than 0');
    expect(error.message).not.toContain('exclusive');
  });

  it('accepts .gbc-post-lint.yml; with both names in one folder .yaml applies and a notice says so', () => {
    const dir = project({ '.gbc-post-lint.yml': 'rules: { spelling: off }\n' });
    const loader = new ConfigLoader({ stopAt: dir });
    expect(loader.forFile(join(dir, 'draft.md')).rules.has('spelling')).toBe(false);
    expect(loader.notices.size).toBe(0);

    const both = project({ '.gbc-post-lint.yml': 'rules: { spelling: off }\n', '.gbc-post-lint.yaml': 'rules: { spelling: error }\n' });
    const second = new ConfigLoader({ stopAt: both });
    expect(second.forFile(join(both, 'draft.md')).rules.get('spelling')!.severity).toBe('error');
    expect([...second.notices].join()).toMatch(/has both \.gbc-post-lint\.yaml and \.gbc-post-lint\.yml: \.gbc-post-lint\.yaml applies/);
  });

  it("a folder's configuration extends the one above it, unless it says root: true", () => {
    const dir = project({
      '.gbc-post-lint.yaml': 'extends: strict\ndictionary: [Brockhurst]\nrules: { profanity: warning }\noverrides:\n  - files: ["**/storm.md"]\n    rules: { spelling: off }\n',
      'emergency/.gbc-post-lint.yaml': 'dictionary: [Daedalus]\nrules: { image-alt-text: suggestion }\n',
      'archive/.gbc-post-lint.yaml': 'root: true\ndictionary: [Rowner]\n',
    });
    const loader = new ConfigLoader({ stopAt: dir });
    const emergency = loader.forFile(join(dir, 'emergency/flood.md'));
    expect(emergency.preset).toBe('strict');
    expect(emergency.settings.dictionary).toEqual(['Brockhurst', 'Daedalus']);
    expect(emergency.rules.get('profanity')!.severity).toBe('warning');
    expect(emergency.rules.get('image-alt-text')!.severity).toBe('suggestion');
    expect(emergency.settings.configFile).toBe(join(dir, 'emergency/.gbc-post-lint.yaml'));
    // The parent's override globs stay relative to the parent's folder.
    expect(loader.forFile(join(dir, 'emergency/storm.md')).rules.has('spelling')).toBe(false);

    const archive = loader.forFile(join(dir, 'archive/old.md'));
    expect(archive.preset).toBe('recommended');
    expect(archive.settings.dictionary).toEqual(['Rowner']);
    expect(archive.rules.get('profanity')!.severity).toBe('error');
  });

  it('extends a shared file by a path relative to the configuration naming it; its globs are relative to that configuration', () => {
    const dir = project({
      'shared/council.gbc-post-lint.yaml': 'extends: strict\ndictionary: [Daedalus]\nignores: ["notes/**"]\noverrides:\n  - files: ["emergency/**"]\n    rules: { spelling: off }\n',
      'team/.gbc-post-lint.yaml': 'root: true\nextends: ../shared/council.gbc-post-lint.yaml\ndictionary: [Rowner]\n',
    });
    const loader = new ConfigLoader({ stopAt: dir });
    const config = loader.forFile(join(dir, 'team/a.md'));
    expect(config.preset).toBe('strict');
    expect(config.settings.dictionary).toEqual(['Daedalus', 'Rowner']);
    expect(loader.forFile(join(dir, 'team/emergency/a.md')).rules.has('spelling')).toBe(false);
    expect(loader.ignoredBy(join(dir, 'team/notes/a.md'))).toBe(join(dir, 'shared/council.gbc-post-lint.yaml'));
    expect(loader.ignoredBy(join(dir, 'shared/notes/a.md'))).toBeUndefined();
    expect(loader.configFiles().has(join(dir, 'shared/council.gbc-post-lint.yaml'))).toBe(true);
  });

  it('names the file for a missing shared configuration, a cycle, and an unknown preset', () => {
    const missing = configError({ '.gbc-post-lint.yaml': 'rules: {}\nextends: ./nowhere.yaml\n' });
    expect(missing.file).toMatch(/\.gbc-post-lint\.yaml$/);
    expect(missing.line).toBe(2);
    expect(missing.detail).toMatch(/`\.\/nowhere\.yaml` does not exist \(looked for .*nowhere\.yaml\)/);
    // ... reported with the file's other problems.
    const withOthers = configError({ '.gbc-post-lint.yaml': 'extends: ./nowhere.yaml\nrules: { speling: off }\n' });
    expect(withOthers.problems.map((p) => p.keyPath)).toEqual(['extends', 'rules.speling']);

    const cycle = configError({
      '.gbc-post-lint.yaml': 'extends: ./a.gbc-post-lint.yaml\n',
      'a.gbc-post-lint.yaml': 'extends: ./b.gbc-post-lint.yaml\n',
      'b.gbc-post-lint.yaml': 'extends: [strict, ./a.gbc-post-lint.yaml]\n',
    });
    expect(cycle.file).toMatch(/b\.gbc-post-lint\.yaml$/);
    expect(cycle.detail).toMatch(/a cycle \(a\.gbc-post-lint\.yaml → b\.gbc-post-lint\.yaml → a\.gbc-post-lint\.yaml\)/);

    expect(configError({ '.gbc-post-lint.yaml': 'extends: recomended\n' }).detail).toMatch(/unknown preset `recomended`; did you mean `recommended`\?/);
  });

  it('`ignores` globs are relative to the configuration file; a folder pattern covers what is inside it', () => {
    const dir = project({ 'drafts/.gbc-post-lint.yaml': 'ignores: ["templates/", "**/*.draft.md", "README.md"]\n' });
    const loader = new ConfigLoader({ stopAt: dir });
    const config = join(dir, 'drafts/.gbc-post-lint.yaml');
    expect(loader.ignoredBy(join(dir, 'drafts/templates/a.md'))).toBe(config);
    expect(loader.ignoredBy(join(dir, 'drafts/templates'), true)).toBe(config);
    expect(loader.ignoredBy(join(dir, 'drafts/x/y.draft.md'))).toBe(config);
    expect(loader.ignoredBy(join(dir, 'drafts/README.md'))).toBe(config);
    expect(loader.ignoredBy(join(dir, 'drafts/x/README.md'))).toBeUndefined();
    expect(loader.ignoredBy(join(dir, 'README.md'))).toBeUndefined();
  });
});
