import { Link } from 'wouter';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { OrganisationForm } from '../features/admin/organisation-form.tsx';
import { useGeography } from '../features/reference/geography.ts';
import { useT } from '../i18n/index.tsx';

export default function AdminOrganisationNewRoute() {
  const t = useT();
  const geography = useGeography();
  return (
    <div className="narrow">
      <p className="back-link">
        <Link href="/admin">{t('admin.backToOrganisations')}</Link>
      </p>
      <PageHeading>{t('orgForm.newTitle')}</PageHeading>
      {geography.status === 'loading' && <Loading label={t('app.loading')} />}
      {geography.status === 'error' && <Notice tone="error">{t('app.genericError')}</Notice>}
      {geography.status === 'ready' && <OrganisationForm geography={geography.data} />}
    </div>
  );
}
