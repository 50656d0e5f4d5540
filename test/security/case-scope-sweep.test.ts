import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checklistItems } from '../../src/server/db/schema/index.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { minimalPdf } from '../support/documents.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs } from '../support/factories.ts';

/**
 * Need-to-know, route by route (DESIGN.md §6): every route inside a case, called on a real case
 * with real sub-records by members who may not see it, answers 404 — exactly as for a case that does
 * not exist — and changes nothing. The payloads are valid, so the refusal comes from the scope and
 * not from validation. A new route under /api/cases/:caseId fails this test until it is listed.
 */

/** A valid request for each route; `ids` are the hidden case's own records. */
type Ids = Record<
  'caseId' | 'otherCaseId' | 'linkId' | 'itemId' | 'legalBasisId' | 'memberId' | 'entryId' | 'taskId' | 'measureId' | 'documentId' | 'referralId' | 'flagId',
  string
>;
interface Sample {
  payload?: unknown;
  query?: string;
  binary?: Buffer;
}
const samples = (ids: Ids, otherReference: string, organisationId: string): Record<string, Sample> => ({
  'GET /api/cases/:caseId': {},
  'PATCH /api/cases/:caseId': { payload: { riskLevel: 'high' } },
  'GET /api/cases/:caseId/lead-candidates': {},
  'GET /api/cases/:caseId/links': {},
  'POST /api/cases/:caseId/links': { payload: { reference: otherReference, kind: 'related' } },
  'DELETE /api/cases/:caseId/links/:linkId': {},
  'PATCH /api/cases/:caseId/person': { payload: { codeName: 'Ny kod' } },
  'GET /api/cases/:caseId/identity': {},
  'PUT /api/cases/:caseId/identity': { payload: { fullName: 'Anna Andersson' } },
  'GET /api/cases/:caseId/duplicates': {},
  'POST /api/cases/:caseId/duplicates/same-person': { payload: { otherCaseId: ids.otherCaseId } },
  'POST /api/cases/:caseId/duplicates/not-same': { payload: { otherCaseId: ids.otherCaseId, reason: 'Olika personer enligt passen.' } },
  'GET /api/cases/:caseId/support-process': {},
  'POST /api/cases/:caseId/phase': { payload: { to: 'closed', reason: 'Personen har tackat nej till stöd.' } },
  'PUT /api/cases/:caseId/checklist/:itemId': { payload: { done: true } },
  'GET /api/cases/:caseId/team': {},
  'GET /api/cases/:caseId/team/candidates': {},
  'GET /api/cases/:caseId/participants': {},
  'POST /api/cases/:caseId/legal-bases': { payload: { organisationId, kind: 'statute', statute: 'osl_10_2' } },
  'POST /api/cases/:caseId/legal-bases/:legalBasisId/withdraw': { payload: {} },
  'POST /api/cases/:caseId/team': { payload: { organisationId, legalBasisId: ids.legalBasisId, contactUserIds: [] } },
  'PATCH /api/cases/:caseId/team/:memberId': { payload: { contactUserIds: [] } },
  'DELETE /api/cases/:caseId/team/:memberId': {},
  'GET /api/cases/:caseId/journal': {},
  'POST /api/cases/:caseId/journal': { payload: { body: 'En anteckning som inte får landa.' } },
  'PATCH /api/cases/:caseId/journal/:entryId': { payload: { body: 'En rättelse som inte får landa.' } },
  'GET /api/cases/:caseId/journal/:entryId/revisions': {},
  'GET /api/cases/:caseId/tasks': {},
  'POST /api/cases/:caseId/tasks': { payload: { title: 'Ring tolken' } },
  'PATCH /api/cases/:caseId/tasks/:taskId': { payload: { done: true } },
  'GET /api/cases/:caseId/measures': {},
  'POST /api/cases/:caseId/measures': { payload: { type: 'interpreter', status: 'planned' } },
  'PATCH /api/cases/:caseId/measures/:measureId': { payload: { status: 'active' } },
  'GET /api/cases/:caseId/documents': {},
  'POST /api/cases/:caseId/documents': { query: '?fileName=intyg.pdf', binary: minimalPdf() },
  'GET /api/cases/:caseId/documents/:documentId/content': {},
  'GET /api/cases/:caseId/deadlines': {},
  'GET /api/cases/:caseId/return-applications': {},
  'POST /api/cases/:caseId/return-applications': {
    payload: { countryCode: 'RO', reasons: 'Vill åka hem.', travelDocumentStatus: 'unknown', consentGiven: true, consentOn: '2026-01-02' },
  },
  'GET /api/cases/:caseId/referrals': {},
  'GET /api/cases/:caseId/referrals/recipients': {},
  'POST /api/cases/:caseId/referrals': {
    payload: { toOrganisationId: organisationId, serviceNeed: 'interpreter', message: 'Behöver tolk.', legalBasis: { kind: 'statute', statute: 'osl_10_2' } },
  },
  'POST /api/cases/:caseId/referrals/:referralId/revoke': { payload: { reason: 'Fel mottagare.' } },
  'POST /api/cases/:caseId/transfers': { payload: { toOrganisationId: organisationId, message: 'Personen har flyttat.' } },
  'GET /api/cases/:caseId/flags': {},
  'POST /api/cases/:caseId/flags': { payload: { kind: 'urgent', dueOn: '2026-03-29' } },
  'DELETE /api/cases/:caseId/flags/:flagId': {},
});

