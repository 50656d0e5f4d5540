import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Role, roles } from '../../src/shared/enums.ts';
import type { RouteAccess } from '../../src/server/platform/access.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { buildUser, signInAs } from '../support/factories.ts';

/**
 * Who may call each API route, from DESIGN.md §2. A route missing here has no reviewed policy
 * decision and fails the sweep; so does a route whose code lets in more roles than this table.
 */
const coordinators = ['national_coordinator', 'regional_coordinator'] as const;
const caseRoles = [...coordinators, 'case_worker'] as const;
const admins = ['system_admin', 'org_admin'] as const;
const expectedAccess: Record<string, 'public' | 'signedIn' | readonly Role[]> = {
  'GET /api/meta': 'public',
  'POST /api/setup/start': 'public',
  'POST /api/setup/finish': 'public',
  'POST /api/auth/sign-in': 'public',
  'POST /api/auth/sign-in/second-factor': 'public',
  'POST /api/auth/sign-out': 'signedIn',
  'GET /api/auth/me': 'signedIn',
  'GET /api/account/sessions': 'signedIn',
  'DELETE /api/account/sessions/:id': 'signedIn',
  'POST /api/account/reauthenticate': 'signedIn',
  'POST /api/account/password': 'signedIn',
  'POST /api/account/second-factor/start': 'signedIn',
  'POST /api/account/second-factor/finish': 'signedIn',
  'POST /api/account/recovery-codes': 'signedIn',
  'POST /api/invitations/inspect': 'public',
  'POST /api/invitations/accept/start': 'public',
  'POST /api/invitations/accept/finish': 'public',
  'POST /api/invitations/accept/existing': 'public',
  'GET /api/reference/geography': 'public',
  'GET /api/sso/organisations': 'public',
  'GET /api/sso/:organisationId/start': 'public',
  'GET /api/sso/callback': 'public',
  // Case content: coordinators and case workers only; never admins, analysts or auditors (§2, §6).
  'GET /api/cases': caseRoles,
  'POST /api/cases': coordinators,
  'GET /api/cases/:caseId': caseRoles,
  'PATCH /api/cases/:caseId': caseRoles,
  'GET /api/cases/:caseId/lead-candidates': caseRoles,
  'GET /api/cases/:caseId/links': caseRoles,
  'POST /api/cases/:caseId/links': caseRoles,
  'DELETE /api/cases/:caseId/links/:linkId': caseRoles,
  'PATCH /api/cases/:caseId/person': caseRoles,
  'GET /api/cases/:caseId/identity': caseRoles,
  'PUT /api/cases/:caseId/identity': caseRoles,
  'GET /api/cases/:caseId/process': caseRoles,
  'POST /api/cases/:caseId/phase': caseRoles,
  'PUT /api/cases/:caseId/checklist/:itemId': caseRoles,
  'GET /api/cases/:caseId/team': caseRoles,
  'GET /api/cases/:caseId/team/candidates': caseRoles,
  'GET /api/cases/:caseId/participants': caseRoles,
  'POST /api/cases/:caseId/legal-bases': caseRoles,
  'POST /api/cases/:caseId/legal-bases/:legalBasisId/withdraw': caseRoles,
  'POST /api/cases/:caseId/team': caseRoles,
  'PATCH /api/cases/:caseId/team/:memberId': caseRoles,
  'DELETE /api/cases/:caseId/team/:memberId': caseRoles,
  'GET /api/cases/:caseId/journal': caseRoles,
  'POST /api/cases/:caseId/journal': caseRoles,
  'PATCH /api/cases/:caseId/journal/:entryId': caseRoles,
  'GET /api/cases/:caseId/journal/:entryId/revisions': caseRoles,
  'GET /api/cases/:caseId/tasks': caseRoles,
  'POST /api/cases/:caseId/tasks': caseRoles,
  'PATCH /api/cases/:caseId/tasks/:taskId': caseRoles,
  'GET /api/cases/:caseId/measures': caseRoles,
  'POST /api/cases/:caseId/measures': caseRoles,
  'PATCH /api/cases/:caseId/measures/:measureId': caseRoles,
  'GET /api/cases/:caseId/documents': caseRoles,
  'POST /api/cases/:caseId/documents': caseRoles,
  'GET /api/cases/:caseId/documents/:documentId/content': caseRoles,
  'GET /api/cases/:caseId/deadlines': caseRoles,
  // Phase checklists: everyone on cases reads them; national coordinators keep them (§4).
  'GET /api/checklist-items': caseRoles,
  'POST /api/checklist-items': ['national_coordinator'],
  'PATCH /api/checklist-items/:itemId': ['national_coordinator'],
  // Break the glass: regional coordinators open; auditors review (§6).
  'POST /api/break-glass': ['regional_coordinator'],
  'GET /api/audit/break-glass': ['auditor'],
  // Method support (issue 5): the public form; consultations read by their askers and the region's
  // coordinators, worked by coordinators; the support line's call log for its operators.
  'GET /api/intake/form-token': 'public',
  'POST /api/intake': 'public',
  'GET /api/consultations': ['national_coordinator', 'regional_coordinator', 'support_line_operator', 'case_worker'],
  'POST /api/consultations': ['national_coordinator', 'regional_coordinator', 'support_line_operator', 'case_worker'],
  'GET /api/consultations/:consultationId': ['national_coordinator', 'regional_coordinator', 'support_line_operator', 'case_worker'],
  'GET /api/consultations/:consultationId/assignees': coordinators,
  'POST /api/consultations/:consultationId/claim': coordinators,
  'POST /api/consultations/:consultationId/assign': coordinators,
  'POST /api/consultations/:consultationId/advice': coordinators,
  'POST /api/consultations/:consultationId/close': coordinators,
  'POST /api/consultations/:consultationId/escalate': coordinators,
  'GET /api/calls': ['support_line_operator'],
  'POST /api/calls': ['support_line_operator'],
  'PATCH /api/calls/:callId': ['support_line_operator'],
  'GET /api/dashboard': coordinators,
  // A person's own reminders.
  'GET /api/notifications': 'signedIn',
  'POST /api/notifications/:notificationId/read': 'signedIn',
  'POST /api/notifications/read-all': 'signedIn',
  // Administration: system admins for organisations, org admins for their own people.
  'GET /api/organisations': admins,
  'POST /api/organisations': ['system_admin'],
  'GET /api/organisations/:organisationId': admins,
  'PATCH /api/organisations/:organisationId': ['system_admin'],
  'GET /api/organisations/:organisationId/people': admins,
  'GET /api/organisations/:organisationId/people/:userId': admins,
  'PUT /api/organisations/:organisationId/people/:userId/roles': admins,
  'POST /api/organisations/:organisationId/people/:userId/deactivate': admins,
  'POST /api/organisations/:organisationId/people/:userId/reactivate': admins,
  'POST /api/organisations/:organisationId/people/:userId/revoke-sessions': admins,
  'GET /api/organisations/:organisationId/invitations': admins,
  'POST /api/organisations/:organisationId/invitations': admins,
  'POST /api/organisations/:organisationId/invitations/:invitationId/resend': admins,
  'POST /api/organisations/:organisationId/invitations/:invitationId/revoke': admins,
  // Four eyes on roles (issue 14): who may grant what to whom is the table in role-grant-table.test.ts.
  'POST /api/organisations/:organisationId/invitations/:invitationId/approve': admins,
  'POST /api/organisations/:organisationId/invitations/:invitationId/reject': admins,
  'GET /api/organisations/:organisationId/role-requests': admins,
  'POST /api/organisations/:organisationId/role-requests/:requestId/approve': admins,
  'POST /api/organisations/:organisationId/role-requests/:requestId/reject': admins,
  'POST /api/organisations/:organisationId/role-requests/:requestId/withdraw': admins,
  'GET /api/organisations/:organisationId/role-changes': admins,
};

