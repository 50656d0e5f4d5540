import { useState } from 'react';
import type { Person } from '../../../shared/schemas/admin.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Notice } from '../../components/notice.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { rolesLabel } from './admin-labels.ts';
import { PersonPanel, type PanelKind } from './person-panel.tsx';
import { roleRefusalText } from './role-refusal.ts';

export interface PeopleTableProps {
  organisationId: string;
  items: readonly Person[];
  onChanged: () => void;
}

/** The people of one organisation, with their roles and what the admin may do to each. */
export function PeopleTable({ organisationId, items, onChanged }: PeopleTableProps) {
  const t = useT();
  const { formatDateTime } = useI18n();
  const [panel, setPanel] = useState<{ kind: PanelKind; person: Person } | null>(null);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const personParams = (p: Person) => ({ path: { organisationId, userId: p.id } });

  const done = (text: string) => {
    setPanel(null);
    setMessage({ tone: 'success', text });
    onChanged();
  };
  const failed = (error: unknown) => {
    setMessage({ tone: 'error', text: roleRefusalText(t, error, t('people.forbidden')) });
  };

  const reactivate = (p: Person) => {
    setMessage(null);
    api.POST('/api/organisations/{organisationId}/people/{userId}/reactivate', { params: personParams(p) }).then(() => { done(t('people.reactivated', { name: p.name })); }, failed);
  };
  const revoke = (p: Person) => {
    setMessage(null);
    api.POST('/api/organisations/{organisationId}/people/{userId}/revoke-sessions', { params: personParams(p) }).then(
      ({ revoked }) => { done(t('people.sessionsRevoked', { name: p.name, count: revoked })); },
      failed,
    );
  };

  if (items.length === 0) return <p className="empty-state">{t('people.empty')}</p>;
  return (
    <>
      {message && <Notice tone={message.tone} takeFocus>{message.text}</Notice>}
      <DataTable
        id="people-table"
        caption={t('people.title')}
        hideCaption
        columns={[
          t('people.col.name'),
          t('people.col.email'),
          t('people.col.roles'),
          t('people.col.secondFactor'),
          t('people.col.lastSignIn'),
          t('people.col.status'),
          t('people.col.actions'),
        ]}
      >
        {items.map((p) => (
          <tr key={p.id}>
            <th scope="row">
              {p.name}
              {p.isSelf && ` (${t('roles.you')})`}
            </th>
            <td>{p.email}</td>
            <td>
              {rolesLabel(t, p.roles)}
              {p.pendingRoles.length > 0 && <p className="table__note">{t('roles.pending', { roles: rolesLabel(t, p.pendingRoles) })}</p>}
            </td>
            <td>{p.hasSecondFactor ? t('people.enrolled') : t('people.notEnrolled')}</td>
            <td className="table__nowrap">{p.lastSignInAt ? formatDateTime(p.lastSignInAt) : t('people.never')}</td>
            <td>{p.isActive ? t('admin.active') : t('admin.inactive')}</td>
            <td>
              <div className="table-actions">
                {p.isSelf && <p className="table__note">{t('roles.ownRoles')}</p>}
                {p.can.editRoles && (
                  <Button variant="secondary" onClick={() => { setMessage(null); setPanel({ kind: 'roles', person: p }); }}>
                    {t('people.editRoles', { name: p.name })}
                  </Button>
                )}
                {p.can.deactivate && p.isActive && (
                  <Button variant="secondary" onClick={() => { setMessage(null); setPanel({ kind: 'deactivate', person: p }); }}>
                    {t('people.deactivate', { name: p.name })}
                  </Button>
                )}
                {p.can.deactivate && !p.isActive && (
                  <Button variant="secondary" onClick={() => { reactivate(p); }}>
                    {t('people.reactivate', { name: p.name })}
                  </Button>
                )}
                {p.can.revokeSessions && p.isActive && (
                  <Button variant="secondary" onClick={() => { revoke(p); }}>
                    {t('people.revokeSessions', { name: p.name })}
                  </Button>
                )}
              </div>
            </td>
          </tr>
        ))}
      </DataTable>
      {panel && (
        <PersonPanel
          key={`${panel.kind}:${panel.person.id}`}
          kind={panel.kind}
          person={panel.person}
          organisationId={organisationId}
          onDone={done}
          onFailed={failed}
          onCancel={() => { setPanel(null); }}
        />
      )}
    </>
  );
}
