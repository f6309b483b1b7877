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
    expect([...config.rules.keys()]).toEqual(['image-alt-text', 'platform-length', 'profanity', 'security', 'spelling']);
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

  it('--config must exist', () => {
    expect(() => new ConfigLoader({ configFile: '/nonexistent/config.yaml' })).toThrow(ConfigError);
  });
});
