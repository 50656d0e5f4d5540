import { Link, useParams } from 'wouter';
import { api, isApiError } from '../api.ts';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { organisationPath } from '../features/admin/admin-labels.ts';
import { OrganisationForm } from '../features/admin/organisation-form.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { loadGeography } from '../features/reference/geography.ts';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

export default function AdminOrganisationEditRoute() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const state = useLoad(`admin:organisation-edit:${id}`, async (signal) => {
    const [organisation, geography] = await Promise.all([
      api.GET('/api/organisations/{organisationId}', { params: { path: { organisationId: id } }, signal }),
      loadGeography(),
    ]);
    return { organisation, geography };
  });
  if (state.status === 'error' && (isApiError(state.error, 404) || isApiError(state.error, 400))) {
    return (
      <>
        <PageHeading>{t('admin.notFoundTitle')}</PageHeading>
        <p>{t('admin.notFound')}</p>
      </>
    );
  }
  const organisation = state.status === 'ready' ? state.data.organisation : null;
  return (
    <div className="narrow">
      <p className="back-link">
        <Link href={organisationPath(id)}>{organisation?.name ?? t('admin.backToOrganisations')}</Link>
      </p>
      <PageHeading>{organisation ? t('orgForm.editTitle', { name: organisation.name }) : t('admin.title')}</PageHeading>
      {state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {state.status === 'ready' && <OrganisationForm existing={state.data.organisation} geography={state.data.geography} />}
    </div>
  );
}