/** Tables whose rows a refused request must leave alone. */
const watchedTables = [
  'cases',
  'persons',
  'person_identities',
  'person_match_keys',
  'duplicate_decisions',
  'case_links',
  'case_phase_changes',
  'case_checklist_marks',
  'legal_bases',
  'case_team_members',
  'journal_entries',
  'journal_entry_revisions',
  'tasks',
  'measures',
  'documents',
  'case_access_grants',
  'return_applications',
  'referrals',
  'case_flags',
  'approval_requests',
];

let t: TestApp;
let ids: Ids;
let otherReference: string;
let policeB: string;
let leadCookie: string;
const outsiders: { label: string; cookie: string }[] = [];

async function ok<T>(response: { statusCode: number; body: string; json: () => T }, what: string): Promise<T> {
  if (response.statusCode >= 300) throw new Error(`${what}: ${response.statusCode} ${response.body}`);
  return response.json();
}

beforeAll(async () => {
  t = await startTestApp();
  const coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  const cookie = await signInAs(t.app, coordinator);
  leadCookie = cookie;
  const hidden = await createCaseAs(t.app, cookie);
  const other = await createCaseAs(t.app, cookie);
  otherReference = other.reference;
  const policeA = await buildOrganisation(t.db, { name: 'Polisen A', type: 'police', regionCode: 'stockholm' });
  policeB = await buildOrganisation(t.db, { name: 'Polisen B', type: 'police', regionCode: 'stockholm' });
  const at = (path: string) => `/api/cases/${hidden.id}${path}`;
  const inject = (method: 'POST' | 'PATCH', url: string, payload: unknown) =>
    t.app.inject({ method, url, headers: { cookie }, payload: payload as object });

  // The hidden case gets one of everything, through the same API the sweep calls.
  const basis = await ok<{ id: string }>(
    await inject('POST', at('/legal-bases'), { organisationId: policeA, kind: 'statute', statute: 'osl_10_2' }),
    'legal basis',
  );
  const member = await ok<{ id: string }>(
    await inject('POST', at('/team'), { organisationId: policeA, legalBasisId: basis.id, contactUserIds: [] }),
    'team member',
  );
  const entry = await ok<{ id: string }>(await inject('POST', at('/journal'), { body: 'Första samtalet med personen.' }), 'journal');
  const task = await ok<{ id: string }>(await inject('POST', at('/tasks'), { title: 'Boka tolk' }), 'task');
  const measure = await ok<{ id: string }>(await inject('POST', at('/measures'), { type: 'safe_housing', status: 'active' }), 'measure');
  const document = await ok<{ id: string }>(
    await t.app.inject({
      method: 'POST',
      url: at('/documents?fileName=beslut.pdf'),
      headers: { cookie, 'content-type': 'application/octet-stream' },
      payload: minimalPdf(),
    }),
    'document',
  );
  const link = await ok<{ id: string }>(await inject('POST', at('/links'), { reference: other.reference, kind: 'same_investigation' }), 'link');
  const ngo = await buildOrganisation(t.db, { name: 'Tolkförmedling Ideell', type: 'ngo', regionCode: 'stockholm' });
  await buildUser(t.db, { roles: ['case_worker'], organisationId: ngo });
  const referral = await ok<{ id: string }>(
    await inject('POST', at('/referrals'), { toOrganisationId: ngo, serviceNeed: 'interpreter', message: 'Tolk behövs.', legalBasis: { kind: 'statute', statute: 'osl_10_2' } }),
    'referral',
  );
  const flag = await ok<{ id: string }>(await inject('POST', at('/flags'), { kind: 'risk_to_staff' }), 'flag');
  const [item] = await t.db.select({ id: checklistItems.id }).from(checklistItems).limit(1);
  // The other case is a possible duplicate of the hidden one: the same name on both.
  for (const [caseId, fullName] of [
    [hidden.id, 'Anna Lindqvist'],
    [other.id, 'Ana Lindkvist'],
  ] as const) {
    await ok(await t.app.inject({ method: 'PUT', url: `/api/cases/${caseId}/identity`, headers: { cookie, 'if-match': '"0"' }, payload: { fullName } }), 'identity');
  }
  ids = {
    caseId: hidden.id,
    otherCaseId: other.id,
    linkId: link.id,
    itemId: item!.id,
    legalBasisId: basis.id,
    memberId: member.id,
    entryId: entry.id,
    taskId: task.id,
    measureId: measure.id,
    documentId: document.id,
    referralId: referral.id,
    flagId: flag.id,
  };

  const outsiderKinds = [
    { label: 'a coordinator of another region', roles: ['regional_coordinator'] as const, regionCode: 'syd' as const },
    { label: 'a case worker of a police organisation not on the team', roles: ['case_worker'] as const, organisationId: policeB },
    { label: 'a case worker with no team seat in the region', roles: ['case_worker'] as const, regionCode: 'stockholm' as const },
  ];
  for (const kind of outsiderKinds) {
    const user = await buildUser(t.db, { roles: [...kind.roles], regionCode: kind.regionCode, organisationId: kind.organisationId });
    outsiders.push({ label: kind.label, cookie: await signInAs(t.app, user) });
  }
});
afterAll(() => t.close());

