import { useState, type SubmitEvent } from 'react';
import { limits } from '../../../shared/limits.ts';
import { api, isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import {
  serverSetupErrors,
  setupFields,
  validateSetup,
  type SetupErrors,
  type SetupValues,
} from './setup-validation.ts';

const initialValues: SetupValues = {
  organisationName: 'Jämställdhetsmyndigheten',
  name: '',
  email: '',
  password: '',
  passwordConfirmation: '',
};

export interface SetupFormProps {
  token: string;
  onDone: () => void;
}

/** The first administrator's organisation and account. */
export function SetupForm({ token, onDone }: SetupFormProps) {
  const t = useT();
  const [values, setValues] = useState<SetupValues>(initialValues);
  const [errors, setErrors] = useState<SetupErrors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [isSending, setIsSending] = useState(false);

  const fail = (nextErrors: SetupErrors, nextProblem: string | null) => {
    setErrors(nextErrors);
    setProblem(nextProblem);
    setFailedSubmits((n) => n + 1);
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSending) return;
    const validation = validateSetup(values, token, t);
    if (!validation.ok) {
      fail(validation.errors, null);
      return;
    }
    setIsSending(true);
    api.post<Record<string, never>>('/api/setup', validation.input).then(onDone, (error: unknown) => {
      setIsSending(false);
      const isTokenProblem =
        isApiError(error, 410) ||
        isApiError(error, 409) ||
        (isApiError(error) && error.fieldErrors.some((e) => e.field === 'token'));
      if (isTokenProblem) {
        fail({}, t('setup.tokenInvalid'));
        return;
      }
      if (isApiError(error, 400) && error.fieldErrors.length > 0) {
        const fieldErrors = serverSetupErrors(error.fieldErrors, values, token, t);
        if (Object.keys(fieldErrors).length > 0) {
          fail(fieldErrors, null);
          return;
        }
      }
      if (isApiError(error, 400)) {
        fail({}, t('setup.tokenInvalid'));
        return;
      }
      fail({}, isApiError(error, 0) ? t('app.serverUnavailable') : t('app.genericError'));
    });
  };

  const field = (name: keyof SetupValues) => ({
    id: name,
    value: values[name],
    error: errors[name],
    onChange: (value: string) => { setValues((v) => ({ ...v, [name]: value })); },
  });

  const summary: SummaryItem[] = [
    ...(problem ? [{ message: problem }] : []),
    ...setupFields.flatMap((name) => {
      const message = errors[name];
      return message ? [{ targetId: name, message }] : [];
    }),
  ];

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <TextField
        {...field('organisationName')}
        label={t('setup.organisationName')}
        autoComplete="organization"
        maxLength={limits.organisationNameMax}
        required
      />
      <TextField {...field('name')} label={t('setup.name')} autoComplete="name" maxLength={limits.nameMax} required />
      <TextField
        {...field('email')}
        label={t('setup.email')}
        type="email"
        autoComplete="email"
        spellCheck={false}
        required
      />
      <TextField
        {...field('password')}
        label={t('setup.password')}
        hint={t('setup.passwordHint', { min: limits.passwordMin })}
        type="password"
        autoComplete="new-password"
        required
        width="medium"
      />
      <TextField
        {...field('passwordConfirmation')}
        label={t('setup.passwordConfirmation')}
        type="password"
        autoComplete="new-password"
        required
        width="medium"
      />
      <div className="button-group">
        <Button type="submit" disabled={isSending}>
          {isSending ? t('form.sending') : t('setup.submit')}
        </Button>
      </div>
    </form>
  );
}
