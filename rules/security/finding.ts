/** The messages of terms.yaml's risk phrases (an entry's `message:`), and `risk` for the `terms` option's. */
export type RiskMessage = 'risk' | 'empty' | 'key' | 'alarm' | 'unlocked';

/** Something the security rule reports, in offsets of the published text. */
export interface Finding {
  start: number;
  end: number;
  messageId: 'password' | 'code' | 'wifi' | 'privateAddress' | 'internalHost' | 'adminUrl' | 'token' | 'rota' | RiskMessage;
  /** What was found, in words that do not repeat it ("a key-safe code"). */
  what: string;
}

/** Most serious first: where findings overlap, the first one is kept. */
const PRIORITY: Finding['messageId'][] = ['token', 'wifi', 'code', 'password', 'privateAddress', 'adminUrl', 'internalHost', 'rota', 'empty', 'key', 'alarm', 'unlocked', 'risk'];

/** One finding per stretch of text: a credential inside a link is reported as the credential. */
export function keepMostSerious(findings: Finding[]): Finding[] {
  const ranked = [...findings].sort((a, b) => PRIORITY.indexOf(a.messageId) - PRIORITY.indexOf(b.messageId) || a.start - b.start);
  const kept: Finding[] = [];
  for (const f of ranked) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}
