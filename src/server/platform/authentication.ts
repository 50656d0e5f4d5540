import fastifyCookie from '@fastify/cookie';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import type { Db } from '../db/client.ts';
import { isPublic, passesGate, requireAccessDeclarations } from './access.ts';
import type { Actor } from './actor.ts';
import { forbidden, unauthorized } from './problems.ts';
import { loadActor, sessionCookieName } from './sessions.ts';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user; null only on public routes. */
    actor: Actor | null;
  }
}

const unsafeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Default deny for the API: every route must declare its policy action as `config.access` (checked
 * when it is registered); all but public ones need a valid session, and role-gated ones one of the
 * action's roles.
 * Also refuses cross-site state changes (CSRF) by the browser's own Origin and Sec-Fetch-Site.
 */
export const authentication = fp<{ db: Db; config: Config }>(async (app, { db, config }) => {
  const cookieName = sessionCookieName(config);
  const ownOrigin = new URL(config.publicUrl).origin;
  app.decorateRequest('actor', null);
  requireAccessDeclarations(app);

  app.addHook('onRequest', async (request) => {
    if (unsafeMethods.has(request.method)) {
      const site = request.headers['sec-fetch-site'];
      const origin = request.headers.origin;
      const sameHost = origin !== undefined && hostOf(origin) === request.headers.host;
      if ((site && site !== 'same-origin' && site !== 'none') || (origin && origin !== ownOrigin && !sameHost)) {
        throw forbidden('Cross-site request refused.');
      }
    }
    const token = request.cookies[cookieName];
    if (token) request.actor = await loadActor(db, token, config);
    const { access } = request.routeOptions.config;
    if (isPublic(access)) return;
    if (!request.actor) throw unauthorized();
    if (!access || !passesGate(access.gate, request.actor)) throw forbidden();
  });
});

function hostOf(origin: string): string | undefined {
  return URL.canParse(origin) ? new URL(origin).host : undefined;
}

export function setSessionCookie(reply: FastifyReply, config: Config, token: string): void {
  reply.setCookie(sessionCookieName(config), token, {
    path: '/',
    httpOnly: true,
    secure: config.secureCookies,
    sameSite: 'strict',
    maxAge: config.sessionAbsoluteHours * 3600,
  });
}

export function clearSessionCookie(reply: FastifyReply, config: Config): void {
  reply.clearCookie(sessionCookieName(config), { path: '/', httpOnly: true, secure: config.secureCookies, sameSite: 'strict' });
}

export async function registerCookies(app: FastifyInstance): Promise<void> {
  await app.register(fastifyCookie);
}
