import { useRef, useState, type SubmitEvent } from 'react';
import { isApiError } from './api.ts';
import { summaryItems, type SummaryItem } from './components/error-summary.tsx';
import {
  fieldErrorsOf,
  firstPartField,
  loadSchema,
  otherProblems,
  problemsOfFieldErrors,
  problemsOfIssues,
  type FieldErrors,
  type FieldProblem,
  type SchemaSource,
} from './form-errors.ts';
import { useT } from './i18n/index.tsx';

export type { FieldErrors } from './form-errors.ts';

/** How a form names its controls and words its problems; each part has a default. */
export interface FormOptions<F extends string> {
  /** The control the summary links to for each field; by default the field's name is its control's id. */
  targetOf?: (field: F) => string;
  /** Which field an error path ("person.codeName", "roles.0") is about; by default its first part. */
  fieldOf?: (path: string) => F | undefined;
  /**
   * The message for a field and a problem code, from the schema on submit or from the server's
   * 400; by default the generic "check this field" text.
   */
  messageOf?: (field: F, code: string) => string;
  /**
   * The message above the fields for problems about none of them (values the form sets itself,
   * such as times); by default those are not shown, and a 400 with only them fails as unexpected.
   */
  otherProblem?: (problems: readonly FieldProblem[]) => string | null;
}

export interface FormSubmission<F extends string> {
  errors: FieldErrors<F>;
  /**
   * The error summary's items: what went wrong with the submit as a whole (e.g. the server is
   * unreachable) first, then the field errors in the order of the fields.
   */
  summary: SummaryItem[];
  /** Counts failed submits; the error summary takes focus whenever it changes, even to the same text. */
  failedSubmits: number;
  /** While a request is under way: the button says so and the form ignores another submit. */
  isSending: boolean;
  /** Makes the form's onSubmit: the page does not reload, and a submit while sending or checking is ignored. */
  handleSubmit: (submit: () => void | Promise<void>) => (event: SubmitEvent<HTMLFormElement>) => void;
  /** Call as the request goes out. */
  startSending: () => void;
  /** Shows what went wrong, sends focus to the error summary and lets the user submit again. */
  fail: (errors: FieldErrors<F>, problem: string | null) => void;
  /** Fails for an error no more specific check explained: unreachable server, or anything else. */
  failUnexpected: (error: unknown) => void;
  /**
   * Fails a form that proves who someone is (password, code): a refusal gets the one message
   * given whatever was wrong, throttling says to wait, anything else is unexpected.
   */
  failCredentials: (error: unknown, refusedMessage: string) => void;
  /**
   * Runs the form's shared schema over the input: the parsed data when it passes; otherwise the
   * form fails with a message per field (problem, if given, above them) and the answer is null.
   */
  check: <T>(schema: SchemaSource<T>, input: unknown, problem?: string | null) => Promise<T | null>;
  /**
   * Shows a 400's field errors (problem+json errors[]) on the form's fields and answers true; false
   * when the error is not a 400 or names none of the form's fields, for the caller to go on.
   */
  failFields: (error: unknown) => boolean;
}

/**
 * The state every form keeps between pressing submit and the answer, and the binding of its
 * fields to a shared schema and to the server's field errors. The fields are listed in the order
 * they appear. The second argument is the options, or only targetOf.
 */
export function useFormSubmission<F extends string>(
  fields: readonly F[],
  options: FormOptions<F> | ((field: F) => string) = {},
): FormSubmission<F> {
  const t = useT();
  const {
    targetOf,
    fieldOf = firstPartField(fields),
    messageOf = () => t('form.invalidField'),
    otherProblem = () => null,
  } = typeof options === 'function' ? { targetOf: options } : options;
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [isSending, setIsSending] = useState(false);
  // Set while an asynchronous check (a schema still loading) runs, so a second press does not send twice.
  const isChecking = useRef(false);

  const handleSubmit = (submit: () => void | Promise<void>) => (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSending || isChecking.current) return;
    isChecking.current = true;
    void Promise.resolve()
      .then(submit)
      .finally(() => {
        isChecking.current = false;
      });
  };

  const startSending = () => {
    setIsSending(true);
  };

  const fail = (nextErrors: FieldErrors<F>, nextProblem: string | null) => {
    setIsSending(false);
    setErrors(nextErrors);
    setProblem(nextProblem);
    setFailedSubmits((n) => n + 1);
  };

  const failUnexpected = (error: unknown) => {
    fail({}, isApiError(error, 0) ? t('app.serverUnavailable') : t('app.genericError'));
  };

  const failCredentials = (error: unknown, refusedMessage: string) => {
    if (isApiError(error, 400) || isApiError(error, 401)) fail({}, refusedMessage);
    else if (isApiError(error, 429)) fail({}, t('signIn.throttled'));
    else failUnexpected(error);
  };

  const wording = { fieldOf, messageOf };
  /** Fails with the problems' messages; false when none of them is about anything the form can show. */
  const failWith = (problems: readonly FieldProblem[], problem: string | null): boolean => {
    const found = fieldErrorsOf(problems, wording);
    const other = otherProblems(problems, fieldOf);
    const above = problem ?? (other.length > 0 ? otherProblem(other) : null);
    if (Object.keys(found).length === 0 && above === null) return false;
    fail(found, above);
    return true;
  };

  const check = async <T,>(source: SchemaSource<T>, input: unknown, nextProblem: string | null = null): Promise<T | null> => {
    let schema;
    try {
      schema = await loadSchema(source);
    } catch {
      // The schema's module could not be fetched: the server cannot be reached either.
      fail({}, t('app.serverUnavailable'));
      return null;
    }
    const result = schema.safeParse(input);
    if (result.success) return result.data;
    // A schema refusing nothing the form shows would be a bug; the form still must not send.
    if (!failWith(problemsOfIssues(result.error.issues), nextProblem)) fail({}, t('app.genericError'));
    return null;
  };

  const failFields = (error: unknown): boolean => {
    return isApiError(error, 400) && failWith(problemsOfFieldErrors(error.fieldErrors), null);
  };

  const summary = summaryItems(problem, fields, errors, targetOf);
  return {
    errors,
    summary,
    failedSubmits,
    isSending,
    handleSubmit,
    startSending,
    fail,
    failUnexpected,
    failCredentials,
    check,
    failFields,
  };
}