const caseRoutes = () =>
  t.app.routeTable
    .filter((r) => r.method !== 'HEAD' && r.url.startsWith('/api/cases/:caseId'))
    .map((r) => `${r.method} ${r.url}`)
    .sort();

async function countRows(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of watchedTables) {
    const result = await t.db.execute<{ n: number }>(sql.raw(`select count(*)::int as n from ${table}`));
    counts[table] = result.rows[0]!.n;
  }
  return counts;
}

function request(route: string, caseId: string, cookie: string) {
  const [method, pattern] = route.split(' ') as [string, string];
  const sample = samples(ids, otherReference, policeB)[route]!;
  const url = pattern.replaceAll(/:(\w+)/g, (_match, name: string) => (name === 'caseId' ? caseId : ids[name as keyof Ids])) + (sample.query ?? '');
  return t.app.inject({
    method: method as 'GET',
    url,
    headers: {
      cookie,
      'if-match': '"1"',
      ...(sample.binary ? { 'content-type': 'application/octet-stream' } : {}),
    },
    payload: sample.binary ?? (sample.payload as object | undefined),
  });
}

describe('a case outside the scope, route by route', () => {
  it('has a valid sample request for every route inside a case', () => {
    expect(caseRoutes()).toEqual(Object.keys(samples(ids, otherReference, policeB)).sort());
  });

  it.each([0, 1, 2])('answers 404 to outsider %i on every route, as for a case that does not exist, and changes nothing', async (index) => {
    const outsider = outsiders[index]!;
    const before = await countRows();
    for (const route of caseRoutes()) {
      const hidden = await request(route, ids.caseId, outsider.cookie);
      expect(hidden.statusCode, `${outsider.label}: ${route}`).toBe(404);
      const missing = await request(route, '00000000-0000-4000-8000-000000000000', outsider.cookie);
      expect(missing.statusCode, `${route} on a case that does not exist`).toBe(404);
      // The same answer, word for word, apart from the URL it names.
      const strip = (body: string) => ({ ...(JSON.parse(body) as Record<string, unknown>), instance: undefined });
      expect(strip(hidden.body), route).toEqual(strip(missing.body));
    }
    expect(await countRows()).toEqual(before);
  });

  it('the same requests from the lead coordinator are not refused, so the 404s above come from the scope', async () => {
    for (const route of caseRoutes().filter((r) => r.startsWith('GET '))) {
      const response = await request(route, ids.caseId, leadCookie);
      expect(response.statusCode, route).toBeLessThan(300);
    }
  });
});
