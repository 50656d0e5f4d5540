import { useState } from 'react';
import type { Approval } from '../../shared/schemas/approvals.ts';
import { api, ifMatch } from '../api.ts';
import { Button } from '../components/button.tsx';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { ReasonForm } from '../features/referrals/reason-form.tsx';
import { useFreshRevision } from '../features/referrals/use-fresh-revision.ts';
import '../features/referrals/referrals.css';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

function ApprovalItem({ approval, onDecided }: { approval: Approval; onDecided: () => void }) {
  const { t, formatDateTime } = useI18n();
  const [deciding, setDeciding] = useState<'approve' | 'reject' | null>(null);
  const id = `approval-${approval.id}`;
  const decide = (decision: 'approve' | 'reject', reason: string) =>
    decision === 'approve'
      ? api.POST('/api/approvals/{approvalId}/approve', { params: { path: { approvalId: approval.id }, header: ifMatch(approval.version) }, body: { reason } })
      : api.POST('/api/approvals/{approvalId}/reject', { params: { path: { approvalId: approval.id }, header: ifMatch(approval.version) }, body: { reason } });
  return (
    <li className="referral" id={id}>
      <p className="referral__title">
        <strong>{t(`approvals.kind.${approval.kind}`)}</strong> – {t('referrals.case', { reference: approval.caseReference })}
      </p>
      <p>{t('approvals.requestedBy', { name: approval.requestedByName, time: formatDateTime(approval.createdAt) })}</p>
      {approval.note && <p className="referral__message">{t('approvals.note', { note: approval.note })}</p>}
      {!approval.canDecide && approval.status === 'pending' && <p>{t('approvals.ownRequest')}</p>}
      {approval.canDecide && deciding === null && (
        <div className="referral__actions">
          <Button onClick={() => setDeciding('approve')}>{t('approvals.approve')}</Button>
          <Button variant="secondary" onClick={() => setDeciding('reject')}>
            {t('approvals.reject')}
          </Button>
        </div>
      )}
      {deciding !== null && (
        <ReasonForm
          id={`${id}-${deciding}`}
          label={t('approvals.reason')}
          submitLabel={deciding === 'approve' ? t('approvals.approve') : t('approvals.reject')}
          send={(reason) => decide(deciding, reason)}
          onDone={onDecided}
          onCancel={() => setDeciding(null)}
        />
      )}
    </li>
  );
}

/** National coordinators decide the actions held for a second person; never their own requests. */
export default function ApprovalsRoute() {
  const { t } = useI18n();
  const [revision, refresh] = useFreshRevision();
  const [decided, setDecided] = useState(false);
  const state = useLoad(`approvals:${revision}`, (signal) => api.GET('/api/approvals', { params: { query: { status: 'pending' } }, signal }));
  const items = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  return (
    <>
      <PageHeading>{t('approvals.title')}</PageHeading>
      <p className="lead">{t('approvals.intro')}</p>
      {decided && <Notice tone="success">{t('approvals.decided')}</Notice>}
      {state.status === 'loading' && !items && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {items && items.length === 0 && <p className="empty-state">{t('approvals.empty')}</p>}
      {items && items.length > 0 && (
        <ul className="referral-list" aria-label={t('approvals.title')}>
          {items.map((approval) => (
            <ApprovalItem
              key={approval.id}
              approval={approval}
              onDecided={() => {
                setDecided(true);
                refresh();
              }}
            />
          ))}
        </ul>
      )}
    </>
  );
}
