import type { PhaseHistoryEntry } from '../../../shared/schemas/support-process.ts';
import { DataTable } from '../../components/data-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { phaseLabel } from '../cases/case-labels.ts';
import { moveKindLabel } from './support-process-labels.ts';

/** Every move between phases, newest first, with who moved the case and why. */
export function PhaseHistory({ history }: { history: readonly PhaseHistoryEntry[] }) {
  const { t, formatDateTime } = useI18n();
  return (
    <div className="process-history">
      <h3 className="process-subheading" id="process-history-heading">
        {t('supportProcess.historyHeading')}
      </h3>
      {history.length === 0 ? (
        <p>{t('supportProcess.historyEmpty')}</p>
      ) : (
        <DataTable
          id="process-history"
          caption={t('supportProcess.historyCaption')}
          hideCaption
          columns={[t('supportProcess.col.when'), t('supportProcess.col.move'), t('supportProcess.col.kind'), t('supportProcess.col.reason'), t('supportProcess.col.by')]}
        >
          {[...history].reverse().map((entry) => (
            <tr key={entry.id}>
              <td className="table__nowrap">
                <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>
              </td>
              <td>
                {entry.from
                  ? t('supportProcess.fromTo', { from: phaseLabel(t, entry.from), to: phaseLabel(t, entry.to) })
                  : phaseLabel(t, entry.to)}
              </td>
              <td>{moveKindLabel(t, entry.kind)}</td>
              <td className="process-history__reason">{entry.reason ?? '–'}</td>
              <td>{entry.byName}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </div>
  );
}
