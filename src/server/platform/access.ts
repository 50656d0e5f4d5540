import type { FastifyInstance } from 'fastify';
import type { Role } from '../../shared/enums.ts';
import { type Actor, hasRole } from './actor.ts';

/**
 * Who may call a route at all, declared on every API route as `config.access`. This is the first
 * gate; the module's policy then decides, inside the query, which records the caller may touch.
 * - `public`: no session needed (sign-in, setup, public reference data);
 * - `signedIn`: anyone signed in, for things about themselves (their account, their sessions);
 * - `roles`: signed in and holding at least one of these roles in some organisation.
 */
export type RouteAccess = { public: true } | { signedIn: true } | { roles: readonly Role[] };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

export function isPublic(access: RouteAccess | undefined): boolean {
  return access !== undefined && 'public' in access;
}

/** True when the signed-in actor passes the route's gate. */
export function passesGate(access: RouteAccess, actor: Actor): boolean {
  if ('public' in access || 'signedIn' in access) return true;
  return access.roles.some((role) => hasRole(actor, role));
}

/** Refuses, at start, any API route that does not say who may call it: default deny, checked. */
export function requireAccessDeclarations(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${String(route.method)} ${route.url} declares no config.access`);
  });
}

export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess | undefined;
}

/** A list that fills with every route as it is registered. */
export function collectRoutes(app: FastifyInstance): RouteEntry[] {
  const routes: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access });
  });
  return routes;
}
