import { describe, expect, it } from 'vitest';
import { taskCreateInput } from '../../../shared/schemas/tasks.ts';
import { checkTaskForm, isIsoDate, taskRequestOf } from './task-validation.ts';

const values = (overrides: Partial<{ title: string; assigneeUserId: string; dueOn: string }> = {}) => ({
  title: 'Boka tolk',
  assigneeUserId: '',
  dueOn: '',
  ...overrides,
});

describe('checkTaskForm', () => {
  it.each([
    ['a title and nothing else', values(), {}],
    ['no title', values({ title: '  ' }), { title: 'titleRequired' }],
    ['a title too long', values({ title: 'x'.repeat(501) }), { title: 'titleTooLong' }],
    ['the longest title', values({ title: 'x'.repeat(500) }), {}],
    ['an impossible date', values({ dueOn: '2025-02-30' }), { dueOn: 'dueInvalid' }],
    ['a leap day', values({ dueOn: '2024-02-29' }), {}],
    ['a Swedish-looking date', values({ dueOn: '31/12/2025' }), { dueOn: 'dueInvalid' }],
    ['year zero', values({ dueOn: '0000-01-01' }), { dueOn: 'dueInvalid' }],
  ])('%s', (_name, input, expected) => {
    expect(checkTaskForm(input)).toEqual(expected);
  });

  it.each(['2024-02-29', '2025-02-29', '2025-13-01', '2025-00-10', '1899-12-31', '1900-01-01', '2999-12-31', '3000-01-01', '2025-1-1'])(
    'agrees with the server schema about %s',
    (date) => {
      const server = taskCreateInput.safeParse({ title: 'A', dueOn: date }).success;
      expect(isIsoDate(date)).toBe(server);
    },
  );
});

describe('taskRequestOf', () => {
  it('trims and sends null for what was left empty', () => {
    expect(taskRequestOf(values({ title: ' Ring ', dueOn: '' }))).toEqual({ title: 'Ring', assigneeUserId: null, dueOn: null });
  });
});
