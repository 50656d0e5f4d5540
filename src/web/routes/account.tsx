import { useState } from 'react';
import type { EnrolmentStarted } from '../../shared/schemas/auth.ts';
import { api } from '../api.ts';
import { Button } from '../components/button.tsx';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { MySessions } from '../features/account/my-sessions.tsx';
import { NewPasswordForm } from '../features/account/new-password-form.tsx';
import { needsReauthentication, ReauthenticatePanel } from '../features/account/reauthenticate-panel.tsx';
import { RecoveryCodesPanel } from '../features/account/recovery-codes-panel.tsx';
import { TotpEnrolmentForm } from '../features/account/totp-enrolment-form.tsx';
import { useMe } from '../features/session/session-context.tsx';
import { useT } from '../i18n/index.tsx';

type Outcome = { tone: 'success' | 'error'; text: string } | null;

/** My account: password, second factor, recovery codes and sessions. */
export default function AccountRoute() {
  const t = useT();
  const me = useMe();
  const [retry, setRetry] = useState<(() => Promise<void>) | null>(null);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const [enrolling, setEnrolling] = useState<EnrolmentStarted | null>(null);
  const [codes, setCodes] = useState<string[] | null>(null);
  const [passwordFormKey, setPasswordFormKey] = useState(0);

  /**
   * Runs a change that needs a recent sign-in. When the server asks for re-authentication, the
   * panel appears and the change runs again once it succeeds; other errors go to the caller.
   */
  const guarded = (action: () => Promise<void>) => (): Promise<void> =>
    action().catch((error: unknown) => {
      if (!needsReauthentication(error)) throw error;
      setOutcome(null);
      setRetry(() => action);
    });

  const changePassword = (newPassword: string) =>
    guarded(() =>
      api.POST('/api/account/password', { body: { newPassword } }).then(() => {
        setOutcome({ tone: 'success', text: t('account.passwordChanged') });
        setPasswordFormKey((k) => k + 1);
      }),
    )();
  const startReset = guarded(() => api.POST('/api/account/second-factor/start').then(setEnrolling));
  const renewCodes = guarded(() =>
    api.POST('/api/account/recovery-codes').then((issued) => { setCodes(issued.recoveryCodes); }),
  );
  const runOrReport = (run: () => Promise<void>) => {
    run().catch(() => { setOutcome({ tone: 'error', text: t('app.genericError') }); });
  };

  return (
    <>
      <PageHeading>{t('account.title')}</PageHeading>
      {outcome && (
        <Notice tone={outcome.tone} takeFocus>
          {outcome.text}
        </Notice>
      )}
      {retry && (
        <ReauthenticatePanel
          onDone={() => {
            const action = retry;
            setRetry(null);
            runOrReport(action);
          }}
          onCancel={() => { setRetry(null); }}
        />
      )}
      <div className="narrow">
        <section aria-labelledby="password-heading">
          <h2 id="password-heading">{t('account.passwordHeading')}</h2>
          <NewPasswordForm
            key={passwordFormKey}
            label={t('account.newPassword')}
            submitLabel={t('account.changePassword')}
            submit={changePassword}
          />
        </section>

        <section aria-labelledby="second-factor-heading">
          <h2 id="second-factor-heading">{t('account.secondFactorHeading')}</h2>
          {enrolling ? (
            <TotpEnrolmentForm
              enrolment={enrolling.enrolment}
              email={me.email}
              confirm={(code) =>
                guarded(() =>
                  api.POST('/api/account/second-factor/finish', { body: { ticket: enrolling.ticket, code } }).then(() => {
                    setEnrolling(null);
                    setOutcome({ tone: 'success', text: t('account.secondFactorDone') });
                  }),
                )()
              }
              onExpired={() => {
                setEnrolling(null);
                setOutcome({ tone: 'error', text: t('totp.expired') });
              }}
            />
          ) : (
            <>
              <p>{t('account.secondFactorIntro')}</p>
              <Button variant="secondary" onClick={() => { runOrReport(startReset); }}>
                {t('account.resetSecondFactor')}
              </Button>
            </>
          )}
        </section>

        <section aria-labelledby="recovery-heading">
          <h2 id="recovery-heading">{t('account.recoveryHeading')}</h2>
          <p>{t('account.recoveryIntro')}</p>
          <Button variant="secondary" onClick={() => { runOrReport(renewCodes); }}>
            {t('account.newRecoveryCodes')}
          </Button>
          {codes && <RecoveryCodesPanel codes={codes} />}
        </section>
      </div>
      <MySessions />
    </>
  );
}
