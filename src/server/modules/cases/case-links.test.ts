import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail, CaseLink } from '../../../shared/schemas/cases.ts';
import { caseLinks } from './cases.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRows, requestAs } from '../../../../test/support/casework.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam } from '../../../../test/support/team.ts';

let t: TestApp;
let coordinator: TestUser;
let asCoordinator: ReturnType<typeof requestAs>;
let asVast: ReturnType<typeof requestAs>;
let asNational: ReturnType<typeof requestAs>;
let asTeamWorker: ReturnType<typeof requestAs>;
let stockholmCookie: string;
let nationalCookie: string;
let teamOrganisation: string;

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  stockholmCookie = await signInAs(t.app, coordinator);
  asCoordinator = requestAs(t.app, stockholmCookie);
  asVast = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' })));
  nationalCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null }));
  asNational = requestAs(t.app, nationalCookie);
  const police = await buildOrganisation(t.db, { type: 'police' });
  asTeamWorker = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], organisationId: police })));
  teamOrganisation = police;
});
afterAll(() => t.close());

const links = async (as: ReturnType<typeof requestAs>, c: CaseDetail) => {
  const response = await as('GET', `/api/cases/${c.id}/links`);
  expect(response.statusCode).toBe(200);
  return response.json<CaseLink[]>();
};
const link = (as: ReturnType<typeof requestAs>, from: CaseDetail, reference: string, kind = 'same_investigation') =>
  as('POST', `/api/cases/${from.id}/links`, { reference, kind });

