import { useSearch } from 'wouter';
import { api, apiHref } from '../../api.ts';
import { Notice } from '../../components/notice.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { safeNextPath } from '../session/require-sign-in.tsx';

const loadOrganisations = (signal: AbortSignal) =>
  api.GET('/api/sso/organisations', { signal, redirectOnUnauthorized: false });

/** The address that starts single sign-on at the organisation's provider; a full page load, not a client route. */
export function ssoStartHref(organisationId: string, returnTo: string): string {
  return apiHref('/api/sso/{organisationId}/start', { path: { organisationId }, query: { returnTo } });
}

/** Shown when the server sent the browser back from a single sign-on that did not succeed. */
export function SsoFailedNotice() {
  const t = useT();
  const search = useSearch();
  if (new URLSearchParams(search).get('sso') !== 'failed') return null;
  return <Notice tone="error">{t('sso.failed')}</Notice>;
}

/**
 * "Sign in through your organisation": one link per organisation with its own OpenID provider.
 * Nothing is shown when no organisation has one, or when the list cannot be loaded (password
 * sign-in still works).
 */
export function SsoSignIn() {
  const t = useT();
  const search = useSearch();
  const organisations = useLoad('sso-organisations', loadOrganisations);
  if (organisations.status !== 'ready' || organisations.data.items.length === 0) return null;
  const returnTo = safeNextPath(new URLSearchParams(search).get('next'));

  return (
    <section className="sso-sign-in" aria-labelledby="sso-sign-in-heading">
      <h2 id="sso-sign-in-heading" className="section-heading">
        {t('sso.title')}
      </h2>
      <p>{t('sso.intro')}</p>
      <ul className="plain-list sso-sign-in__list">
        {organisations.data.items.map((organisation) => (
          <li key={organisation.id}>
            <a className="button button--secondary" href={ssoStartHref(organisation.id, returnTo)}>
              {t('sso.signInWith', { organisation: organisation.name })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
