import { useState } from 'react';
import type { SupportProcessState } from '../../../shared/schemas/support-process.ts';
import { api, ifMatch, isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ReasonForm } from '../referrals/reason-form.tsx';

type PendingClosure = NonNullable<SupportProcessState['pendingClosureApproval']>;

/**
 * Closing a case whose person has protected identity waits for a national coordinator: says so,
 * by whom and since when it was asked, and lets the one who asked withdraw it with a reason.
 */
export function ClosureApproval({ pending, onWithdrawn, onGone }: { pending: PendingClosure; onWithdrawn: () => void; onGone: () => void }) {
  const { t, formatDateTime } = useI18n();
  const [withdrawing, setWithdrawing] = useState(false);
  const send = (reason: string) =>
    api
      .POST('/api/approvals/{approvalId}/withdraw', { params: { path: { approvalId: pending.id }, header: ifMatch(pending.version) }, body: { reason } })
      .catch((error: unknown) => {
        // Decided or withdrawn meanwhile: show the case as it is now.
        if (isApiError(error, 409) || isApiError(error, 412)) onGone();
        throw error;
      });
  return (
    <section className="notice notice--info closure-approval" aria-labelledby="closure-approval-heading">
      <h3 id="closure-approval-heading" className="closure-approval__heading">
        {t('approvals.closureWaits')}
      </h3>
      <p>{t('approvals.requestedBy', { name: pending.requestedByName, time: formatDateTime(pending.createdAt) })}</p>
      {pending.canWithdraw && !withdrawing && (
        <Button variant="secondary" onClick={() => setWithdrawing(true)}>
          {t('approvals.withdraw')}
        </Button>
      )}
      {withdrawing && (
        <ReasonForm
          id="closure-approval-withdraw"
          label={t('approvals.withdrawReason')}
          submitLabel={t('approvals.withdraw')}
          send={send}
          onDone={() => {
            setWithdrawing(false);
            onWithdrawn();
          }}
          onCancel={() => setWithdrawing(false)}
        />
      )}
    </section>
  );
}
