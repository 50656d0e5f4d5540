import type { FieldError } from './api/problem.ts';

/** A form's messages by field; a field without one has passed (or not yet been checked). */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

/**
 * One thing wrong with one input: the dotted path ("person.codeName", "roles.0") and a stable
 * code. A Zod issue's code on the client is the same as the server's for the same schema
 * (too_small, too_big, invalid_type, invalid_format, invalid_value, custom); the server adds its
 * own for rules only it can check (outside_region, self_link, identity_data, …).
 */
export interface FieldProblem {
  path: string;
  code: string;
}

/** How a form words problems: which of its fields a path is about, and the message for a field and code. */
export interface FieldWording<F extends string> {
  fieldOf: (path: string) => F | undefined;
  messageOf: (field: F, code: string) => string;
}

/** By default a path is about the field named by its first part, when the form has that field. */
export function firstPartField<F extends string>(fields: readonly F[]): (path: string) => F | undefined {
  return (path) => {
    const head = path.split('.')[0];
    return fields.find((field) => field === head);
  };
}

/** The problems of a failed Zod parse, with their paths written as the server writes them. */
export function problemsOfIssues(issues: readonly { path: readonly PropertyKey[]; code: string }[]): FieldProblem[] {
  return issues.map((issue) => ({ path: issue.path.map(String).join('.'), code: issue.code }));
}

/** The field errors of a problem+json 400 (errors[{ field, code, message }]) as problems. */
export function problemsOfFieldErrors(errors: readonly FieldError[]): FieldProblem[] {
  return errors.map((error) => ({ path: error.field, code: error.code }));
}

/**
 * The message for each field with a problem: the first problem of a field wins (the schema and
 * the server both report the most basic one first), and problems about no field of the form are
 * left out, so the caller can tell "nothing this form can show" by an empty result.
 */
export function fieldErrorsOf<F extends string>(problems: readonly FieldProblem[], wording: FieldWording<F>): FieldErrors<F> {
  const errors: FieldErrors<F> = {};
  for (const { path, code } of problems) {
    const field = wording.fieldOf(path);
    if (field !== undefined && errors[field] === undefined) errors[field] = wording.messageOf(field, code);
  }
  return errors;
}

/** The problems about none of the form's fields (e.g. times the form sets itself), for a message above the fields. */
export function otherProblems<F extends string>(problems: readonly FieldProblem[], fieldOf: (path: string) => F | undefined): FieldProblem[] {
  return problems.filter((problem) => fieldOf(problem.path) === undefined);
}

/** What a schema's safeParse answers, as far as a form needs it (the hook does not load Zod itself). */
export type ParseResult<T> =
  | { success: true; data: T }
  | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; code: string }[] } };

/** A shared Zod schema from src/shared/schemas, or anything else that parses the same way. */
export interface FormSchema<T> {
  safeParse(input: unknown): ParseResult<T>;
}

/**
 * Where a form's schema comes from: the schema itself, or a function that loads it, for forms on
 * pages whose first download must not carry Zod (the schema module is fetched on first submit).
 */
export type SchemaSource<T> = FormSchema<T> | (() => Promise<FormSchema<T>>);

export async function loadSchema<T>(source: SchemaSource<T>): Promise<FormSchema<T>> {
  return typeof source === 'function' ? source() : source;
}
