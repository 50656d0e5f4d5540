import { describe, expect, it } from 'vitest';
import './zod-config.ts';
import { caseLinkInput } from '../shared/schemas/cases.ts';
import { fieldErrorsOf, firstPartField, otherProblems, problemsOfFieldErrors, problemsOfIssues, type FieldWording } from './form-errors.ts';

const fields = ['reference', 'kind'] as const;
type Field = (typeof fields)[number];
const wording: FieldWording<Field> = {
  fieldOf: firstPartField(fields),
  messageOf: (field, code) => `${field}:${code}`,
};

describe('field errors from the shared schema', () => {
  it('gives each field the message for its first issue, by the issue code', () => {
    const result = caseLinkInput.safeParse({ reference: 'NMT-1', kind: '' });
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(fieldErrorsOf(problemsOfIssues(result.error.issues), wording)).toEqual({
      reference: 'reference:invalid_format',
      kind: 'kind:invalid_value',
    });
  });

  it('writes nested issue paths as the server does', () => {
    expect(problemsOfIssues([{ path: ['person', 'citizenships', 0], code: 'invalid_format' }])).toEqual([
      { path: 'person.citizenships.0', code: 'invalid_format' },
    ]);
  });
});

describe('field errors from a problem+json 400', () => {
  it('maps errors[{ field, code }] onto the form, the first per field, by the first part of the path', () => {
    const errors = problemsOfFieldErrors([
      { field: 'reference', code: 'self_link', message: 'the case itself' },
      { field: 'reference', code: 'invalid_format', message: 'NMT-YYYY-NNNNNN' },
      { field: 'kind.0', code: 'invalid_value', message: 'x' },
    ]);
    expect(fieldErrorsOf(errors, wording)).toEqual({ reference: 'reference:self_link', kind: 'kind:invalid_value' });
  });

  it('leaves out errors about fields the form does not have, so the caller can fall back', () => {
    expect(fieldErrorsOf(problemsOfFieldErrors([{ field: 'body', code: 'invalid_type', message: 'x' }]), wording)).toEqual({});
  });

  it('takes a form-specific mapping of paths to fields', () => {
    const nested: FieldWording<'codeName'> = {
      fieldOf: (path) => (path === 'person.codeName' ? 'codeName' : undefined),
      messageOf: (_field, code) => (code === 'too_big' ? 'too long' : 'required'),
    };
    expect(fieldErrorsOf([{ path: 'person.codeName', code: 'too_big' }], nested)).toEqual({ codeName: 'too long' });
  });
});

describe('problems about no field of the form', () => {
  it('are set apart for a message above the fields, such as the call times the form sets itself', () => {
    const problems = [
      { path: 'endedAt', code: 'custom' },
      { path: 'reference', code: 'too_big' },
    ];
    expect(otherProblems(problems, firstPartField(fields))).toEqual([{ path: 'endedAt', code: 'custom' }]);
    expect(fieldErrorsOf(problems, wording)).toEqual({ reference: 'reference:too_big' });
  });
});
