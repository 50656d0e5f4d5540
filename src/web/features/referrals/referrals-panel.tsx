import { useState } from 'react';
import { api, ifMatch } from '../../api.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { PanelLoadError } from '../journal/panel-status.tsx';
import { ReferralCard } from './referral-card.tsx';
import { ReferralForm } from './referral-form.tsx';
import { TransferForm } from './transfer-form.tsx';
import { useFreshRevision } from './use-fresh-revision.ts';
import './referrals.css';

/**
 * The case's referrals and transfers with their status as the receiving side left it (fetched
 * again after each action and on focus): revoked ones say so and are never shown as accepted.
 */
export function ReferralsPanel({ detail }: CasePanelProps) {
  const t = useT();
  const caseId = detail.id;
  const [revision, refresh] = useFreshRevision();
  const [message, setMessage] = useState<string | null>(null);
  const state = useLoad(`referrals:${caseId}:${revision}`, (signal) =>
    api.GET('/api/cases/{caseId}/referrals', { params: { path: { caseId } }, signal }),
  );
  const items = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const actions = {
    revoke: (r: { id: string; version: number }, reason: string) =>
      api.POST('/api/cases/{caseId}/referrals/{referralId}/revoke', {
        params: { path: { caseId, referralId: r.id }, header: ifMatch(r.version) },
        body: { reason },
      }),
    onChanged: (text: string) => {
      setMessage(text);
      refresh();
    },
  };
  return (
    <section aria-labelledby="referrals-heading">
      <h2 className="section-heading" id="referrals-heading">
        {t('referrals.panelTitle')}
      </h2>
      {message && <Notice tone="success">{message}</Notice>}
      {state.status === 'error' && <PanelLoadError message={t('app.genericError')} onRetry={refresh} />}
      {!items && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {items && items.length === 0 && <p className="empty-state">{t('referrals.panelEmpty')}</p>}
      {items && items.length > 0 && (
        <ul className="referral-list">
          {items.map((referral) => (
            <ReferralCard key={referral.id} referral={referral} actions={actions} side="case" />
          ))}
        </ul>
      )}
      {detail.can.manageTasks && <ReferralForm caseId={caseId} onSent={() => actions.onChanged(t('referrals.sent'))} />}
      {detail.can.manageTeam && <TransferForm caseId={caseId} onSent={() => actions.onChanged(t('referrals.sent'))} />}
    </section>
  );
}
