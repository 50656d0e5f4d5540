import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import type { Role } from '../../shared/enums.ts';
import type { EnrolmentStarted } from '../../shared/schemas/auth.ts';
import type { InvitationAccepted, InvitationDetails } from '../../shared/schemas/invitation-acceptance.ts';
import { api, isApiError } from '../api.ts';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { NewPasswordForm } from '../features/account/new-password-form.tsx';
import { PasswordAndCodeForm } from '../features/account/password-and-code-form.tsx';
import { RecoveryCodesPanel } from '../features/account/recovery-codes-panel.tsx';
import { TotpEnrolmentForm } from '../features/account/totp-enrolment-form.tsx';
import { useT } from '../i18n/index.tsx';

/** The token travels in the URL fragment (#token=…), which the browser never sends to a server. */
function readTokenFromHash(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

type Phase =
  | { name: 'loading' }
  | { name: 'invalid' }
  | { name: 'unavailable' }
  | { name: 'details'; details: InvitationDetails; expired?: boolean }
  | { name: 'enrol'; details: InvitationDetails; started: EnrolmentStarted }
  | { name: 'done'; accepted: InvitationAccepted };

/** Accepting an invitation: someone new chooses a password and enrols TOTP; an existing one confirms their account. */
export default function InvitationRoute() {
  const t = useT();
  const [token] = useState(readTokenFromHash);
  const [phase, setPhase] = useState<Phase>(token ? { name: 'loading' } : { name: 'invalid' });

  useEffect(() => {
    // Keep the one-time token out of the address bar and history once it has been read.
    if (window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    }
    if (!token) return;
    api.POST('/api/invitations/inspect', { body: { token }, redirectOnUnauthorized: false }).then(
      (details) => { setPhase({ name: 'details', details }); },
      (error: unknown) => {
        setPhase(isApiError(error, 410) || isApiError(error, 400) ? { name: 'invalid' } : { name: 'unavailable' });
      },
    );
  }, [token]);

  const onGone = (error: unknown) => {
    if (!isApiError(error, 410) && !isApiError(error, 409)) return false;
    setPhase({ name: 'invalid' });
    return true;
  };
  const roleList = (roles: readonly Role[]) => roles.map((role) => t(`role.${role}`)).join(', ');

  let body: ReactNode;
  switch (phase.name) {
    case 'loading':
      body = <Loading label={t('app.loading')} />;
      break;
    case 'invalid':
      body = <Notice tone="error">{token ? t('invitation.invalid') : t('invitation.noToken')}</Notice>;
      break;
    case 'unavailable':
      body = <Notice tone="error">{t('app.serverUnavailable')}</Notice>;
      break;
    case 'details': {
      const { details } = phase;
      body = (
        <>
          {phase.expired && <Notice tone="error">{t('totp.expired')}</Notice>}
          <p className="lead">
            {t('invitation.summary', { name: details.name, organisation: details.organisationName, roles: roleList(details.roles) })}
          </p>
          <p>
            {t('invitation.emailLabel')}: <strong>{details.email}</strong>
          </p>
          {details.hasAccount ? (
            <PasswordAndCodeForm
              submitLabel={t('invitation.join')}
              failedMessage={t('invitation.wrongCredentials')}
              submit={(password, code) =>
                api
                  .POST('/api/invitations/accept/existing', { body: { token, password, code }, redirectOnUnauthorized: false })
                  .then((accepted) => { setPhase({ name: 'done', accepted }); })
              }
            >
              <p>{t('invitation.existingIntro')}</p>
            </PasswordAndCodeForm>
          ) : (
            <>
              <p>{t('invitation.newIntro')}</p>
              <NewPasswordForm
                label={t('invitation.password')}
                submitLabel={t('invitation.continue')}
                onOtherError={onGone}
                submit={(password) =>
                  api.POST('/api/invitations/accept/start', { body: { token, password } }).then((started) => {
                    setPhase({ name: 'enrol', details, started });
                  })
                }
              />
            </>
          )}
        </>
      );
      break;
    }
    case 'enrol': {
      const { details, started } = phase;
      body = (
        <TotpEnrolmentForm
          enrolment={started.enrolment}
          email={details.email}
          confirm={(code) =>
            api
              .POST('/api/invitations/accept/finish', { body: { token, ticket: started.ticket, code } })
              .then((accepted) => { setPhase({ name: 'done', accepted }); })
          }
          onExpired={() => { setPhase({ name: 'details', details, expired: true }); }}
        />
      );
      break;
    }
    case 'done':
      body = (
        <>
          <Notice tone="success" takeFocus>
            {t('invitation.done', { organisation: phase.accepted.organisationName })}
          </Notice>
          {phase.accepted.recoveryCodes.length > 0 && <RecoveryCodesPanel codes={phase.accepted.recoveryCodes} />}
          <p>
            <Link href="/sign-in">{t('invitation.goToSignIn')}</Link>
          </p>
        </>
      );
      break;
  }

  return (
    <div className="narrow">
      <PageHeading>{t('invitation.title')}</PageHeading>
      {body}
    </div>
  );
}
