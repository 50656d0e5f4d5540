import type { RegistrationList } from '../../../shared/schemas/trainings.ts';
import { DataTable } from '../../components/data-table.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { audienceLabel, regionLabel } from './training-labels.ts';

type Row = { key: string; label: string; confirmed: number; waiting: number; attended: number };

function CountsTable({ id, caption, heading, rows }: { id: string; caption: string; heading: string; rows: Row[] }) {
  const { t } = useI18n();
  return (
    <DataTable
      id={id}
      caption={caption}
      columns={[heading, t('trainings.counts.confirmed'), t('trainings.counts.waiting'), t('trainings.counts.attended')]}
    >
      {rows.map((row) => (
        <tr key={row.key}>
          <th scope="row">{row.label}</th>
          <td>{row.confirmed}</td>
          <td>{row.waiting}</td>
          <td>{row.attended}</td>
        </tr>
      ))}
    </DataTable>
  );
}

/** The registrations not cancelled, counted by organisation kind and by police region. */
export function RegistrationCounts({ list }: { list: RegistrationList }) {
  const { t } = useI18n();
  return (
    <div className="training-counts">
      <CountsTable
        id="counts-by-kind"
        caption={t('trainings.counts.byKind')}
        heading={t('trainings.column.organisationKind')}
        rows={list.byOrganisationKind.map((c) => ({ key: c.organisationKind, label: audienceLabel(t, c.organisationKind), ...c }))}
      />
      <CountsTable
        id="counts-by-region"
        caption={t('trainings.counts.byRegion')}
        heading={t('trainings.column.region')}
        rows={list.byRegion.map((c) => ({ key: c.regionCode ?? 'unknown', label: c.regionCode ? regionLabel(t, c.regionCode) : t('trainings.counts.regionUnknown'), ...c }))}
      />
    </div>
  );
}
