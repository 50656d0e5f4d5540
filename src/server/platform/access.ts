import type { FastifyInstance } from 'fastify';
import { type AccessCatalogue, type ActionOf, type Gate, type PolicyName, accessCatalogue, passesGate as rolesPass } from '../../shared/access-catalogue.ts';
import type { Role } from '../../shared/enums.ts';
import type { Actor } from './actor.ts';

/**
 * What a route declares as `config.access`: the policy action it performs. The gate (public,
 * signed in, or roles) comes from the one catalogue of actions (shared/access-catalogue.ts); the
 * module's policy then decides, inside the query, which records the caller may touch.
 */
export interface RouteAccess {
  readonly policy: PolicyName;
  readonly action: string;
  readonly gate: Gate;
}

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
}

/** One module's actions: `route(action)` for its routes, `allows(actor, action)` for its services. */
export interface Policy<P extends PolicyName> {
  readonly name: P;
  readonly actions: readonly ActionOf<P>[];
  route(action: ActionOf<P>): RouteAccess;
  /** Whether the actor passes the action's gate; record-level rules are the module's own functions. */
  allows(actor: Actor | null, action: ActionOf<P>): boolean;
  /** The roles of a role-gated action (none for public and signed-in ones). */
  rolesFor(action: ActionOf<P>): readonly Role[];
}

function heldRoles(actor: Actor) {
  return actor.memberships.flatMap((m) => m.roles);
}

export function passesGate(gate: Gate, actor: Actor | null): boolean {
  if (gate === 'public') return true;
  return actor !== null && rolesPass(gate, heldRoles(actor));
}

/** The policy of one module, over its closed set of actions in the catalogue. */
export function policyOf<P extends PolicyName>(name: P): Policy<P> {
  const gates = accessCatalogue[name] as AccessCatalogue[P] & Record<string, Gate>;
  const gateOf = (action: ActionOf<P>): Gate => gates[action];
  return {
    name,
    actions: Object.keys(gates) as ActionOf<P>[],
    route: (action) => ({ policy: name, action, gate: gateOf(action) }),
    allows: (actor, action) => passesGate(gateOf(action), actor),
    rolesFor: (action) => {
      const gate = gateOf(action);
      return typeof gate === 'string' ? [] : gate;
    },
  };
}

export function isPublic(access: RouteAccess | undefined): boolean {
  return access?.gate === 'public';
}

/**
 * Refuses, at start, any API route that does not declare a policy action of the catalogue:
 * default deny, checked (lint catches the same in the source, test/unit/lint-rules.test.ts).
 */
export function requireAccessDeclarations(app: FastifyInstance): void {
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const known = access && (accessCatalogue[access.policy] as Record<string, Gate> | undefined)?.[access.action];
    if (!known) throw new Error(`Route ${String(route.method)} ${route.url} declares no policy action as config.access`);
  });
}

export interface RouteEntry {
  method: string;
  url: string;
  access: RouteAccess | undefined;
  /** The route changes a versioned record and reads If-Match (platform/versions.ts). */
  ifMatch: boolean;
}

/** A list that fills with every route as it is registered. */
export function collectRoutes(app: FastifyInstance): RouteEntry[] {
  const routes: RouteEntry[] = [];
  app.addHook('onRoute', (route) => {
    const access = route.config?.access;
    const ifMatch = route.config?.ifMatch === true;
    for (const method of [route.method].flat()) routes.push({ method, url: route.url, access, ifMatch });
  });
  return routes;
}
