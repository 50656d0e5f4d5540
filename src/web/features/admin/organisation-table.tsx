import { Link } from 'wouter';
import type { Organisation } from '../../../shared/schemas/admin.ts';
import { useT } from '../../i18n/index.tsx';
import { regionLabel, yesNo } from '../cases/case-labels.ts';
import type { GeographyIndex } from '../reference/geography.ts';
import { organisationPath, organisationTypeLabel } from './admin-labels.ts';

/** The organisations the admin may see, each linking to its people and invitations. */
export function OrganisationTable({ items, geography }: { items: readonly Organisation[]; geography: GeographyIndex }) {
  const t = useT();
  return (
    <div className="table-scroll" role="region" aria-labelledby="organisation-table-caption" tabIndex={0}>
      <table className="table">
        <caption id="organisation-table-caption" className="table__caption">
          {t('admin.organisations')}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('admin.col.name')}</th>
            <th scope="col">{t('admin.col.type')}</th>
            <th scope="col">{t('admin.col.region')}</th>
            <th scope="col">{t('admin.col.sso')}</th>
            <th scope="col">{t('admin.col.status')}</th>
          </tr>
        </thead>
        <tbody>
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
        </tbody>
      </table>
    </div>
  );
}
