import type { DraftFormat } from './post.js';

export type Decoded =
  | { ok: true; text: string }
  /** `at`: where the first bad byte is, in `text` (the file decoded with U+FFFD for bad bytes). */
  | { ok: false; message: string; text?: string; at?: number };

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
    return invalidUtf8(bytes);
  }
}

/**
 * Where a file stops being UTF-8: the text decoded with U+FFFD in place of each bad sequence,
 * and the first U+FFFD that the file does not itself contain (as the bytes EF BF BD).
 */
function invalidUtf8(bytes: Uint8Array): Decoded {
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const encoder = new TextEncoder();
  for (let at = text.indexOf('\uFFFD'); at >= 0; at = text.indexOf('\uFFFD', at + 1)) {
    // Everything before the first bad sequence decoded exactly, so it encodes back to the same bytes.
    const byte = bom + encoder.encode(text.slice(0, at)).length;
    if (bytes[byte] === 0xef && bytes[byte + 1] === 0xbf && bytes[byte + 2] === 0xbd) continue;
    const hex = `0x${bytes[byte]!.toString(16).toUpperCase().padStart(2, '0')}`;
    return {
      ok: false,
      message: `The file is not valid UTF-8 text: byte ${hex} here is not UTF-8 (the file was probably saved as Windows-1252 or Latin-1); save it as UTF-8.`,
      text,
      at,
    };
  }
  return { ok: false, message: 'The file is not valid UTF-8 text; save it as UTF-8.' };
}

/** A draft's format from its name: `.yaml`/`.yml` are YAML, everything else markdown. */
export function formatOf(path: string): DraftFormat {
  return /\.ya?ml$/i.test(path) ? 'yaml' : 'markdown';
}

export const DRAFT_EXTENSIONS = ['.md', '.markdown', '.yaml', '.yml'];
