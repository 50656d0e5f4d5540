import { useState, type SubmitEvent } from 'react';
import type { Me } from '../../../shared/schemas/auth.ts';
import { api, isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { ErrorSummary, type SummaryItem } from '../../components/error-summary.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useSession } from './session-context.tsx';

interface Errors {
  email?: string;
  password?: string;
}

/** E-mail and password. A refusal gets one generic message that does not say which was wrong. */
export function SignInForm() {
  const t = useT();
  const { signedIn } = useSession();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [errors, setErrors] = useState<Errors>({});
  const [problem, setProblem] = useState<string | null>(null);
  const [failedSubmits, setFailedSubmits] = useState(0);
  const [isSending, setIsSending] = useState(false);

  const fail = (nextErrors: Errors, nextProblem: string | null) => {
    setErrors(nextErrors);
    setProblem(nextProblem);
    setFailedSubmits((n) => n + 1);
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSending) return;
    const nextErrors: Errors = {};
    if (!email.trim()) nextErrors.email = t('signIn.emailRequired');
    if (!password) nextErrors.password = t('signIn.passwordRequired');
    if (nextErrors.email || nextErrors.password) {
      fail(nextErrors, null);
      return;
    }
    setIsSending(true);
    api.post<Me>('/api/auth/sign-in', { email: email.trim(), password }, { redirectOnUnauthorized: false }).then(
      // The page redirects once the session knows the user.
      (me) => {
        signedIn(me);
      },
      (error: unknown) => {
        setIsSending(false);
        setPassword('');
        if (isApiError(error, 401) || isApiError(error, 400)) {
          fail({}, t('signIn.failed'));
          return;
        }
        if (isApiError(error, 429)) {
          fail({}, t('signIn.throttled'));
          return;
        }
        fail({}, isApiError(error, 0) ? t('app.serverUnavailable') : t('app.genericError'));
      },
    );
  };

  const summary: SummaryItem[] = [
    ...(problem ? [{ message: problem }] : []),
    ...(errors.email ? [{ targetId: 'email', message: errors.email }] : []),
    ...(errors.password ? [{ targetId: 'password', message: errors.password }] : []),
  ];

  return (
    <form className="form" onSubmit={onSubmit} noValidate>
      <ErrorSummary items={summary} focusKey={failedSubmits} />
      <TextField
        id="email"
        label={t('signIn.email')}
        type="email"
        autoComplete="username"
        spellCheck={false}
        value={email}
        onChange={setEmail}
        error={errors.email}
        required
      />
      <TextField
        id="password"
        label={t('signIn.password')}
        type="password"
        autoComplete="current-password"
        value={password}
        onChange={setPassword}
        error={errors.password}
        required
      />
      <div className="button-group">
        <Button type="submit" disabled={isSending}>
          {isSending ? t('form.sending') : t('signIn.submit')}
        </Button>
      </div>
    </form>
  );
}
