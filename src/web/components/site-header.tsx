import { useState } from 'react';
import { Link, useLocation } from 'wouter';
import { NotificationsLink } from '../features/notifications/notifications-link.tsx';
import { IncomingReferralsLink } from '../features/referrals/incoming-referrals-link.tsx';
import { useSession } from '../features/session/session-context.tsx';
import { useT } from '../i18n/index.tsx';
import { DemoBanner } from './demo-banner.tsx';
import { LanguageSwitch } from './language-switch.tsx';

function SignOutButton() {
  const { signOut } = useSession();
  const [, navigate] = useLocation();
  const [isBusy, setIsBusy] = useState(false);
  const t = useT();
  const onClick = () => {
    setIsBusy(true);
    signOut().then(
      () => { navigate('/sign-in', { replace: true }); },
      () => {
        setIsBusy(false);
      },
    );
  };
  return (
    <button type="button" className="header-button" onClick={onClick} disabled={isBusy}>
      {t('header.signOut')}
    </button>
  );
}

/** The page header: demo banner, app name, main navigation, user and language. */
export function SiteHeader() {
  const { state } = useSession();
  const [location] = useLocation();
  const t = useT();
  const me = state.status === 'ready' ? state.me : null;
  const isDemo = state.status === 'ready' && state.meta.demo;
  const isCases = location === '/cases' || location.startsWith('/cases/');
  const isChecklists = location === '/admin/checklists';
  const isAdmin = (location === '/admin' || location.startsWith('/admin/')) && !isChecklists;
  const organisation = me?.memberships[0]?.organisationName;

  return (
    <header className="site-header">
      {isDemo && <DemoBanner />}
      <div className="site-header__bar">
        <div className="container site-header__inner">
          <Link href="/" className="site-header__name">
            {t('app.name')}
          </Link>
          {me && (
            <nav className="site-nav" aria-label={t('nav.label')}>
              <ul className="site-nav__list">
                {me.can.dashboard.read && (
                  <li>
                    <Link href="/dashboard" className="site-nav__link" aria-current={location === '/dashboard' ? 'page' : undefined}>
                      {t('dashboard.nav')}
                    </Link>
                  </li>
                )}
                {me.can.statistics.read && (
                  <li>
                    <Link href="/statistics" className="site-nav__link" aria-current={location === '/statistics' ? 'page' : undefined}>
                      {t('statistics.nav')}
                    </Link>
                  </li>
                )}
                {me.can.cases.list && (
                  <li>
                    <Link href="/cases" className="site-nav__link" aria-current={isCases ? 'page' : undefined}>
                      {t('nav.cases')}
                    </Link>
                  </li>
                )}
                {me.can.referrals.listIncoming && (
                  <li>
                    <IncomingReferralsLink userId={me.id} />
                  </li>
                )}
                {me.can.approvals.list && (
                  <li>
                    <Link href="/approvals" className="site-nav__link" aria-current={location === '/approvals' ? 'page' : undefined}>
                      {t('nav.approvals')}
                    </Link>
                  </li>
                )}
                {me.can.consultations.list && (
                  <li>
                    <Link
                      href="/consultations"
                      className="site-nav__link"
                      aria-current={location === '/consultations' || location.startsWith('/consultations/') ? 'page' : undefined}
                    >
                      {t('consultations.nav')}
                    </Link>
                  </li>
                )}
                {me.can.returns.list && (
                  <li>
                    <Link
                      href="/returns"
                      className="site-nav__link"
                      aria-current={location === '/returns' || location.startsWith('/returns/') ? 'page' : undefined}
                    >
                      {t('returns.nav')}
                    </Link>
                  </li>
                )}
                {me.can.calls.list && (
                  <li>
                    <Link href="/calls" className="site-nav__link" aria-current={location === '/calls' ? 'page' : undefined}>
                      {t('calls.nav')}
                    </Link>
                  </li>
                )}
                {me.can.trainings.list && (
                  <li>
                    <Link href="/trainings" className="site-nav__link" aria-current={location === '/trainings' || location.startsWith('/trainings/') ? 'page' : undefined}>
                      {t('trainings.nav')}
                    </Link>
                  </li>
                )}
                {me.can.materials.list && (
                  <li>
                    <Link href="/materials" className="site-nav__link" aria-current={location === '/materials' || location.startsWith('/materials/') ? 'page' : undefined}>
                      {t('materials.nav')}
                    </Link>
                  </li>
                )}
                {me.can.supportProcess.createChecklistItem && (
                  <li>
                    <Link href="/admin/checklists" className="site-nav__link" aria-current={isChecklists ? 'page' : undefined}>
                      {t('nav.checklists')}
                    </Link>
                  </li>
                )}
                {me.can.cases.reviewBreakGlass && (
                  <li>
                    <Link href="/audit/break-glass" className="site-nav__link" aria-current={location === '/audit/break-glass' ? 'page' : undefined}>
                      {t('nav.breakGlassReview')}
                    </Link>
                  </li>
                )}
                {me.can.registerExtract.search && (
                  <li>
                    <Link href="/audit/register-extract" className="site-nav__link" aria-current={location === '/audit/register-extract' ? 'page' : undefined}>
                      {t('nav.registerExtract')}
                    </Link>
                  </li>
                )}
                {me.can.members.list && (
                  <li>
                    <Link href="/admin" className="site-nav__link" aria-current={isAdmin ? 'page' : undefined}>
                      {t('nav.admin')}
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
          <div className="site-header__tools">
            {me && (
              <p className="site-header__user">
                <span className="visually-hidden">{t('header.signedInAs')} </span>
                <span className="site-header__user-name">{me.name}</span>
                {organisation && <span className="site-header__user-org">{organisation}</span>}
              </p>
            )}
            {me && <NotificationsLink userId={me.id} />}
            {me && (
              <Link href="/account" className="header-link" aria-current={location === '/account' ? 'page' : undefined}>
                {t('header.account')}
              </Link>
            )}
            {me && <SignOutButton />}
            <LanguageSwitch />
          </div>
        </div>
      </div>
    </header>
  );
}
