import type { Reporter } from './types.js';

/** The JSON document of DESIGN.md: version, results (every file, clean ones included) and summary. */
export const json: Reporter = (results, meta) => JSON.stringify({ version: 1, results, summary: meta.summary }, null, 2) + '\n';
