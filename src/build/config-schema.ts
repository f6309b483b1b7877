// `npm run schema`: writes schema/gbc-post-lint.schema.json from the configuration's zod
// schemas and the rules' option schemas. Run it after adding a rule, an option or a config key.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { CONFIG_SCHEMA_FILE, configJsonSchema, serialiseSchema } from '../config/json-schema.js';

mkdirSync(dirname(CONFIG_SCHEMA_FILE), { recursive: true });
writeFileSync(CONFIG_SCHEMA_FILE, serialiseSchema(configJsonSchema()));
process.stdout.write(`Wrote ${CONFIG_SCHEMA_FILE}\n`);
