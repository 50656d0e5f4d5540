import type { CaseTeam, LegalBasis } from '../../../shared/schemas/case-team.ts';
import { Button } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { ActionLabel } from './team-form-parts.tsx';
import { calendarDate, legalBasisSummary, statuteHint, statuteLabel } from './team-labels.ts';
import type { TeamAction } from './team-panel.tsx';

export interface LegalBasisTableProps {
  team: CaseTeam;
  canManage: boolean;
  onAction: (action: TeamAction, openerId: string) => void;
}

/** Every legal basis recorded in the case, withdrawn consents too, with what each says. */
export function LegalBasisTable({ team, canManage, onAction }: LegalBasisTableProps) {
  const { t, formatDate } = useI18n();
  if (team.legalBases.length === 0) return <p className="empty-state">{t('team.noBases')}</p>;
  const columns = [t('team.col.organisation'), t('team.col.legalBasis'), t('team.col.details'), t('team.col.recorded')];
  return (
    <DataTable id="team-legal-bases" caption={t('team.basesCaption')} columns={canManage ? [...columns, t('team.col.actions')] : columns}>
      {team.legalBases.map((basis) => {
        const withdrawId = `team-withdraw-${basis.id}`;
        const canWithdraw = canManage && basis.kind === 'consent' && basis.consentWithdrawnAt === null;
        return (
          <tr key={basis.id}>
            <th scope="row">{basis.organisationName}</th>
            <td>{basis.kind === 'statute' && basis.statute ? statuteLabel(t, basis.statute) : t('team.kind.consent')}</td>
            <td>
              <BasisDetails basis={basis} />
            </td>
            <td className="table__nowrap">{t('team.byOn', { date: formatDate(basis.recordedAt), name: basis.recordedByName })}</td>
            {canManage && (
              <td>
                {canWithdraw && (
                  <Button id={withdrawId} variant="secondary" onClick={() => { onAction({ kind: 'withdraw', basis }, withdrawId); }}>
                    <ActionLabel visible={t('team.withdraw')} full={t('team.withdrawConsent', { organisation: basis.organisationName })} />
                  </Button>
                )}
              </td>
            )}
          </tr>
        );
      })}
    </DataTable>
  );
}

function BasisDetails({ basis }: { basis: LegalBasis }) {
  const { t, formatDate } = useI18n();
  if (basis.kind === 'statute') return basis.statute ? <span className="team__subtle">{statuteHint(t, basis.statute)}</span> : null;
  return (
    <ul className="plain-list team__facts">
      {basis.consentGivenOn && <li>{t('team.consentGivenOn', { date: formatDate(calendarDate(basis.consentGivenOn)) })}</li>}
      {basis.consentGivenTo && <li>{t('team.consentGivenTo', { whom: basis.consentGivenTo })}</li>}
      {basis.consentScope && <li>{t('team.consentScope', { scope: basis.consentScope })}</li>}
      <li>
        {basis.consentWithdrawnAt ? (
          <strong className="team__no-access">{t('team.consentWithdrawn', { date: formatDate(basis.consentWithdrawnAt) })}</strong>
        ) : (
          t('team.consentValid')
        )}
      </li>
    </ul>
  );
}

/** Organisations that have left the team, folded away: history, not the daily view. */
export function RemovedMembers({ team }: { team: CaseTeam }) {
  const { t, formatDate } = useI18n();
  if (team.removed.length === 0) return null;
  const basisOf = (id: string) => team.legalBases.find((b) => b.id === id);
  return (
    <details className="team__history">
      <summary>{t('team.removedSummary', { count: team.removed.length })}</summary>
      <DataTable
        id="team-removed"
        caption={t('team.removedCaption')}
        hideCaption
        columns={[t('team.col.organisation'), t('team.col.legalBasis'), t('team.col.added'), t('team.col.removed')]}
      >
        {team.removed.map((member) => {
          const basis = basisOf(member.legalBasisId);
          return (
            <tr key={member.id}>
              <th scope="row">{member.organisationName}</th>
              <td>{basis ? legalBasisSummary(t, formatDate, basis) : null}</td>
              <td className="table__nowrap">{t('team.byOn', { date: formatDate(member.addedAt), name: member.addedByName })}</td>
              <td className="table__nowrap">
                {member.removedByName
                  ? t('team.byOn', { date: formatDate(member.removedAt), name: member.removedByName })
                  : formatDate(member.removedAt)}
              </td>
            </tr>
          );
        })}
      </DataTable>
    </details>
  );
}
