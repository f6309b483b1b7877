import type { DraftFormat } from './post.js';

export type Decoded = { ok: true; text: string } | { ok: false; message: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Decodes a draft's bytes as UTF-8 (a BOM is dropped), refusing binary files and other encodings. */
export function decodeDraft(bytes: Uint8Array): Decoded {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, message: 'The file is UTF-16 text; save it as UTF-8.' };
  }
  if (bytes.subarray(0, 8000).includes(0)) {
    return { ok: false, message: 'This is a binary file, not a draft (markdown or YAML text).' };
  }
  try {
    return { ok: true, text: utf8.decode(bytes) };
  } catch {
    return { ok: false, message: 'The file is not valid UTF-8 text; save it as UTF-8.' };
  }
}

/** A draft's format from its name: `.yaml`/`.yml` are YAML, everything else markdown. */
export function formatOf(path: string): DraftFormat {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'markdown';
}

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.yaml', '.yml'];
