import { z } from 'zod';

/**
 * Plain words for the checks whose contract schema carries no message of its own (a schema's own
 * message, e.g. "Use at least 10 characters", always wins over these).
 */
export function plainZodMessage(issue: z.core.$ZodRawIssue): string | undefined {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'number') return 'Enter a number';
      return 'Fill in this field';
    case 'too_small':
      if (issue.origin === 'string') {
        return Number(issue.minimum) <= 1 ? 'Fill in this field' : `Use at least ${issue.minimum} characters`;
      }
      if (issue.origin === 'array') return `Choose at least ${issue.minimum}`;
      return `At least ${issue.minimum}`;
    case 'too_big':
      if (issue.origin === 'string') return `Use at most ${issue.maximum} characters`;
      if (issue.origin === 'array') return `At most ${issue.maximum}`;
      return `At most ${issue.maximum}`;
    case 'invalid_format':
      return 'Check the format of this field';
    case 'invalid_value':
      return 'Choose one of the options';
    case 'unrecognized_keys':
      return 'This form sent a field the server does not know';
    default:
      return undefined;
  }
}

z.config({ customError: plainZodMessage });
