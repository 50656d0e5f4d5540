import { Link, Redirect, useSearch } from 'wouter';
import { Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { safeNextPath } from '../features/session/require-sign-in.tsx';
import { useSession } from '../features/session/session-context.tsx';
import { SignInForm } from '../features/session/sign-in-form.tsx';
import { SsoFailedNotice, SsoSignIn } from '../features/sso/sso-sign-in.tsx';
import { useT } from '../i18n/index.tsx';

export default function SignInRoute() {
  const t = useT();
  const { state } = useSession();
  const search = useSearch();
  if (state.status !== 'ready') return null;
  if (state.me) return <Redirect to={safeNextPath(new URLSearchParams(search).get('next'))} replace />;

  return (
    <div className="narrow">
      <PageHeading>{t('signIn.title')}</PageHeading>
      <SsoFailedNotice />
      {state.signedOutReason === 'expired' && <Notice tone="info">{t('signIn.expired')}</Notice>}
      {state.signedOutReason === 'signed-out' && <Notice tone="success">{t('signIn.signedOut')}</Notice>}
      {state.meta.needsSetup && <Notice tone="info">{t('signIn.needsSetup')}</Notice>}
      <p className="lead">{t('signIn.intro')}</p>
      {state.meta.demo && <p className="hint">{t('signIn.demoHint')}</p>}
      <SignInForm />
      <SsoSignIn />
      <p>
        <Link href="/intake">{t('intake.signInLink')}</Link>
      </p>
    </div>
  );
}