/** Outside the API: served to anyone by design and holding no personal data. */
const publicByDesign = [/^\/health\//, /^\/api\/docs/, /^\/api\/openapi\.json$/, /^\/\*$/, /^\/$/, /^\/(assets|favicon)/];

/** Requests that would end the sweeping user's own session. */
const sessionEnding = new Set(['POST /api/auth/sign-out']);

const key = (method: string, url: string) => `${method} ${url}`;
const isApi = (url: string) => url.startsWith('/api/') && !publicByDesign.some((p) => p.test(url));

function describeAccess(access: RouteAccess | undefined): 'public' | 'signedIn' | readonly Role[] | 'none' {
  if (!access) return 'none';
  if ('public' in access) return 'public';
  if ('signedIn' in access) return 'signedIn';
  return access.roles;
}

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const apiRoutes = () => t.app.routeTable.filter((r) => r.method !== 'HEAD' && isApi(r.url));
const concreteUrl = (url: string) => url.replaceAll(/:\w+/g, '00000000-0000-4000-8000-000000000000');

describe('every route has a reviewed access decision', () => {
  it('lists no route outside the table, and no table row without a route', () => {
    const actual = apiRoutes().map((r) => key(r.method, r.url)).sort();
    expect(actual).toEqual(Object.keys(expectedAccess).sort());
  });

  it('lets in no role beyond the table', () => {
    for (const route of apiRoutes()) {
      const declared = describeAccess(route.access);
      const expected = expectedAccess[key(route.method, route.url)];
      if (Array.isArray(declared) && Array.isArray(expected)) {
        expect([...declared].sort(), key(route.method, route.url)).toEqual([...expected].sort());
      } else {
        expect(declared, key(route.method, route.url)).toEqual(expected);
      }
    }
  });
});

describe('the gate holds at run time', () => {
  it('answers 401 to every non-public route without a session', async () => {
    for (const route of apiRoutes().filter((r) => expectedAccess[key(r.method, r.url)] !== 'public')) {
      const response = await t.app.inject({ method: route.method as 'GET', url: concreteUrl(route.url), payload: {} });
      expect(response.statusCode, key(route.method, route.url)).toBe(401);
    }
  });

  it.each(roles)('%s gets exactly the routes of its role', async (role) => {
    const user = await buildUser(t.db, { roles: [role], regionCode: 'stockholm' });
    const cookie = await signInAs(t.app, user);
    for (const route of apiRoutes()) {
      const name = key(route.method, route.url);
      const expected = expectedAccess[name];
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
