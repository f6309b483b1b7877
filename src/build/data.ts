// Run by `npm run build`: compiles each rule's term lists and dictionaries into dist/data/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { imageAltTextData } from '../../rules/image-alt-text/data.js';
import { profanityData } from '../../rules/profanity/data.js';
import { spellingData } from '../../rules/spelling/data.js';
import { COMPILED_DIR, compiledFile, type CompiledData } from '../util/compiled.js';

const all: CompiledData<unknown>[] = [imageAltTextData, profanityData, spellingData];

mkdirSync(COMPILED_DIR, { recursive: true });
for (const data of all) writeFileSync(compiledFile(data.name), JSON.stringify(await data.compile()));