describe('linking cases', () => {
  it('links by reference, stores the pair once smaller id first, and shows the link from both cases', async () => {
    const a = await createCaseAs(t.app, stockholmCookie);
    const b = await createCaseAs(t.app, stockholmCookie);
    const response = await link(asCoordinator, b, a.reference, 'same_exploitation_situation');
    expect(response.statusCode).toBe(201);
    expect(response.json<CaseLink>()).toMatchObject({ kind: 'same_exploitation_situation', caseId: a.id, reference: a.reference, phase: 'suspicion', codeName: a.codeName });

    const [stored] = await t.db.select().from(caseLinks).where(eq(caseLinks.id, response.json<CaseLink>().id));
    expect(stored!.caseId < stored!.linkedCaseId).toBe(true);
    expect([stored!.caseId, stored!.linkedCaseId].sort()).toEqual([a.id, b.id].sort());

    expect((await links(asCoordinator, a)).map((l) => l.caseId)).toEqual([b.id]);
    expect((await links(asCoordinator, b)).map((l) => l.caseId)).toEqual([a.id]);

    const added = (await auditRows(t.db, 'case.link_added')).filter((r) => (r.details as { linkId: string }).linkId === stored!.id);
    expect(added.map((r) => r.subjectId).sort()).toEqual([a.id, b.id].sort());
    const read = (await auditRows(t.db, 'case.links_read')).at(-1);
    expect(read).toMatchObject({ subjectId: b.id, details: { count: 1 } });
  });

  it('refuses a second link between the same cases (409), either way round', async () => {
    const a = await createCaseAs(t.app, stockholmCookie);
    const b = await createCaseAs(t.app, stockholmCookie);
    expect((await link(asCoordinator, a, b.reference)).statusCode).toBe(201);
    expect((await link(asCoordinator, a, b.reference, 'related')).statusCode).toBe(409);
    expect((await link(asCoordinator, b, a.reference)).statusCode).toBe(409);
  });

  it('refuses a link to the case itself (400) and an unknown or malformed reference (404, 400)', async () => {
    const a = await createCaseAs(t.app, stockholmCookie);
    const self = await link(asCoordinator, a, a.reference);
    expect(self.statusCode).toBe(400);
    expect(self.json<{ errors: { field: string }[] }>().errors[0]!.field).toBe('reference');
    expect((await link(asCoordinator, a, 'NMT-1999-999999')).statusCode).toBe(404);
    expect((await link(asCoordinator, a, 'NMT-99')).statusCode).toBe(400);
    expect((await asCoordinator('POST', `/api/cases/${a.id}/links`, { reference: a.reference, kind: 'cousins' })).statusCode).toBe(400);
  });

  it('answers a case outside the scope as one that does not exist, and lists no link to it', async () => {
    const mine = await createCaseAs(t.app, stockholmCookie);
    const vast = await createCaseAs(t.app, nationalCookie, { municipalityCode: '1480' });
    const outside = await link(asCoordinator, mine, vast.reference);
    const missing = await link(asCoordinator, mine, 'NMT-1999-999999');
    expect(outside.statusCode).toBe(404);
    expect(outside.json<{ detail: string }>().detail).toBe(missing.json<{ detail: string }>().detail);

    // A national coordinator links the two; the Stockholm coordinator still sees no link, nor a count.
    expect((await link(asNational, mine, vast.reference)).statusCode).toBe(201);
    expect(await links(asCoordinator, mine)).toEqual([]);
    expect((await auditRows(t.db, 'case.links_read')).at(-1)).toMatchObject({ subjectId: mine.id, details: { count: 0 } });
    expect((await links(asNational, mine)).map((l) => l.caseId)).toEqual([vast.id]);
    expect((await links(asVast, vast)).map((l) => l.caseId)).toEqual([]);
    // Nor can the link be removed by its id from the side that cannot see the other case.
    const [hidden] = await links(asNational, mine);
    expect((await asCoordinator('DELETE', `/api/cases/${mine.id}/links/${hidden!.id}`)).statusCode).toBe(404);
  });

  it('answers 404 for a case outside the scope and 403 to a team member who may not manage links', async () => {
    const a = await createCaseAs(t.app, stockholmCookie);
    const b = await createCaseAs(t.app, stockholmCookie);
    await addToTeam(t.db, { caseId: a.id, organisationId: teamOrganisation, recordedByUserId: coordinator.id, kind: 'statute' });
    expect((await asVast('GET', `/api/cases/${a.id}/links`)).statusCode).toBe(404);
    expect((await link(asVast, a, b.reference)).statusCode).toBe(404);
    expect((await asTeamWorker('GET', `/api/cases/${a.id}/links`)).statusCode).toBe(200);
    expect((await link(asTeamWorker, a, b.reference)).statusCode).toBe(403);
    const created = (await link(asCoordinator, a, b.reference)).json<CaseLink>();
    expect((await asTeamWorker('DELETE', `/api/cases/${a.id}/links/${created.id}`)).statusCode).toBe(403);
  });
});

describe('removing a link', () => {
  it('removes it from both cases and audits both', async () => {
    const a = await createCaseAs(t.app, stockholmCookie);
    const b = await createCaseAs(t.app, stockholmCookie);
    const created = (await link(asCoordinator, a, b.reference)).json<CaseLink>();
    const response = await asCoordinator('DELETE', `/api/cases/${b.id}/links/${created.id}`);
    expect(response.statusCode).toBe(204);
    expect(await links(asCoordinator, a)).toEqual([]);
    expect(await links(asCoordinator, b)).toEqual([]);
    const removed = (await auditRows(t.db, 'case.link_removed')).filter((r) => (r.details as { linkId: string }).linkId === created.id);
    expect(removed.map((r) => r.subjectId).sort()).toEqual([a.id, b.id].sort());
    expect((await asCoordinator('DELETE', `/api/cases/${b.id}/links/${created.id}`)).statusCode).toBe(404);
  });

  it('answers 404 for a link of another case', async () => {
    const a = await createCaseAs(t.app, stockholmCookie);
    const b = await createCaseAs(t.app, stockholmCookie);
    const c = await createCaseAs(t.app, stockholmCookie);
    const created = (await link(asCoordinator, a, b.reference)).json<CaseLink>();
    expect((await asCoordinator('DELETE', `/api/cases/${c.id}/links/${created.id}`)).statusCode).toBe(404);
    expect(await links(asCoordinator, a)).toHaveLength(1);
  });
});
