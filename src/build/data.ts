// Run by `npm run build`: compiles each rule's term lists and dictionaries into dist/data/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { imageAltTextData } from '../../rules/image-alt-text/data.js';
import { profanityData } from '../../rules/profanity/data.js';
import { spellingData } from '../../rules/spelling/data.js';
import { COMPILED_DIR, compiledFile, type CompiledData } from '../util/compiled.js';

const all: CompiledData<unknown>[] = [imageAltTextData, profanityData, spellingData];

mkdirSync(COMPILED_DIR, { recursive: true });
// Non-ASCII characters (café) are written as \u escapes, so that the file is ASCII and a run can
// read it as Latin-1, several times faster than decoding UTF-8 (see loadCompiled).
const ascii = (json: string) => json.replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
for (const data of all) writeFileSync(compiledFile(data.name), ascii(JSON.stringify(await data.compile())));
