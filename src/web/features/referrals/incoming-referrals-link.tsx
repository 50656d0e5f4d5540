import { Link, useLocation } from 'wouter';
import { useT } from '../../i18n/index.tsx';
import { useIncomingReferralCount } from './incoming-count.ts';

/** The nav's link to the incoming referrals, with how many wait: "Inkommande remisser (2)". */
export function IncomingReferralsLink({ userId }: { userId: string }) {
  const t = useT();
  const [location] = useLocation();
  const waiting = useIncomingReferralCount(userId);
  return (
    <Link href="/referrals" className="site-nav__link" aria-current={location === '/referrals' ? 'page' : undefined}>
      {t('nav.referrals')}
      {waiting !== null && waiting > 0 && (
        <>
          {' '}({waiting}
          <span className="visually-hidden"> {t('nav.referralsWaiting')}</span>)
        </>
      )}
    </Link>
  );
}
