import type { Io } from '../cli.js';
import { coverage } from '../policy/clauses.js';

/** `gbc-post-lint policy`: the coverage matrix, as a table or JSON. */
export async function policy(format: string, io: Io): Promise<number> {
  const rows = await coverage();
  if (format === 'json') {
    io.stdout(JSON.stringify(rows, null, 2) + '\n');
    return 0;
  }
  const label = (clause: string) => (/^\d+$/.test(clause) ? `§${clause}` : clause);
  const width = Math.max(...rows.map((r) => label(r.clause).length));
  const out = rows.map((r) => {
    const head = `${label(r.clause).padEnd(width)}  ${r.title}`;
    const how = r.rules.length ? `enforced by: ${r.rules.join(', ')}` : `process: ${r.process ?? 'NOT COVERED (no rule, no reason)'}`;
    return `${head}\n${' '.repeat(width + 2)}${how}`;
  });
  const enforced = rows.filter((r) => r.rules.length).length;
  out.push('', `${enforced} of ${rows.length} clauses enforced by rules; ${rows.length - enforced} are processes a draft cannot show.`, '');
  io.stdout(out.join('\n'));
  return 0;
}
