import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CONFIG_SCHEMA_FILE, configJsonSchema, serialiseSchema } from '../src/config/json-schema.js';
import { ConfigError, ConfigLoader } from '../src/config/load.js';
import { RULES } from '../src/registry.js';

/**
 * The committed JSON Schema of `.gbc-post-lint.yaml` is what editors check
 * configurations with: it must be what the code generates, and say yes and no
 * where the loader does.
 */
describe('schema/gbc-post-lint.schema.json', () => {
  it('is up to date with the code (after adding a rule, an option or a config key: npm run schema, and commit the file)', () => {
    const committed = readFileSync(CONFIG_SCHEMA_FILE, 'utf8');
    expect(committed === serialiseSchema(configJsonSchema()), 'schema/gbc-post-lint.schema.json is out of date: run `npm run schema` and commit it').toBe(true);
  });

  const schema = JSON.parse(readFileSync(CONFIG_SCHEMA_FILE, 'utf8')) as { $schema: string; definitions: { rules: { properties: Record<string, unknown> } } };
  const ajv = new Ajv({ allErrors: true });
  // Dates are also checked by the schema's pattern; the format keyword needs a name to be accepted.
  ajv.addFormat('date', /^\d{4}-\d{2}-\d{2}$/);
  // A web address, as the loader checks it (a channel's `notice`).
  ajv.addFormat('uri', { validate: (value: string) => URL.canParse(value) });
  const validate = ajv.compile(schema);

  it('is draft-07 and lists every rule', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(Object.keys(schema.definitions.rules.properties)).toEqual(RULES.map((r) => r.id));
  });

  /** The loader's verdict on a configuration file with this text. */
  function loaderAccepts(yaml: string): boolean {
    const dir = mkdtempSync(join(tmpdir(), 'gbc-schema-'));
    writeFileSync(join(dir, '.gbc-post-lint.yaml'), yaml);
    try {
      new ConfigLoader({ stopAt: dir }).forFile(join(dir, 'draft.md'));
      return true;
    } catch (error) {
      if (error instanceof ConfigError) return false;
      throw error;
    }
  }

  const readme = readFileSync(join(import.meta.dirname, '..', 'README.md'), 'utf8');
  const readmeConfig = /## Configuration[\s\S]*?```yaml\n([\s\S]*?)```/.exec(readme)![1]!;

  const cases: [string, string][] = [
    ['the README example', readmeConfig],
    ['an empty file', '{}\n'],
    ['a severity', 'rules: { spelling: error }\n'],
    ['options and a severity', 'rules: { spelling: { severity: warning, checkNames: true, words: [Brockhurst] } }\n'],
    ['nested options', 'rules: { platform-length: { limits: { mastodon: 1000 } } }\n'],
    ['options in an override', 'overrides:\n  - files: ["emergency/**"]\n    rules: { spelling: off, profanity: { allow: [Scunthorpe] } }\n'],
    ['a channel register', 'channels:\n  x/GosportBC: { owner: comms.team, platforms: [x], approved: 2019-04-01 }\n'],
    ['an unknown key', 'rulez: { spelling: off }\n'],
    ['an unknown rule', 'rules: { speling: off }\n'],
    ['an unknown option', 'rules: { spelling: { checkNamez: true } }\n'],
    ['an option of the wrong type', 'rules: { spelling: { suggestions: lots } }\n'],
    ['an option out of range', 'rules: { spelling: { suggestions: 51 } }\n'],
    ['a nested option unknown', 'rules: { platform-length: { limits: { myspace: 100 } } }\n'],
    ['a bad severity', 'rules: { spelling: fatal }\n'],
    ['a bad severity in an object', 'rules: { spelling: { severity: loud } }\n'],
    ['an unknown rule in an override', 'overrides:\n  - files: ["a/**"]\n    rules: { speling: off }\n'],
    ['an override without files', 'overrides:\n  - rules: { spelling: off }\n'],
    ['a channel without an owner', 'channels:\n  x/GosportBC: { platforms: [x] }\n'],
    ['an unknown platform', 'channels:\n  x/GosportBC: { owner: comms, platforms: [myspace] }\n'],
    ['an unknown preset', 'extends: lenient\n'],
    ['an election with a bad date', 'elections:\n  - { name: Borough, from: 27/03/2026, to: 2026-05-07 }\n'],
  ];

  it.each(cases)('agrees with the loader on %s', (_name, yaml) => {
    const accepted = loaderAccepts(yaml);
    expect(validate(parse(yaml) ?? {}), JSON.stringify(validate.errors)).toBe(accepted);
  });

  it('accepts the README example and refuses at least the mistakes above', () => {
    const verdicts = cases.map(([, yaml]) => validate(parse(yaml) ?? {}));
    expect(verdicts.filter(Boolean)).toHaveLength(7);
  });
});
