/** Policy clauses as written in reports: numbered clauses as `§19`, others (`DPA 2018`) as they are. */
export function clauses(policy: readonly string[]): string {
  return policy.map((p) => (/^\d+$/.test(p) ? `§${p}` : p)).join(' ');
}
