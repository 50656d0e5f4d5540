import { useState, type SubmitEvent } from 'react';
import { isApiError } from './api.ts';
import { summaryItems, type SummaryItem } from './components/error-summary.tsx';
import { useT } from './i18n/index.tsx';

/** A form's messages by field; a field without one has passed (or not yet been checked). */
export type FieldErrors<F extends string> = Partial<Record<F, string>>;

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
  /** Makes the form's onSubmit: the page does not reload, and a submit while sending is ignored. */
  handleSubmit: (submit: () => void) => (event: SubmitEvent<HTMLFormElement>) => void;
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
}

/**
 * The state every form keeps between pressing submit and the answer. The fields are listed in
 * the order they appear, and targetOf names the control the summary links to for each (by
 * default the field's name is its control's id).
 */
export function useFormSubmission<F extends string>(
  fields: readonly F[],
  targetOf?: (field: F) => string,
): FormSubmission<F> {
  const t = useT();
  const [errors, setErrors] = useState<FieldErrors<F>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [isSending, setIsSending] = useState(false);

  const handleSubmit = (submit: () => void) => (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!isSending) submit();
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

  const summary = summaryItems(problem, fields, errors, targetOf);
  return { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, failCredentials };
}
