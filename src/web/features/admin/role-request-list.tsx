import { useState } from 'react';
import type { RoleRequest } from '../../../shared/schemas/admin.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Notice } from '../../components/notice.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { rolesLabel } from './admin-labels.ts';
import { RejectionForm } from './rejection-form.tsx';
import { roleRefusalText } from './role-refusal.ts';

export interface RoleRequestListProps {
  organisationId: string;
  items: readonly RoleRequest[];
  onChanged: () => void;
}

type Decision = 'approve' | 'reject' | 'withdraw';
const doneKey = { approve: 'roles.requests.approved', reject: 'roles.requests.rejected', withdraw: 'roles.requests.withdrawn' } as const;

/** Sends one decision about a role request. */
function send(organisationId: string, requestId: string, decision: Decision, reason = ''): Promise<unknown> {
  const params = { path: { organisationId, requestId } };
  switch (decision) {
    case 'approve':
      return api.POST('/api/organisations/{organisationId}/role-requests/{requestId}/approve', { params });
    case 'reject':
      return api.POST('/api/organisations/{organisationId}/role-requests/{requestId}/reject', { params, body: { reason } });
    case 'withdraw':
      return api.POST('/api/organisations/{organisationId}/role-requests/{requestId}/withdraw', { params });
  }
}

/** Roles for members waiting for a second administrator: approve, reject with a reason, or withdraw one's own. */
export function RoleRequestList({ organisationId, items, onChanged }: RoleRequestListProps) {
  const t = useT();
  const { formatDateTime } = useI18n();
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const [busyId, setBusyId] = useState<string | null>(null);
  const [rejecting, setRejecting] = useState<RoleRequest | null>(null);

  const decide = (request: RoleRequest, decision: Decision, reason?: string) => {
    setBusyId(request.id);
    setMessage(null);
    send(organisationId, request.id, decision, reason).then(
      () => {
        setBusyId(null);
        setRejecting(null);
        setMessage({ tone: 'success', text: t(doneKey[decision], { name: request.memberName }) });
        onChanged();
      },
      (error: unknown) => {
        setBusyId(null);
        setMessage({ tone: 'error', text: roleRefusalText(t, error, t('members.forbidden')) });
      },
    );
  };

  return (
    <>
      {message && <Notice tone={message.tone} takeFocus>{message.text}</Notice>}
      {items.length === 0 ? (
        <p className="empty-state">{t('roles.requests.empty')}</p>
      ) : (
        <DataTable
          id="role-request-table"
          caption={t('roles.requests.title')}
          hideCaption
          columns={[
            t('roles.requests.col.member'),
            t('roles.requests.col.roles'),
            t('roles.requests.col.requestedBy'),
            t('roles.requests.col.requestedAt'),
            t('roles.requests.col.actions'),
          ]}
        >
          {items.map((r) => (
            <tr key={r.id}>
              <th scope="row">{r.memberName}</th>
              <td>{rolesLabel(t, r.roles)}</td>
              <td>{r.requestedByName}</td>
              <td className="table__nowrap">{formatDateTime(r.createdAt)}</td>
              <td>
                <div className="table-actions">
                  {r.can.approve && (
                    <Button disabled={busyId === r.id} onClick={() => { decide(r, 'approve'); }}>
                      {t('roles.requests.approve', { name: r.memberName })}
                    </Button>
                  )}
                  {r.can.reject && (
                    <Button variant="secondary" disabled={busyId === r.id} onClick={() => { setMessage(null); setRejecting(r); }}>
                      {t('roles.requests.reject', { name: r.memberName })}
                    </Button>
                  )}
                  {r.can.withdraw && (
                    <Button variant="secondary" disabled={busyId === r.id} onClick={() => { decide(r, 'withdraw'); }}>
                      {t('roles.requests.withdraw', { name: r.memberName })}
                    </Button>
                  )}
                  {!r.can.approve && <p className="table__note">{t('roles.requests.waitingForOther')}</p>}
                </div>
              </td>
            </tr>
          ))}
        </DataTable>
      )}
      {rejecting && (
        <RejectionForm
          key={rejecting.id}
          id="role-request-rejection"
          title={t('roles.reject.title', { name: rejecting.memberName })}
          isBusy={busyId === rejecting.id}
          onReject={(reason) => { decide(rejecting, 'reject', reason); }}
          onCancel={() => { setRejecting(null); }}
        />
      )}
    </>
  );
}
