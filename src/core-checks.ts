import type { Category, RawDiagnostic, Severity, Span } from './types.js';

/**
 * Checks built into the engine rather than written as rules: they guard the
 * draft and the policy exceptions themselves, so they cannot be switched off
 * or waived.
 */
export const CORE_CHECKS = {
  input: {
    category: 'input',
    severity: 'error',
    policy: [],
    description: 'The draft cannot be read or parsed (missing, unreadable, binary, not UTF-8, invalid YAML, over 1 MiB, nested too deeply).',
  },
  metadata: {
    category: 'input',
    severity: 'error',
    policy: [],
    description: 'A front matter or post field is unknown, of the wrong type or invalid, or there is no post text.',
  },
  exception: {
    category: 'channel',
    severity: 'error',
    policy: ['8'],
    description: 'A §8 exception lacks its rules, reason or approvers, names an unknown rule, or waives nothing.',
  },
  directive: {
    category: 'channel',
    severity: 'warning',
    policy: ['8'],
    description: 'An inline disable comment names an unknown rule, gives no reason, or suppresses nothing.',
  },
  'internal-error': {
    category: 'input',
    severity: 'error',
    policy: [],
    description: 'A rule failed on this draft; the other rules and files are still checked. Please report it.',
  },
} as const satisfies Record<string, { category: Category; severity: Severity; policy: string[]; description: string }>;

export type CoreCheckId = keyof typeof CORE_CHECKS;

export function coreDiagnostic(
  id: CoreCheckId,
  message: string,
  span: Span,
  post: number | null,
  extra: Partial<Pick<RawDiagnostic, 'messageId' | 'data' | 'suggestions' | 'severity' | 'entry' | 'threadPost'>> = {},
): RawDiagnostic {
  const check = CORE_CHECKS[id];
  return {
    ruleId: id,
    category: check.category,
    severity: check.severity,
    policy: [...check.policy],
    message,
    post,
    span,
    ...extra,
  };
}
