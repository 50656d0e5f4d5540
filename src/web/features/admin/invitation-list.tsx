import { useState } from 'react';
import type { Invitation, InvitationSent } from '../../../shared/schemas/admin.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Notice } from '../../components/notice.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { organisationApiPath, rolesLabel } from './admin-labels.ts';
import { InvitationLink } from './invitation-link.tsx';

export interface InvitationListProps {
  organisationId: string;
  items: readonly Invitation[];
  onChanged: () => void;
}

type Outcome = { kind: 'revoked'; name: string } | { kind: 'resent'; name: string; sent: InvitationSent } | { kind: 'error' };

/** Invitations not yet accepted, each with resend and revoke. */
export function InvitationList({ organisationId, items, onChanged }: InvitationListProps) {
  const t = useT();
  const { formatDateTime } = useI18n();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const base = `${organisationApiPath(organisationId)}/invitations`;

  const act = (invitation: Invitation, action: 'revoke' | 'resend') => {
    setBusyId(invitation.id);
    setOutcome(null);
    api.post<InvitationSent | null>(`${base}/${invitation.id}/${action}`).then(
      (sent) => {
        setBusyId(null);
        setOutcome(action === 'revoke' || !sent ? { kind: 'revoked', name: invitation.name } : { kind: 'resent', name: invitation.name, sent });
        onChanged();
      },
      () => {
        setBusyId(null);
        setOutcome({ kind: 'error' });
      },
    );
  };

  return (
    <>
      {outcome?.kind === 'revoked' && <Notice tone="success">{t('invitations.revoked', { name: outcome.name })}</Notice>}
      {outcome?.kind === 'resent' && outcome.sent.emailed && (
        <Notice tone="success">{t('invite.emailed', { email: outcome.sent.invitation.email })}</Notice>
      )}
      {outcome?.kind === 'resent' && outcome.sent.link && <InvitationLink link={outcome.sent.link} name={outcome.name} />}
      {outcome?.kind === 'error' && <Notice tone="error">{t('app.genericError')}</Notice>}
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
              <td>{rolesLabel(t, i.roles)}</td>
              <td className="table__nowrap">{i.isExpired ? t('invitations.expired') : formatDateTime(i.expiresAt)}</td>
              <td>
                <div className="table-actions">
                  <Button variant="secondary" disabled={busyId === i.id} onClick={() => { act(i, 'resend'); }}>
                    {t('invitations.resend', { name: i.name })}
                  </Button>
                  <Button variant="secondary" disabled={busyId === i.id} onClick={() => { act(i, 'revoke'); }}>
                    {t('invitations.revoke', { name: i.name })}
                  </Button>
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
    </>
  );
}
