import { api } from '../api.ts';
import { ButtonLink } from '../components/button.tsx';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { OrganisationTable } from '../features/admin/organisation-table.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { loadGeography } from '../features/reference/geography.ts';
import { useSession } from '../features/session/session-context.tsx';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

export default function AdminOrganisationsRoute() {
  const t = useT();
  const { state: session } = useSession();
  const canRetention = session.status === 'ready' && session.me?.can.retention.readSettings === true;
  const state = useLoad('admin:organisations', async (signal) => {
    const [list, geography] = await Promise.all([api.GET('/api/organisations', { signal }), loadGeography()]);
    return { list, geography };
  });
  return (
    <>
      <div className="page-header">
        <PageHeading>{t('admin.title')}</PageHeading>
        {state.status === 'ready' && state.data.list.can.create && (
          <ButtonLink href="/admin/organisations/new">{t('admin.newOrganisation')}</ButtonLink>
        )}
        {canRetention && (
          <ButtonLink href="/admin/retention" variant="secondary">
            {t('retention.link')}
          </ButtonLink>
        )}
      </div>
      {state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {state.status === 'ready' &&
        (state.data.list.items.length === 0 ? (
          <p className="empty-state">{t('admin.noOrganisations')}</p>
        ) : (
          <OrganisationTable items={state.data.list.items} geography={state.data.geography} />
        ))}
    </>
  );
}
