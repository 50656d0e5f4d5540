import type { RoleChange } from '../../../shared/schemas/admin.ts';
import { api } from '../../api.ts';
import { DataTable } from '../../components/data-table.tsx';
import { Loading } from '../../components/notice.tsx';
import { type Translate, useI18n, useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { LoadError } from '../cases/load-error.tsx';
import { rolesLabel } from './admin-labels.ts';

function rolesText(t: Translate, entry: RoleChange): string {
  const list = (roles: RoleChange['before']) => (roles && roles.length > 0 ? rolesLabel(t, roles) : t('roles.log.none'));
  if (entry.before !== null && entry.after !== null) return t('roles.log.beforeAfter', { before: list(entry.before), after: list(entry.after) });
  return list(entry.roles ?? entry.after);
}

/**
 * The organisation's log of role changes, refused attempts included, read from the audit log.
 * Loaded only when opened (reading it is recorded), under a disclosure.
 */
export function RoleChangeLog({ organisationId, version }: { organisationId: string; version: number }) {
  const t = useT();
  const { formatDateTime } = useI18n();
  const state = useLoad(`admin:role-changes:${organisationId}:${version}`, (signal) =>
    api.GET('/api/organisations/{organisationId}/role-changes', { params: { path: { organisationId } }, signal }),
  );
  if (state.status === 'loading') return <Loading label={t('app.loading')} />;
  if (state.status === 'error') return <LoadError error={state.error} />;
  if (state.data.items.length === 0) return <p className="empty-state">{t('roles.log.empty')}</p>;
  return (
    <DataTable
      id="role-change-log"
      caption={t('roles.log.title')}
      hideCaption
      columns={[t('roles.log.col.time'), t('roles.log.col.event'), t('roles.log.col.by'), t('roles.log.col.member'), t('roles.log.col.roles'), t('roles.log.col.outcome')]}
    >
      {state.data.items.map((entry) => (
        <tr key={entry.id}>
          <td className="table__nowrap">{formatDateTime(entry.occurredAt)}</td>
          <th scope="row">{t(`roles.log.action.${entry.action}`)}</th>
          <td>{entry.actorName ?? '–'}</td>
          <td>{entry.memberName ?? '–'}</td>
          <td>{rolesText(t, entry)}</td>
          <td>{entry.refusal ? t('roles.log.refused', { reason: t(`roles.refusal.${entry.refusal}`) }) : t('roles.log.done')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
