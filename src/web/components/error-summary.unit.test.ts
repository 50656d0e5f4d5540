import { describe, expect, it } from 'vitest';
import { summaryItems } from './error-summary.tsx';

describe('error summary items', () => {
  const fields = ['email', 'password'] as const;

  it('lists the problem first, then the field errors in the order of the fields, not of the errors', () => {
    expect(summaryItems('Refused', fields, { password: 'Missing password', email: 'Missing e-mail' })).toEqual([
      { message: 'Refused' },
      { targetId: 'email', message: 'Missing e-mail' },
      { targetId: 'password', message: 'Missing password' },
    ]);
  });

  it('leaves out fields without an error and links to the control targetOf names', () => {
    expect(summaryItems(null, fields, { password: 'Too short' }, (field) => `${field}-input`)).toEqual([
      { targetId: 'password-input', message: 'Too short' },
    ]);
    expect(summaryItems(null, fields, {})).toEqual([]);
  });
});
