import type { CaseTeam, TeamMember } from '../../../shared/schemas/case-team.ts';
import { Button } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { organisationTypeLabel } from '../admin/admin-labels.ts';
import { ActionLabel } from './team-form-parts.tsx';
import { isUsable, legalBasisSummary } from './team-labels.ts';
import type { TeamAction } from './team-panel.tsx';

export interface TeamTableProps {
  team: CaseTeam;
  canManage: boolean;
  onAction: (action: TeamAction, openerId: string) => void;
}

/** The organisations on the team now, with the legal basis each stands on and its named contacts. */
export function TeamTable({ team, canManage, onAction }: TeamTableProps) {
  const { t, formatDate } = useI18n();
  if (team.members.length === 0) return <p className="empty-state">{t('team.noMembers')}</p>;
  const basisOf = (member: TeamMember) => team.legalBases.find((b) => b.id === member.legalBasisId);
  const columns = [t('team.col.organisation'), t('team.col.legalBasis'), t('team.col.contacts'), t('team.col.added')];
  return (
    <DataTable id="team-members" caption={t('team.membersCaption')} columns={canManage ? [...columns, t('team.col.actions')] : columns}>
      {team.members.map((member) => {
        const basis = basisOf(member);
        const editId = `team-edit-${member.id}`;
        const removeId = `team-remove-${member.id}`;
        return (
          <tr key={member.id}>
            <th scope="row">
              {member.organisationName}
              <span className="team__subtle">{organisationTypeLabel(t, member.organisationType)}</span>
            </th>
            <td>
              {basis && legalBasisSummary(t, formatDate, basis)}
              {(!basis || !isUsable(basis)) && <strong className="team__no-access">{t('team.noAccess')}</strong>}
            </td>
            <td>
              {member.contacts.length === 0 ? (
                <span className="team__subtle">{t('team.noContacts')}</span>
              ) : (
                <ul className="plain-list">
                  {member.contacts.map((contact) => (
                    <li key={contact.userId}>{contact.name}</li>
                  ))}
                </ul>
              )}
            </td>
            <td className="table__nowrap">{t('team.byOn', { date: formatDate(member.addedAt), name: member.addedByName })}</td>
            {canManage && (
              <td>
                <div className="table-actions">
                  <Button id={editId} variant="secondary" onClick={() => { onAction({ kind: 'edit', member }, editId); }}>
                    <ActionLabel visible={t('team.edit')} full={t('team.editMember', { organisation: member.organisationName })} />
                  </Button>
                  <Button id={removeId} variant="secondary" onClick={() => { onAction({ kind: 'remove', member }, removeId); }}>
                    <ActionLabel visible={t('team.remove')} full={t('team.removeMember', { organisation: member.organisationName })} />
                  </Button>
                </div>
              </td>
            )}
          </tr>
        );
      })}
    </DataTable>
  );
}
