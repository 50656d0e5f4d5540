import { useState } from 'react';
import type { Member } from '../../../shared/schemas/admin.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Notice } from '../../components/notice.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { rolesLabel } from './admin-labels.ts';
import { MemberPanel, type PanelKind } from './member-panel.tsx';
import { roleRefusalText } from './role-refusal.ts';

export interface MembersTableProps {
  organisationId: string;
  items: readonly Member[];
  onChanged: () => void;
}

/** The members of one organisation, with their roles and what the admin may do to each. */
export function MembersTable({ organisationId, items, onChanged }: MembersTableProps) {
  const t = useT();
  const { formatDateTime } = useI18n();
  const [panel, setPanel] = useState<{ kind: PanelKind; member: Member } | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const memberParams = (m: Member) => ({ path: { organisationId, userId: m.id } });

  const done = (text: string) => {
    setPanel(null);
    setMessage({ tone: 'success', text });
    onChanged();
  };
  const failed = (error: unknown) => {
    setMessage({ tone: 'error', text: roleRefusalText(t, error, t('members.forbidden')) });
  };

  const reactivate = (m: Member) => {
    setMessage(null);
    api.POST('/api/organisations/{organisationId}/members/{userId}/reactivate', { params: memberParams(m) }).then(() => { done(t('members.reactivated', { name: m.name })); }, failed);
  };
  const revoke = (m: Member) => {
    setMessage(null);
    api.POST('/api/organisations/{organisationId}/members/{userId}/revoke-sessions', { params: memberParams(m) }).then(
      ({ revoked }) => { done(t('members.sessionsRevoked', { name: m.name, count: revoked })); },
      failed,
    );
  };

  if (items.length === 0) return <p className="empty-state">{t('members.empty')}</p>;
  return (
    <>
      {message && <Notice tone={message.tone} takeFocus>{message.text}</Notice>}
      <DataTable
        id="members-table"
        caption={t('members.title')}
        hideCaption
        columns={[
          t('members.col.name'),
          t('members.col.email'),
          t('members.col.roles'),
          t('members.col.secondFactor'),
          t('members.col.lastSignIn'),
          t('members.col.status'),
          t('members.col.actions'),
        ]}
      >
        {items.map((m) => (
          <tr key={m.id}>
            <th scope="row">
              {m.name}
              {m.isSelf && ` (${t('roles.you')})`}
            </th>
            <td>{m.email}</td>
            <td>
              {rolesLabel(t, m.roles)}
              {m.pendingRoles.length > 0 && <p className="table__note">{t('roles.pending', { roles: rolesLabel(t, m.pendingRoles) })}</p>}
            </td>
            <td>{m.hasSecondFactor ? t('members.enrolled') : t('members.notEnrolled')}</td>
            <td className="table__nowrap">{m.lastSignInAt ? formatDateTime(m.lastSignInAt) : t('members.never')}</td>
            <td>{m.isActive ? t('admin.active') : t('admin.inactive')}</td>
            <td>
              <div className="table-actions">
                {m.isSelf && <p className="table__note">{t('roles.ownRoles')}</p>}
                {m.can.editRoles && (
                  <Button variant="secondary" onClick={() => { setMessage(null); setPanel({ kind: 'roles', member: m }); }}>
                    {t('members.editRoles', { name: m.name })}
                  </Button>
                )}
                {m.can.deactivate && m.isActive && (
                  <Button variant="secondary" onClick={() => { setMessage(null); setPanel({ kind: 'deactivate', member: m }); }}>
                    {t('members.deactivate', { name: m.name })}
                  </Button>
                )}
                {m.can.deactivate && !m.isActive && (
                  <Button variant="secondary" onClick={() => { reactivate(m); }}>
                    {t('members.reactivate', { name: m.name })}
                  </Button>
                )}
                {m.can.revokeSessions && m.isActive && (
                  <Button variant="secondary" onClick={() => { revoke(m); }}>
                    {t('members.revokeSessions', { name: m.name })}
                  </Button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
      {panel && (
        <MemberPanel
          key={`${panel.kind}:${panel.member.id}`}
          kind={panel.kind}
          member={panel.member}
          organisationId={organisationId}
          onDone={done}
          onFailed={failed}
          onCancel={() => { setPanel(null); }}
        />
      )}
    </>
  );
}
