import { join } from 'node:path';
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import { PACKAGE_ROOT } from '../paths.js';
import { RULES } from '../registry.js';
import { configSchema, PRESETS, severitySetting } from './schema.js';

/** The committed schema; `npm run schema` writes it again from the code. */
export const CONFIG_SCHEMA_FILE = join(PACKAGE_ROOT, 'schema', 'gbc-post-lint.schema.json');

type JsonSchema = Record<string, unknown>;

/** Draft-07, which older editors' YAML and JSON language servers understand. */
const toJson = (schema: $ZodType): JsonSchema => {
  const { $schema: _, ...rest } = z.toJSONSchema(schema, { target: 'draft-7', io: 'input' }) as JsonSchema;
  return rest;
};

/**
 * The JSON Schema of `.gbc-post-lint.yaml`, for editors: generated from the zod
 * schema the loader validates with, where `rules` (top level and in `overrides`)
 * lists each rule with its own options schema, so that an editor completes and
 * checks `rules.spelling.checkNames` as the loader does.
 */
export function configJsonSchema(): JsonSchema {
  const config = toJson(configSchema) as { properties: Record<string, JsonSchema> };
  const rules: JsonSchema = {
    type: 'object',
    description: 'Rules to switch off or on, at a severity and/or with options. `gbc-post-lint rules` lists them.',
    properties: Object.fromEntries(RULES.map((meta) => [meta.id, ruleEntry(meta.id, meta.description, meta.options)])),
    additionalProperties: false,
  };
  const overrides = config.properties.overrides as { items: { properties: Record<string, unknown> } };
  overrides.items.properties.rules = { $ref: '#/definitions/rules' };
  config.properties.rules = { $ref: '#/definitions/rules' };
  // The loader takes a preset's name or the path of a shared file (it has a slash or ends in .yaml/.yml);
  // the zod schema accepts any string and leaves that check to the loader's own plain message.
  const preset = {
    anyOf: [
      { type: 'string', enum: [...PRESETS] },
      { type: 'string', pattern: '[/\\\\]|\\.[yY][aA]?[mM][lL]$' },
    ],
  };
  config.properties.extends = { ...config.properties.extends, anyOf: [preset, { type: 'array', items: preset }] };
  delete (config.properties.extends as Record<string, unknown>).type;
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    title: 'gbc-post-lint configuration (.gbc-post-lint.yaml)',
    ...config,
    definitions: { severity: toJson(severitySetting), rules },
  };
}

/** A rule's entry: a severity, or an object with an optional severity and the rule's options. */
function ruleEntry(id: string, description: string, options: $ZodType): JsonSchema {
  const object = toJson(options);
  if (object.type !== 'object' || typeof object.properties !== 'object') {
    throw new Error(`Rule ${id}: its options schema must be an object, to be written as { severity, …options }`);
  }
  return {
    description,
    anyOf: [
      { $ref: '#/definitions/severity' },
      { ...object, properties: { severity: { $ref: '#/definitions/severity' }, ...(object.properties as JsonSchema) } },
    ],
  };
}

/** The file's text: two-space JSON and a final new line, as the repository keeps JSON. */
export function serialiseSchema(schema: JsonSchema): string {
  return JSON.stringify(schema, null, 2) + '\n';
}
