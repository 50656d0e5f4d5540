import { useEffect, useState, type ReactNode } from 'react';
import type { EnrolmentStarted } from '../../shared/schemas/auth.ts';
import { api } from '../api.ts';
import { Link } from 'wouter';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { RecoveryCodesPanel } from '../features/account/recovery-codes-panel.tsx';
import { TotpEnrolmentForm } from '../features/account/totp-enrolment-form.tsx';
import { useSession } from '../features/session/session-context.tsx';
import { SetupForm } from '../features/session/setup-form.tsx';
import { useT } from '../i18n/index.tsx';

/** The token travels in the URL fragment (#token=…), which the browser never sends to a server. */
function readTokenFromHash(): string {
  return new URLSearchParams(window.location.hash.slice(1)).get('token') ?? '';
}

export default function SetupRoute() {
  const t = useT();
  const { state, setupDone } = useSession();
  const [token] = useState(readTokenFromHash);
  const [enrolling, setEnrolling] = useState<{ started: EnrolmentStarted; email: string } | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const [isExpired, setIsExpired] = useState(false);

  // Keep the one-time token out of the address bar and history once it has been read.
  useEffect(() => {
    if (window.location.hash) {
      window.history.replaceState(window.history.state, '', window.location.pathname + window.location.search);
    }
  }, []);

  if (state.status !== 'ready') return null;
  const signInLink = (
    <p>
      <Link href="/sign-in">{t('setup.goToSignIn')}</Link>
    </p>
  );

  let body: ReactNode;
  if (recoveryCodes) {
    body = (
      <>
        <Notice tone="success" takeFocus>
          {t('setup.done')}
        </Notice>
        <RecoveryCodesPanel codes={recoveryCodes} />
        {signInLink}
      </>
    );
  } else if (enrolling) {
    const { ticket, enrolment } = enrolling.started;
    body = (
      <>
        <p className="lead">{t('setup.enrolIntro')}</p>
        <TotpEnrolmentForm
          enrolment={enrolment}
          email={enrolling.email}
          confirm={(code) =>
            api.POST('/api/setup/finish', { body: { token, ticket, code } }).then((issued) => {
              setRecoveryCodes(issued.recoveryCodes);
              setupDone();
            })
          }
          onExpired={() => {
            setEnrolling(null);
            setIsExpired(true);
          }}
        />
      </>
    );
  } else if (!state.meta.needsSetup) {
    body = (
      <>
        <Notice tone="info">{t('setup.alreadyDone')}</Notice>
        {signInLink}
      </>
    );
  } else if (!token) {
    body = <Notice tone="error">{t('setup.noToken')}</Notice>;
  } else {
    body = (
      <>
        {isExpired && <Notice tone="error">{t('totp.expired')}</Notice>}
        <p className="lead">{t('setup.intro')}</p>
        <SetupForm
          token={token}
          onDone={(started, email) => {
            setIsExpired(false);
            setEnrolling({ started, email });
          }}
        />
      </>
    );
  }

  return (
    <div className="narrow">
      <PageHeading>{t('setup.title')}</PageHeading>
      {body}
    </div>
  );
}
