import { useState } from 'react';
import type { Referral } from '../../../shared/schemas/referrals.ts';
import { Button } from '../../components/button.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ReasonForm } from './reason-form.tsx';

export interface ReferralActions {
  accept?: (referral: Referral) => Promise<Pick<Referral, 'status'>>;
  decline?: (referral: Referral, reason: string) => Promise<unknown>;
  revoke?: (referral: Referral, reason: string) => Promise<unknown>;
  onChanged: (message: string) => void;
}

/** One referral or transfer: what, from and to whom, where it stands, and the buttons its abilities allow. */
/** What accepting did: a seat on the team, the case taken over, or a transfer waiting for approval. */
function acceptedMessage(kind: Referral['kind'], status: Referral['status']) {
  if (kind === 'referral') return 'referrals.accepted' as const;
  return status === 'awaiting_approval' ? ('referrals.transferAwaitsApproval' as const) : ('referrals.transferAccepted' as const);
}

export function ReferralCard({ referral, actions, side }: { referral: Referral; actions: ReferralActions; side: 'incoming' | 'case' }) {
  const { t, formatDateTime } = useI18n();
  const [asking, setAsking] = useState<'decline' | 'revoke' | null>(null);
  const id = `referral-${referral.id}`;
  const need = referral.serviceNeed ? t(`referrals.need.${referral.serviceNeed}`) : t('referrals.wholeCase');
  return (
    <li className="referral" id={id}>
      <p className="referral__title">
        <strong>{t(`referrals.kind.${referral.kind}`)}</strong> – {need} – {t('referrals.case', { reference: referral.caseReference })}
      </p>
      <p>
        {side === 'incoming'
          ? t('referrals.from', { organisation: referral.fromOrganisationName })
          : t('referrals.to', { organisation: referral.toOrganisationName })}
        {', '}
        <time dateTime={referral.createdAt}>{formatDateTime(referral.createdAt)}</time>
      </p>
      <p className="referral__message">{referral.message}</p>
      <p className={`referral__status referral__status--${referral.status}`}>{t(`referrals.status.${referral.status}`)}</p>
      {referral.reason && <p>{t('referrals.reasonShown', { reason: referral.reason })}</p>}
      {asking === null && (
        <div className="referral__actions">
          {referral.can.accept && actions.accept && (
            <Button onClick={() => void actions.accept!(referral).then((after) => actions.onChanged(t(acceptedMessage(referral.kind, after.status))), () => actions.onChanged(t('app.genericError')))}>
              {t('referrals.accept')}
            </Button>
          )}{' '}
          {referral.can.decline && actions.decline && (
            <Button variant="secondary" onClick={() => setAsking('decline')}>
              {t('referrals.decline')}
            </Button>
          )}
          {referral.can.revoke && actions.revoke && (
            <Button variant="secondary" onClick={() => setAsking('revoke')}>
              {t('referrals.revoke')}
            </Button>
          )}
        </div>
      )}
      {asking !== null && (
        <ReasonForm
          id={`${id}-${asking}`}
          label={t('referrals.reason')}
          submitLabel={asking === 'decline' ? t('referrals.confirmDecline') : t('referrals.confirmRevoke')}
          send={(reason) => (asking === 'decline' ? actions.decline!(referral, reason) : actions.revoke!(referral, reason))}
          onDone={() => {
            setAsking(null);
            actions.onChanged(t('referrals.done'));
          }}
          onCancel={() => setAsking(null)}
        />
      )}
    </li>
  );
}
