import type { FastifyReply } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { problem } from '../../../shared/schemas/common.ts';
import { ssoCallbackQuery, ssoFailedPath, ssoOrganisationList, ssoStartParams, ssoStartQuery } from '../../../shared/schemas/sso.ts';
import type { Config } from '../../config.ts';
import { setSessionCookie } from '../../platform/authentication.ts';
import type { AppDeps } from '../../platform/deps.ts';
import { contextOf } from '../../platform/request-context.ts';
import { createOidcClients } from './oidc-clients.ts';
import { finishSignIn, listSsoOrganisations, recordSsoFailure, SsoFailure, type SsoDeps, startSignIn } from './sso.service.ts';
import { ssoPolicy } from './sso.policy.ts';

const callbackPath = '/api/sso/callback';

/**
 * The state of a sign-in under way, also kept in a cookie so that only the browser that started
 * it can finish it (no one can slip their own sign-in into someone else's browser). SameSite=Lax:
 * the provider sends the browser back with a cross-site top-level navigation.
 */
function stateCookieName(config: Config): string {
  return config.secureCookies ? '__Secure-samverka_sso_state' : 'samverka_sso_state';
}

function stateCookieOptions(config: Config) {
  return { path: callbackPath, httpOnly: true, secure: config.secureCookies, sameSite: 'lax' as const };
}

const redirectResponse = { 302: z.null().describe('Redirect') };

export const ssoRoutes: FastifyPluginAsyncZod<AppDeps> = async (app, appDeps) => {
  const deps: SsoDeps = { ...appDeps, clients: createOidcClients() };
  const { config } = deps;

  /** Every failure ends on the sign-in page with one message; the reason goes to the audit log only. */
  async function failed(reply: FastifyReply, request: Parameters<typeof contextOf>[0], error: unknown) {
    const failure = error instanceof SsoFailure ? error : new SsoFailure('exchange_failed');
    if (!(error instanceof SsoFailure)) request.log.error({ errorName: (error as Error | undefined)?.name }, 'SSO sign-in error');
    request.log.warn({ reason: failure.reason }, 'SSO sign-in failed');
    await recordSsoFailure(deps.db, contextOf(request), failure);
    reply.clearCookie(stateCookieName(config), stateCookieOptions(config));
    return reply.code(302).header('location', ssoFailedPath).send(null);
  }

  app.get(
    '/sso/organisations',
    {
      config: { access: ssoPolicy.route('listOrganisations') },
      schema: {
        tags: ['auth'],
        summary: 'Organisations whose members can sign in with their own OpenID provider',
        response: { 200: ssoOrganisationList },
      },
    },
    async () => ({ items: await listSsoOrganisations(deps.db) }),
  );

  app.get(
    '/sso/:organisationId/start',
    {
      config: { access: ssoPolicy.route('start') },
      schema: {
        tags: ['auth'],
        summary: "Start signing in with the organisation's OpenID provider (redirects there)",
        params: ssoStartParams,
        querystring: ssoStartQuery,
        response: { ...redirectResponse, 400: problem },
      },
    },
    async (request, reply) => {
      try {
        const { url, state } = await startSignIn(deps, request.params.organisationId, request.query.returnTo);
        reply.setCookie(stateCookieName(config), state, { ...stateCookieOptions(config), maxAge: 600 });
        return await reply.code(302).header('location', url).send(null);
      } catch (error) {
        return failed(reply, request, error);
      }
    },
  );

  app.get(
    '/sso/callback',
    {
      config: { access: ssoPolicy.route('callback') },
      schema: {
        tags: ['auth'],
        summary: 'Where the OpenID provider sends the browser back; signs in and redirects',
        querystring: ssoCallbackQuery,
        response: { ...redirectResponse, 400: problem },
      },
    },
    async (request, reply) => {
      try {
        const { token, returnTo } = await finishSignIn(deps, contextOf(request), {
          callbackUrl: new URL(request.url, config.publicUrl),
          state: request.query.state,
          browserState: request.cookies[stateCookieName(config)],
        });
        setSessionCookie(reply, config, token);
        reply.clearCookie(stateCookieName(config), stateCookieOptions(config));
        return await reply.code(302).header('location', returnTo).send(null);
      } catch (error) {
        return failed(reply, request, error);
      }
    },
  );
};
