import { Link } from 'wouter';
import type { Organisation } from '../../../shared/schemas/admin.ts';
import { DataTable } from '../../components/data-table.tsx';
import { useT } from '../../i18n/index.tsx';
import { regionLabel, yesNo } from '../cases/case-labels.ts';
import type { GeographyIndex } from '../reference/geography.ts';
import { organisationPath, organisationTypeLabel } from './admin-labels.ts';

/** The organisations the admin may see, each linking to its members and invitations. */
export function OrganisationTable({ items, geography }: { items: readonly Organisation[]; geography: GeographyIndex }) {
  const t = useT();
  return (
    <DataTable
      id="organisation-table"
      caption={t('admin.organisations')}
      columns={[t('admin.col.name'), t('admin.col.type'), t('admin.col.region'), t('admin.col.sso'), t('admin.col.status')]}
    >
      {items.map((o) => (
        <tr key={o.id}>
          <th scope="row">
            <Link href={organisationPath(o.id)}>{o.name}</Link>
          </th>
          <td>{organisationTypeLabel(t, o.type)}</td>
          <td className="table__nowrap">
            {o.regionCode ? regionLabel(t, geography.regionName(o.regionCode)) : t('admin.noRegion')}
          </td>
          <td>{yesNo(t, o.oidcIssuer !== null)}</td>
          <td>{o.isActive ? t('admin.active') : t('admin.inactive')}</td>
        </tr>
      ))}
    </DataTable>
  );
}
