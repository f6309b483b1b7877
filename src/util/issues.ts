import type { $ZodIssue } from 'zod/v4/core';

/**
 * English for a validation issue, written for the person editing the file
 * (zod/mini carries no messages of its own, which keeps start-up light).
 * A message given in the schema (`{ error: '…' }`) wins.
 */
export function describeIssue(issue: $ZodIssue): string {
  if (issue.message && issue.message !== 'Invalid input') return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      return `expected ${article(issue.expected)}${received(issue.input)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}${received(issue.input)}`;
    case 'too_small':
      if (issue.origin === 'string') return issue.minimum === 1 ? 'must not be empty' : `must be at least ${issue.minimum} characters`;
      if (issue.origin === 'array') return issue.minimum === 1 ? 'must list at least one item' : `must list at least ${issue.minimum} items`;
      return issue.inclusive ? `must be at least ${issue.minimum}` : `must be more than ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `must be at most ${issue.maximum} characters`;
      return issue.inclusive ? `must be at most ${issue.maximum}` : `must be less than ${issue.maximum}`;
    case 'invalid_format':
      return `expected ${FORMATS[issue.format] ?? `a valid ${issue.format}`}${received(issue.input)}`;
    case 'not_multiple_of':
      return `must be a multiple of ${issue.divisor}`;
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `\`${k}\``).join(', ')}`;
    case 'invalid_union':
      return 'is not any of the accepted forms';
    default:
      return 'is not valid';
  }
}

const FORMATS: Record<string, string> = {
  date: 'a date such as 2026-12-18',
  datetime: 'a date and time such as 2026-12-18T09:00:00Z',
  url: 'a web address (https://…)',
  email: 'an e-mail address',
};

function article(type: string): string {
  const names: Record<string, string> = { array: 'a list', object: 'a mapping of keys to values', record: 'a mapping of keys to values', string: 'text', int: 'a whole number' };
  return names[type] ?? `a ${type}`;
}

function received(input: unknown): string {
  if (input === undefined) return '';
  if (input === null) return ', got nothing';
  if (Array.isArray(input)) return ', got a list';
  if (typeof input === 'object') return ', got a mapping';
  return `, got ${JSON.stringify(input)}`;
}
