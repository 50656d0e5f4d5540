import { useEffect, useRef } from 'react';
import { reauthenticationRequiredType } from '../../../shared/problem-types.ts';
import { api, isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { useT } from '../../i18n/index.tsx';
import { PasswordAndCodeForm } from './password-and-code-form.tsx';

/** True when the server refused because the session's sign-in is too old for this change. */
export function needsReauthentication(error: unknown): boolean {
  return isApiError(error, 403) && error.problem?.type === reauthenticationRequiredType;
}

/** Asks for the password and a code again, then lets the caller retry what the server refused. */
export function ReauthenticatePanel({ onDone, onCancel }: { onDone: () => void; onCancel: () => void }) {
  const t = useT();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
  }, []);
  return (
    <section className="panel" aria-labelledby="reauth-heading">
      <h2 id="reauth-heading" ref={heading} tabIndex={-1}>
        {t('reauth.heading')}
      </h2>
      <PasswordAndCodeForm
        submitLabel={t('reauth.submit')}
        failedMessage={t('reauth.failed')}
        submit={(password, code) => api.POST('/api/account/reauthenticate', { body: { password, code } }).then(onDone)}
      >
        <p>{t('reauth.intro')}</p>
      </PasswordAndCodeForm>
      <Button variant="secondary" onClick={onCancel}>
        {t('reauth.cancel')}
      </Button>
    </section>
  );
}
