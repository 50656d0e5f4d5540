import { useState } from 'react';
import type { Invitation, InvitationSent } from '../../../shared/schemas/admin.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Notice } from '../../components/notice.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { rolesLabel } from './admin-labels.ts';
import { InvitationLink } from './invitation-link.tsx';
import { RejectionForm } from './rejection-form.tsx';
import { roleRefusalText } from './role-refusal.ts';

export interface InvitationListProps {
  organisationId: string;
  items: readonly Invitation[];
  onChanged: () => void;
}

type InvitationAction = 'revoke' | 'resend' | 'approve' | 'reject';

type Outcome =
  | { kind: 'done'; text: string }
  | { kind: 'sent'; name: string; sent: InvitationSent; text?: string }
  | { kind: 'error'; text: string };

/** Sends one decision about an invitation; the answer is the invitation sent again, or nothing. */
function send(organisationId: string, invitationId: string, action: InvitationAction, reason = ''): Promise<InvitationSent | null> {
  const params = { path: { organisationId, invitationId } };
  switch (action) {
    case 'revoke':
      return api.POST('/api/organisations/{organisationId}/invitations/{invitationId}/revoke', { params }).then(() => null);
    case 'resend':
      return api.POST('/api/organisations/{organisationId}/invitations/{invitationId}/resend', { params });
    case 'approve':
      return api.POST('/api/organisations/{organisationId}/invitations/{invitationId}/approve', { params });
    case 'reject':
      return api.POST('/api/organisations/{organisationId}/invitations/{invitationId}/reject', { params, body: { reason } }).then(() => null);
  }
}

/**
 * Invitations not yet accepted: resend and revoke; those waiting for a second administrator show
 * it, and the administrators who may approve them get approve and reject.
 */
export function InvitationList({ organisationId, items, onChanged }: InvitationListProps) {
  const t = useT();
  const { formatDateTime } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<Invitation | null>(null);

  const act = (invitation: Invitation, action: InvitationAction, reason?: string) => {
    setBusyId(invitation.id);
    setOutcome(null);
    const name = invitation.name;
    send(organisationId, invitation.id, action, reason).then(
      (sent) => {
        setBusyId(null);
        setRejecting(null);
        if (sent && action === 'approve') setOutcome({ kind: 'sent', name, sent, text: t('roles.invitation.approved', { name }) });
        else if (sent) setOutcome({ kind: 'sent', name, sent });
        else setOutcome({ kind: 'done', text: t(action === 'reject' ? 'roles.invitation.rejected' : 'invitations.revoked', { name }) });
        onChanged();
      },
      (error: unknown) => {
        setBusyId(null);
        setOutcome({ kind: 'error', text: roleRefusalText(t, error, t('members.forbidden')) });
      },
    );
  };

  return (
    <>
      {outcome?.kind === 'done' && <Notice tone="success">{outcome.text}</Notice>}
      {outcome?.kind === 'sent' && outcome.text && <Notice tone="success">{outcome.text}</Notice>}
      {outcome?.kind === 'sent' && outcome.sent.emailed && (
        <Notice tone="success">{t('invite.emailed', { email: outcome.sent.invitation.email })}</Notice>
      )}
      {outcome?.kind === 'sent' && outcome.sent.link && <InvitationLink link={outcome.sent.link} name={outcome.name} />}
      {outcome?.kind === 'error' && <Notice tone="error" takeFocus>{outcome.text}</Notice>}
      {items.length === 0 ? (
        <p className="empty-state">{t('invitations.empty')}</p>
      ) : (
        <DataTable
          id="invitation-table"
          caption={t('invitations.title')}
          hideCaption
          columns={[
            t('invitations.col.name'),
            t('invitations.col.email'),
            t('invitations.col.roles'),
            t('invitations.col.expires'),
            t('invitations.col.actions'),
          ]}
        >
          {items.map((i) => (
            <tr key={i.id}>
              <th scope="row">{i.name}</th>
              <td>{i.email}</td>
              <td>
                {rolesLabel(t, i.roles)}
                {i.awaitingApproval && <p className="table__note">{t('roles.invitation.awaiting')}</p>}
              </td>
              <td className="table__nowrap">{i.isExpired ? t('invitations.expired') : formatDateTime(i.expiresAt)}</td>
              <td>
                <div className="table-actions">
                  {i.can.approve && (
                    <>
                      <Button disabled={busyId === i.id} onClick={() => { act(i, 'approve'); }}>
                        {t('roles.invitation.approve', { name: i.name })}
                      </Button>
                      <Button variant="secondary" disabled={busyId === i.id} onClick={() => { setOutcome(null); setRejecting(i); }}>
                        {t('roles.invitation.reject', { name: i.name })}
                      </Button>
                    </>
                  )}
                  {i.awaitingApproval && !i.can.approve && <p className="table__note">{t('roles.requests.waitingForOther')}</p>}
                  {i.can.resend && (
                    <Button variant="secondary" disabled={busyId === i.id} onClick={() => { act(i, 'resend'); }}>
                      {t('invitations.resend', { name: i.name })}
                    </Button>
                  )}
                  {i.can.revoke && (
                    <Button variant="secondary" disabled={busyId === i.id} onClick={() => { act(i, 'revoke'); }}>
                      {t('invitations.revoke', { name: i.name })}
                    </Button>
                  )}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {rejecting && (
        <RejectionForm
          key={rejecting.id}
          id="invitation-rejection"
          title={t('roles.invitation.reject', { name: rejecting.name })}
          isBusy={busyId === rejecting.id}
          onReject={(reason) => { act(rejecting, 'reject', reason); }}
          onCancel={() => { setRejecting(null); }}
        />
      )}
    </>
  );
}
