import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'wouter';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
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
  const [isDone, setIsDone] = useState(false);

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
  if (isDone) {
    body = (
      <>
        <Notice tone="success" takeFocus>
          {t('setup.done')}
        </Notice>
        {signInLink}
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
        <p className="lead">{t('setup.intro')}</p>
        <SetupForm
          token={token}
          onDone={() => {
            setIsDone(true);
            setupDone();
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
