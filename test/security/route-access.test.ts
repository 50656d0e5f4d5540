import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Gate, accessCatalogue } from '../../src/shared/access-catalogue.ts';
import { roles } from '../../src/shared/enums.ts';
import type { RouteAccess } from '../../src/server/platform/access.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { buildUser, signInAs } from '../support/factories.ts';

/**
 * Who may call each API route comes from the catalogue of policy actions
 * (src/shared/access-catalogue.ts, reviewed against DESIGN.md §2): every route declares one action,
 * every action is served by exactly one route, and at run time each role gets exactly the routes
 * whose action's gate lets it in. A route without a declared action fails at start and here.
 */
/** Outside the API: served to anyone by design and holding no personal data. */
const publicByDesign = [/^\/health\//, /^\/api\/docs/, /^\/api\/openapi\.json$/, /^\/\*$/, /^\/$/, /^\/(assets|favicon)/];

/** Requests that would end the sweeping user's own session. */
const sessionEnding = new Set(['POST /api/auth/sign-out']);

const key = (method: string, url: string) => `${method} ${url}`;
const isApi = (url: string) => url.startsWith('/api/') && !publicByDesign.some((p) => p.test(url));

const gateOf = (access: RouteAccess | undefined): Gate | undefined =>
  access && (accessCatalogue[access.policy] as Record<string, Gate> | undefined)?.[access.action];
const actionOf = (access: RouteAccess | undefined) => (access ? `${access.policy}.${access.action}` : 'none');

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const apiRoutes = () => t.app.routeTable.filter((r) => r.method !== 'HEAD' && isApi(r.url));
const concreteUrl = (url: string) => url.replaceAll(/:\w+/g, '00000000-0000-4000-8000-000000000000');

describe('every route performs one action of the catalogue', () => {
  it('declares an action that exists, with the gate the catalogue gives it', () => {
    for (const route of apiRoutes()) {
      const name = key(route.method, route.url);
      expect(gateOf(route.access), `${name} declares ${actionOf(route.access)}`).toBeDefined();
      expect(route.access!.gate, name).toEqual(gateOf(route.access));
    }
  });

  it('serves every action of the catalogue by exactly one route', () => {
    const served = t.app.routeTable.filter((r) => r.method !== 'HEAD' && r.access).map((r) => actionOf(r.access)).sort();
    const catalogued = Object.entries(accessCatalogue).flatMap(([policy, actions]) => Object.keys(actions).map((a) => `${policy}.${a}`)).sort();
    expect(served).toEqual(catalogued);
  });

  it('keeps case content from administrators, analysts and auditors (DESIGN.md §2, §6)', () => {
    const caseContent = ['cases', 'persons', 'supportProcess', 'caseTeam', 'journal', 'tasks', 'measures', 'documents', 'deadlines'] as const;
    for (const policy of caseContent) {
      for (const [action, gate] of Object.entries(accessCatalogue[policy]) as [string, Gate][]) {
        if (policy === 'cases' && action === 'reviewBreakGlass') continue;
        expect(gate, `${policy}.${action}`).not.toBe('public');
        for (const role of ['system_admin', 'org_admin', 'analyst', 'auditor', 'trainer', 'return_officer'] as const) {
          expect(gate === 'signedIn' || gate.includes(role), `${role} may ${policy}.${action}`).toBe(false);
        }
      }
    }
  });

  it('keeps the return programme from administrators, analysts, auditors and trainers; only NMT decides', () => {
    for (const [action, gate] of Object.entries(accessCatalogue.returns) as [string, Gate][]) {
      expect(gate, `returns.${action}`).not.toBe('public');
      for (const role of ['system_admin', 'org_admin', 'analyst', 'auditor', 'trainer'] as const) {
        expect(gate === 'signedIn' || gate.includes(role), `${role} may returns.${action}`).toBe(false);
      }
    }
    expect(accessCatalogue.returns.decide).toEqual(['national_coordinator']);
    expect(accessCatalogue.returns.assign).toEqual(['national_coordinator']);
    // Ending before the 12-month follow-up: those who carry out the programme or work in the case.
    expect([...accessCatalogue.returns.end].sort()).toEqual(['case_worker', 'national_coordinator', 'regional_coordinator', 'return_officer']);
  });
});

describe('If-Match, declared once per route', () => {
  it('is documented in the OpenAPI document for every route that reads it, and only there', async () => {
    const document = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
      paths: Record<string, Record<string, { parameters?: { in: string; name: string }[] }>>;
    }>();
    const openApiPath = (url: string) => url.replaceAll(/:(\w+)/g, '{$1}');
    const declared = apiRoutes().filter((r) => r.ifMatch);
    expect(declared.length).toBeGreaterThan(15);
    for (const route of apiRoutes()) {
      const operation = document.paths[openApiPath(route.url)]?.[route.method.toLowerCase()];
      const documents = (operation?.parameters ?? []).some((p) => p.in === 'header' && p.name === 'if-match');
      expect(documents, key(route.method, route.url)).toBe(route.ifMatch);
    }
  });

  it('is read by every route that changes a case, a consultation, a call or a checklist item in place', () => {
    const changesInPlace = apiRoutes().filter((r) => ['PATCH', 'PUT', 'DELETE'].includes(r.method) && !r.url.startsWith('/api/account') && !r.url.startsWith('/api/organisations'));
    for (const route of changesInPlace) {
      if (route.url === '/api/cases/:caseId/checklist/:itemId' || route.url === '/api/cases/:caseId/links/:linkId') continue;
      // A checklist item's link to a method material: set or removed as a whole, no version to match.
      if (route.url === '/api/material-links/:checklistItemId') continue;
      expect(route.ifMatch, key(route.method, route.url)).toBe(true);
    }
  });
});

describe('the gate holds at run time', () => {
  it('answers 401 to every non-public route without a session', async () => {
    for (const route of apiRoutes().filter((r) => gateOf(r.access) !== 'public')) {
      const response = await t.app.inject({ method: route.method as 'GET', url: concreteUrl(route.url), payload: {} });
      expect(response.statusCode, key(route.method, route.url)).toBe(401);
    }
  });

  it.each(roles)('%s gets exactly the routes of its role', async (role) => {
    const user = await buildUser(t.db, { roles: [role], regionCode: 'stockholm' });
    const cookie = await signInAs(t.app, user);
    for (const route of apiRoutes()) {
      const name = key(route.method, route.url);
      const expected = gateOf(route.access);
      if (expected === 'public' || sessionEnding.has(name)) continue;
      const response = await t.app.inject({
        method: route.method as 'GET',
        url: concreteUrl(route.url),
        headers: { cookie },
        payload: route.method === 'GET' || route.method === 'DELETE' ? undefined : {},
      });
      const allowed = expected === 'signedIn' || (expected ?? []).includes(role);
      if (allowed) {
        expect([401, 403], `${role} → ${name} answered ${response.statusCode}`).not.toContain(response.statusCode);
      } else {
        expect(response.statusCode, `${role} → ${name}`).toBe(403);
      }
      expect(response.statusCode, `${role} → ${name}`).toBeLessThan(500);
    }
  });
});
