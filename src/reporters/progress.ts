import type { Io } from '../cli.js';

/** Below this many drafts a run is over before a progress line would help. */
export const PROGRESS_MIN_FILES = 40;
/** At most this often, so that drawing the line never costs more than linting. */
const INTERVAL_MS = 100;

export interface Progress {
  update(done: number, total: number): void;
  /** Removes the line, leaving the terminal as it was. */
  clear(): void;
}

/**
 * A "linted 120 of 2,000 drafts" line on standard error, redrawn in place,
 * for long runs in a terminal. Never on standard output (the report's), never
 * when standard error is not a terminal (a CI log, a file), and never for a
 * machine-read format piped elsewhere, whose reader may share the terminal.
 */
export function progressFor(io: Io, total: number, format: string): Progress | undefined {
  const show = io.stderrIsTTY === true && total >= PROGRESS_MIN_FILES && (format === 'stylish' || io.isTTY);
  if (!show) return undefined;
  const now = io.now ?? Date.now;
  let last = -Infinity;
  let drawn = false;
  return {
    update(done, all) {
      const time = now();
      if (done < all && time - last < INTERVAL_MS) return;
      last = time;
      drawn = true;
      io.stderr(`\r\u001b[2Kgbc-post-lint: linted ${done.toLocaleString('en-GB')} of ${all.toLocaleString('en-GB')} drafts`);
    },
    clear() {
      if (drawn) io.stderr('\r\u001b[2K');
    },
  };
}
