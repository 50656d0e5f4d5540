import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { roles } from '../../shared/enums.ts';
import type { InvitationList as Invitations, Organisation, PersonList } from '../../shared/schemas/admin.ts';
import { api, isApiError } from '../api.ts';
import { ButtonLink } from '../components/button.tsx';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { organisationApiPath, organisationPath, organisationTypeLabel } from '../features/admin/admin-labels.ts';
import { InvitationList } from '../features/admin/invitation-list.tsx';
import { InviteForm } from '../features/admin/invite-form.tsx';
import { PeopleTable } from '../features/admin/people-table.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { useSession } from '../features/session/session-context.tsx';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/** One organisation: its people, the invitations waiting, and the invite form. */
export default function AdminOrganisationRoute() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const { state: session } = useSession();
  const [version, setVersion] = useState(0);
  const reload = () => { setVersion((v) => v + 1); };
  const state = useLoad(`admin:organisation:${id}:${version}`, async (signal) => {
    const base = organisationApiPath(id);
    const [organisation, people, invitations] = await Promise.all([
      api.get<Organisation>(base, { signal }),
      api.get<PersonList>(`${base}/people`, { signal }),
      api.get<Invitations>(`${base}/invitations`, { signal }),
    ]);
    return { organisation, people, invitations };
  });
  const isSystemAdmin = session.status === 'ready' && session.me?.can.manageOrganisations === true;
  const grantableRoles = isSystemAdmin ? roles : roles.filter((role) => role !== 'system_admin');

  if (state.status === 'error' && (isApiError(state.error, 404) || isApiError(state.error, 400))) {
    return (
      <>
        <PageHeading>{t('admin.notFoundTitle')}</PageHeading>
        <p>{t('admin.notFound')}</p>
        <p>
          <Link href="/admin">{t('admin.backToOrganisations')}</Link>
        </p>
      </>
    );
  }
  // Keep what was shown while reloading after a change, so focus and messages stay in place.
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  return (
    <>
      <p className="back-link">
        <Link href="/admin">{t('admin.backToOrganisations')}</Link>
      </p>
      <div className="page-header">
        <PageHeading>{data?.organisation.name ?? t('admin.title')}</PageHeading>
        {data?.organisation.can.edit && (
          <ButtonLink href={`${organisationPath(id)}/edit`} variant="secondary">
            {t('admin.edit')}
          </ButtonLink>
        )}
      </div>
      {!data && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <LoadError error={state.error} />}
      {data && (
        <>
          <p className="lead">
            {organisationTypeLabel(t, data.organisation.type)}
            {data.organisation.isActive ? '' : ` – ${t('admin.inactive')}`}
          </p>
          <h2 className="section-heading">{t('people.title')}</h2>
          <PeopleTable organisationId={id} items={data.people.items} grantableRoles={grantableRoles} onChanged={reload} />
          <h2 className="section-heading">{t('invitations.title')}</h2>
          <InvitationList organisationId={id} items={data.invitations.items} onChanged={reload} />
          {data.organisation.isActive && (
            <section className="narrow" aria-labelledby="invite-title">
              <h2 id="invite-title" className="section-heading">
                {t('invite.title')}
              </h2>
              <p>{t('invite.intro')}</p>
              <InviteForm organisationId={id} grantableRoles={grantableRoles} onInvited={reload} />
            </section>
          )}
        </>
      )}
    </>
  );
}
