import { useState } from 'react';
import { Link, useParams } from 'wouter';
import { api, isApiError } from '../api.ts';
import { ButtonLink } from '../components/button.tsx';
import { Loading } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { organisationPath, organisationTypeLabel } from '../features/admin/admin-labels.ts';
import { InvitationList } from '../features/admin/invitation-list.tsx';
import { InviteForm } from '../features/admin/invite-form.tsx';
import { MembersTable } from '../features/admin/members-table.tsx';
import { RoleChangeLog } from '../features/admin/role-change-log.tsx';
import { RoleRequestList } from '../features/admin/role-request-list.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/**
 * One organisation: its members, roles waiting for a second administrator, the invitations waiting,
 * the invite form, and the log of role changes.
 */
export default function AdminOrganisationRoute() {
  const t = useT();
  const { id } = useParams<{ id: string }>();
  const [version, setVersion] = useState(0);
  const [isLogOpen, setIsLogOpen] = useState(false);
  const reload = () => { setVersion((v) => v + 1); };
  const state = useLoad(`admin:organisation:${id}:${version}`, async (signal) => {
    const params = { path: { organisationId: id } };
    const [organisation, members, invitations, requests] = await Promise.all([
      api.GET('/api/organisations/{organisationId}', { params, signal }),
      api.GET('/api/organisations/{organisationId}/members', { params, signal }),
      api.GET('/api/organisations/{organisationId}/invitations', { params, signal }),
      api.GET('/api/organisations/{organisationId}/role-requests', { params, signal }),
    ]);
    return { organisation, members, invitations, requests };
  });

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
          <h2 className="section-heading">{t('members.title')}</h2>
          <MembersTable organisationId={id} items={data.members.items} onChanged={reload} />
          <h2 className="section-heading">{t('roles.requests.title')}</h2>
          <p>{t('roles.requests.intro')}</p>
          <RoleRequestList organisationId={id} items={data.requests.items} onChanged={reload} />
          <h2 className="section-heading">{t('invitations.title')}</h2>
          <InvitationList organisationId={id} items={data.invitations.items} onChanged={reload} />
          {data.organisation.isActive && (
            <section className="narrow" aria-labelledby="invite-title">
              <h2 id="invite-title" className="section-heading">
                {t('invite.title')}
              </h2>
              <p>{t('invite.intro')}</p>
              <InviteForm organisationId={id} choices={data.members.inviteChoices} onInvited={reload} />
            </section>
          )}
          <details className="disclosure" onToggle={(event) => { setIsLogOpen(event.currentTarget.open); }}>
            <summary>{t('roles.log.show')}</summary>
            <h2 className="section-heading">{t('roles.log.title')}</h2>
            <p>{t('roles.log.intro')}</p>
            {isLogOpen && <RoleChangeLog organisationId={id} version={version} />}
          </details>
        </>
      )}
    </>
  );
}
