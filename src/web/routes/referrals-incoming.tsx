import { useState } from 'react';
import { api, ifMatch } from '../api.ts';
import { Button } from '../components/button.tsx';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { announceIncomingReferralsChanged } from '../features/referrals/incoming-count.ts';
import { ReferralCard } from '../features/referrals/referral-card.tsx';
import { useFreshRevision } from '../features/referrals/use-fresh-revision.ts';
import '../features/referrals/referrals.css';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/**
 * "Inkommande remisser": what other organisations sent to the caller's. Fetched again after each
 * action and whenever the tab gets focus, so an answer or a revocation by the other side shows.
 */
export default function ReferralsIncomingRoute() {
  const t = useT();
  const [status, setStatus] = useState<'pending' | 'all'>('pending');
  const [revision, refresh] = useFreshRevision();
  const [message, setMessage] = useState<string | null>(null);
  const state = useLoad(`referrals-incoming:${status}:${revision}`, (signal) =>
    api.GET('/api/referrals/incoming', { params: { query: { status } }, signal }),
  );
  const items = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const actions = {
    accept: (r: { id: string; version: number }) =>
      api.POST('/api/referrals/{referralId}/accept', { params: { path: { referralId: r.id }, header: ifMatch(r.version) } }),
    decline: (r: { id: string; version: number }, reason: string) =>
      api.POST('/api/referrals/{referralId}/decline', { params: { path: { referralId: r.id }, header: ifMatch(r.version) }, body: { reason } }),
    onChanged: (text: string) => {
      setMessage(text);
      refresh();
      // The nav's count of waiting referrals goes down with the answer.
      announceIncomingReferralsChanged();
    },
  };
  return (
    <>
      <PageHeading>{t('referrals.title')}</PageHeading>
      <p className="lead">{t('referrals.intro')}</p>
      {message && <Notice tone="success">{message}</Notice>}
      <Button variant="secondary" onClick={() => setStatus(status === 'pending' ? 'all' : 'pending')}>
        {status === 'pending' ? t('referrals.showAll') : t('referrals.showPending')}
      </Button>
      {state.status === 'loading' && !items && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {items && items.length === 0 && <p className="empty-state">{t('referrals.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="referral-list" aria-label={t('referrals.title')}>
          {items.map((referral) => (
            <ReferralCard key={referral.id} referral={referral} actions={actions} side="incoming" />
          ))}
        </ul>
      )}
    </>
  );
}
