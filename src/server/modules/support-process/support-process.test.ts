import { and, asc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CasePhase } from '../../../shared/enums.ts';
import type { ChecklistEntry, SupportProcessState } from '../../../shared/schemas/support-process.ts';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { caseTeamMembers, legalBases } from '../case-team/team.schema.ts';
import { cases } from '../cases/cases.schema.ts';
import { caseChecklistMarks, casePhaseChanges, checklistItems } from './support-process.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import {
  buildSocialServices,
  movePhaseAs,
  readSupportProcess,
  setCaseFields,
  tickAs,
  tickRequired,
} from '../../../../test/support/support-process.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam } from '../../../../test/support/team.ts';

let t: TestApp;
let coordinator: TestUser;
let coordinatorCookie: string;
let nationalCookie: string;
let vastCookie: string;
let outsiderWorkerCookie: string;
let teamWorkerCookie: string;
let policeId: string;

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  coordinatorCookie = await signInAs(t.app, coordinator);
  nationalCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null }));
  vastCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'vast' }));
  outsiderWorkerCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'stockholm' }));
  policeId = await buildOrganisation(t.db, { type: 'police', name: 'Polisen Stockholm' });
  teamWorkerCookie = await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], organisationId: policeId }));
});
afterAll(() => t.close());

const fieldsOf = (response: { json: <T>() => T }) => response.json<{ errors: { field: string; code: string }[] }>().errors.map((e) => e.field);
const requiredItems = (state: SupportProcessState, phase: CasePhase): ChecklistEntry[] =>
  state.phases.find((p) => p.phase === phase)!.checklist.filter((i) => i.isRequired);

async function caseRow(caseId: string) {
  const [row] = await t.db.select().from(cases).where(eq(cases.id, caseId));
  return row!;
}

async function historyRows(caseId: string) {
  return t.db.select().from(casePhaseChanges).where(eq(casePhaseChanges.caseId, caseId)).orderBy(asc(casePhaseChanges.at));
}

/** Moves and expects success; answers the new state. */
async function moveOk(caseId: string, to: CasePhase, reason?: string, cookie = coordinatorCookie): Promise<SupportProcessState> {
  const version = (await caseRow(caseId)).version;
  const response = await movePhaseAs(t.app, cookie, caseId, version, { to, ...(reason ? { reason } : {}) });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<SupportProcessState>();
}

/** Expects a refused move that changes nothing; answers the missing fields. */
async function moveRefused(caseId: string, to: CasePhase, status = 422, reason?: string): Promise<string[]> {
  const before = await caseRow(caseId);
  const historyBefore = (await historyRows(caseId)).length;
  const response = await movePhaseAs(t.app, coordinatorCookie, caseId, before.version, { to, ...(reason ? { reason } : {}) });
  expect(response.statusCode, response.body).toBe(status);
  expect(response.headers['content-type']).toContain('application/problem+json');
  const after = await caseRow(caseId);
  expect(after).toMatchObject({ phase: before.phase, version: before.version });
  expect(await historyRows(caseId)).toHaveLength(historyBefore);
  const problem = response.json<{ errors: { field: string; code: string; message: string }[] }>();
  for (const e of problem.errors) expect(e.message.length).toBeGreaterThan(0);
  return problem.errors.map((e) => e.field);
}

describe('reading the process', () => {
  it('shows the phase, every phase with its seeded checklist, what the next phase lacks and an empty history', async () => {
    const created = await createCaseAs(t.app, coordinatorCookie);
    const response = await t.app.inject({ method: 'GET', url: `/api/cases/${created.id}/support-process`, headers: { cookie: coordinatorCookie } });
    expect(response.statusCode).toBe(200);
    expect(response.headers.etag).toBe(`"${created.version}"`);
    const state = response.json<SupportProcessState>();
    expect(state).toMatchObject({ caseId: created.id, phase: 'suspicion', caseVersion: created.version, nextPhase: 'assessment', history: [] });
    expect(state.phases.map((p) => p.phase)).toEqual(['suspicion', 'assessment', 'protection', 'legal', 'long_term', 'closed']);
    expect(state.phases.every((p) => p.checklist.length > 0)).toBe(true);
    const required = requiredItems(state, 'suspicion');
    expect(required.length).toBeGreaterThan(0);
    expect(required[0]).toMatchObject({ done: false, doneAt: null, doneByName: null, isActive: true });
    expect(required[0]!.labelSv.length).toBeGreaterThan(0);
    // The coordinator who opened it leads it: only the checklist is missing.
    expect(state.missingForNext.map((m) => m.field)).toEqual(required.map((i) => `checklist.${i.itemId}`));
    expect(state.missingForNext.every((m) => m.code === 'missing')).toBe(true);
    expect(state.missingForClose.map((m) => m.field)).toEqual(['closureOutcome', 'closureReason']);
  });

  it('is audited as a read of the phase history', async () => {
    const created = await createCaseAs(t.app, coordinatorCookie);
    await readSupportProcess(t.app, coordinatorCookie, created.id);
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, created.id), eq(auditEvents.action, 'case.phase_history_read')));
    expect(events).toHaveLength(1);
    expect(events[0]).toMatchObject({ actorUserId: coordinator.id, subjectType: 'case' });
  });
});

describe('the full walk from suspicion to closed', () => {
  let created: CaseDetail;

  beforeAll(async () => {
    // A national coordinator opens it, so it has no lead yet.
    created = await createCaseAs(t.app, nationalCookie);
    expect(created.leadUserId).toBeNull();
  });

  it('refuses the first move with 422 listing each missing item, and changes nothing', async () => {
    const state = await readSupportProcess(t.app, coordinatorCookie, created.id);
    const expected = ['leadUserId', ...requiredItems(state, 'suspicion').map((i) => `checklist.${i.itemId}`)];
    expect(state.missingForNext.map((m) => m.field)).toEqual(expected);
    expect(await moveRefused(created.id, 'assessment')).toEqual(expected);
  });

  it('moves on to assessment once there is a lead and the checklist is done', async () => {
    await setCaseFields(t.db, created.id, { leadUserId: coordinator.id });
    expect(await moveRefused(created.id, 'assessment')).toEqual(
      requiredItems(await readSupportProcess(t.app, coordinatorCookie, created.id), 'suspicion').map((i) => `checklist.${i.itemId}`),
    );
    await tickRequired(t.app, coordinatorCookie, created.id);
    const before = await caseRow(created.id);
    const state = await moveOk(created.id, 'assessment');
    expect(state).toMatchObject({ phase: 'assessment', caseVersion: before.version + 1, nextPhase: 'protection' });
    const after = await caseRow(created.id);
    expect(after.version).toBe(before.version + 1);
    expect(after.updatedAt.getTime()).toBeGreaterThan(before.updatedAt.getTime());
  });

  it('needs the risk assessment and the checklist for protection', async () => {
    const state = await readSupportProcess(t.app, coordinatorCookie, created.id);
    const checklist = requiredItems(state, 'assessment').map((i) => `checklist.${i.itemId}`);
    expect(await moveRefused(created.id, 'protection')).toEqual(['riskLevel', ...checklist]);
    await setCaseFields(t.db, created.id, { riskLevel: 'high', riskAssessedAt: new Date() });
    await tickRequired(t.app, coordinatorCookie, created.id);
    expect((await moveOk(created.id, 'protection')).phase).toBe('protection');
  });

  it('needs a police report reference or the reason there is none for legal', async () => {
    await tickRequired(t.app, coordinatorCookie, created.id);
    expect(await moveRefused(created.id, 'legal')).toEqual(['policeReport']);
    await setCaseFields(t.db, created.id, { noPoliceReportReason: 'The person does not want to report now' });
    expect((await moveOk(created.id, 'legal')).phase).toBe('legal');
  });

  it('needs a chosen path for the long-term phase', async () => {
    await tickRequired(t.app, coordinatorCookie, created.id);
    expect(await moveRefused(created.id, 'long_term')).toEqual(['longTermPath']);
    await setCaseFields(t.db, created.id, { longTermPath: 'residence' });
    expect((await moveOk(created.id, 'long_term')).phase).toBe('long_term');
  });

  it('needs the outcome, the closure reason and the checklist to close, and stamps closed_at', async () => {
    const state = await readSupportProcess(t.app, coordinatorCookie, created.id);
    const checklist = requiredItems(state, 'long_term').map((i) => `checklist.${i.itemId}`);
    expect(state.nextPhase).toBe('closed');
    expect(await moveRefused(created.id, 'closed')).toEqual(['closureOutcome', 'closureReason', ...checklist]);
    await setCaseFields(t.db, created.id, { closureOutcome: 'long_term_solution_reached', closureReason: 'Residence permit granted' });
    await tickRequired(t.app, coordinatorCookie, created.id);
    const closed = await moveOk(created.id, 'closed');
    expect(closed).toMatchObject({ phase: 'closed', nextPhase: null, missingForNext: [], missingForClose: [] });
    expect((await caseRow(created.id)).closedAt).toBeInstanceOf(Date);
  });

  it('keeps the history in order, with who moved it', async () => {
    const { history } = await readSupportProcess(t.app, coordinatorCookie, created.id);
    expect(history.map((h) => [h.from, h.to, h.kind])).toEqual([
      ['suspicion', 'assessment', 'forward'],
      ['assessment', 'protection', 'forward'],
      ['protection', 'legal', 'forward'],
      ['legal', 'long_term', 'forward'],
      ['long_term', 'closed', 'forward'],
    ]);
    expect(history.every((h) => h.byName.length > 0)).toBe(true);
    // A closing is explained by the closure reason.
    expect(history.at(-1)!.reason).toBe('Residence permit granted');
  });

  it('audits every move with from, to and kind, and no reason text', async () => {
    const events = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, created.id), eq(auditEvents.action, 'case.phase_moved')))
      .orderBy(asc(auditEvents.id));
    expect(events.map((e) => e.details)).toEqual([
      { from: 'suspicion', to: 'assessment', kind: 'forward' },
      { from: 'assessment', to: 'protection', kind: 'forward' },
      { from: 'protection', to: 'legal', kind: 'forward' },
      { from: 'legal', to: 'long_term', kind: 'forward' },
      { from: 'long_term', to: 'closed', kind: 'forward' },
    ]);
    expect(events.every((e) => e.actorUserId === coordinator.id)).toBe(true);
  });

  it('reopens only with a reason, clearing closed_at and the closure', async () => {
    expect(await moveRefused(created.id, 'legal', 400)).toEqual(['reason']);
    expect(await moveRefused(created.id, 'closed')).toEqual(['to']);
    const reopened = await moveOk(created.id, 'legal', 'The prosecutor has opened a new investigation.');
    expect(reopened).toMatchObject({ phase: 'legal', nextPhase: 'long_term' });
    expect(reopened.history.at(-1)).toMatchObject({ from: 'closed', to: 'legal', kind: 'reopen', reason: 'The prosecutor has opened a new investigation.' });
    expect(await caseRow(created.id)).toMatchObject({ closedAt: null, closureOutcome: null, closureReason: null });
    expect(reopened.missingForClose.map((m) => m.field)).toEqual(['closureOutcome', 'closureReason']);
  });
});

describe('moves that do not exist, moving back and closing early', () => {
  it('refuses skipping phases with 422 on `to`', async () => {
    const created = await createCaseAs(t.app, coordinatorCookie);
    await tickRequired(t.app, coordinatorCookie, created.id);
    expect(await moveRefused(created.id, 'legal')).toEqual(['to']);
    expect(await moveRefused(created.id, 'suspicion')).toEqual(['to']);
  });

  it('moves back only with a reason of the right length, and keeps it in the history', async () => {
    const created = await createCaseAs(t.app, coordinatorCookie);
    await tickRequired(t.app, coordinatorCookie, created.id);
    await moveOk(created.id, 'assessment');
    expect(await moveRefused(created.id, 'suspicion', 400)).toEqual(['reason']);
    expect(await moveRefused(created.id, 'suspicion', 400, 'short')).toEqual(['reason']);
    expect(await moveRefused(created.id, 'suspicion', 400, 'x'.repeat(2001))).toEqual(['reason']);
    const back = await moveOk(created.id, 'suspicion', 'New indicators came to light.');
    expect(back.phase).toBe('suspicion');
    expect(back.history.map((h) => [h.kind, h.reason])).toEqual([
      ['forward', null],
      ['back', 'New indicators came to light.'],
    ]);
  });

  it('closes early from any open phase without the checklist, but with outcome and reason', async () => {
    const created = await createCaseAs(t.app, coordinatorCookie);
    expect(await moveRefused(created.id, 'closed')).toEqual(['closureOutcome', 'closureReason']);
    await setCaseFields(t.db, created.id, { closureOutcome: 'not_trafficking', closureReason: 'No signs of trafficking after all' });
    const closed = await moveOk(created.id, 'closed');
    expect(closed.history).toMatchObject([{ from: 'suspicion', to: 'closed', kind: 'forward' }]);
  });

  it.each([
    ['an unknown phase', { to: 'archived' }, 'to'],
    ['no phase', { reason: 'A reason long enough' }, 'to'],
    ['a reason that is not text', { to: 'assessment', reason: 42 }, 'reason'],
  ])('answers 400 for %s, changing nothing', async (_name, body, field) => {
    const created = await createCaseAs(t.app, coordinatorCookie);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${created.id}/phase`,
      headers: { cookie: coordinatorCookie, 'if-match': `"${created.version}"` },
      payload: body,
    });
    expect(response.statusCode).toBe(400);
    expect(fieldsOf(response)).toContain(field);
    expect((await caseRow(created.id)).version).toBe(created.version);
  });
});

describe('If-Match', () => {
  it('is required (428), must be well formed (400) and current (412 with the current version)', async () => {
    const created = await createCaseAs(t.app, coordinatorCookie);
    await tickRequired(t.app, coordinatorCookie, created.id);
    const missing = await movePhaseAs(t.app, coordinatorCookie, created.id, undefined, { to: 'assessment' });
    expect(missing.statusCode).toBe(428);
    const malformed = await t.app.inject({
      method: 'POST',
      url: `/api/cases/${created.id}/phase`,
      headers: { cookie: coordinatorCookie, 'if-match': 'latest' },
      payload: { to: 'assessment' },
    });
    expect(malformed.statusCode).toBe(400);
    const stale = await movePhaseAs(t.app, coordinatorCookie, created.id, created.version + 5, { to: 'assessment' });
    expect(stale.statusCode).toBe(412);
    expect(stale.json<{ currentVersion: number }>().currentVersion).toBe(created.version);
    expect((await caseRow(created.id)).phase).toBe('suspicion');
  });

  it('lets only one of two moves from the same version through', async () => {
    const created = await createCaseAs(t.app, coordinatorCookie);
    await tickRequired(t.app, coordinatorCookie, created.id);
    const [a, b] = await Promise.all([
      movePhaseAs(t.app, coordinatorCookie, created.id, created.version, { to: 'assessment' }),
      movePhaseAs(t.app, nationalCookie, created.id, created.version, { to: 'assessment' }),
    ]);
    expect([a.statusCode, b.statusCode].sort()).toEqual([200, 412]);
    expect(await historyRows(created.id)).toHaveLength(1);
  });
});

describe('children', () => {
  async function childCaseInAssessment(municipalityCode = '0180') {
    const created = await createCaseAs(t.app, coordinatorCookie, { municipalityCode, person: { codeName: 'Sippan', isChild: true } });
    await tickRequired(t.app, coordinatorCookie, created.id);
    await moveOk(created.id, 'assessment');
    await setCaseFields(t.db, created.id, { riskLevel: 'medium' });
    await tickRequired(t.app, coordinatorCookie, created.id);
    return created;
  }

  it('cannot leave assessment for protection until social services of its municipality are on the team', async () => {
    const created = await childCaseInAssessment('0180');
    expect((await readSupportProcess(t.app, coordinatorCookie, created.id)).missingForNext.map((m) => m.field)).toEqual(['socialServicesOnTeam']);
    expect(await moveRefused(created.id, 'protection')).toEqual(['socialServicesOnTeam']);
    const seat = (organisationId: string, kind: 'statute' | 'consent' = 'statute') =>
      addToTeam(t.db, { caseId: created.id, organisationId, recordedByUserId: coordinator.id, kind });

    // Social services of another municipality do not count.
    await seat(await buildSocialServices(t.db, '0114'));
    expect(await moveRefused(created.id, 'protection')).toEqual(['socialServicesOnTeam']);

    // Nor do the right social services removed from the team, or seated under a withdrawn consent.
    const removed = await seat(await buildSocialServices(t.db, '0180'));
    await t.db.update(caseTeamMembers).set({ removedAt: new Date(), removedByUserId: coordinator.id }).where(eq(caseTeamMembers.id, removed.memberId));
    const withdrawn = await seat(await buildSocialServices(t.db, '0180'), 'consent');
    await t.db.update(legalBases).set({ consentWithdrawnAt: new Date() }).where(eq(legalBases.id, withdrawn.legalBasisId));
    expect(await moveRefused(created.id, 'protection')).toEqual(['socialServicesOnTeam']);

    // Nor does a police organisation.
    await seat(policeId);
    expect(await moveRefused(created.id, 'protection')).toEqual(['socialServicesOnTeam']);

    await seat(await buildSocialServices(t.db, '0180'));
    expect((await moveOk(created.id, 'protection')).phase).toBe('protection');
  });

  it('may still be closed from assessment without social services', async () => {
    const created = await childCaseInAssessment('0180');
    await setCaseFields(t.db, created.id, { closureOutcome: 'transferred', closureReason: 'Moved to another country' });
    expect((await moveOk(created.id, 'closed')).phase).toBe('closed');
  });

  it('lists the child rule together with the other missing items', async () => {
    const created = await childCaseInAssessment('0180');
    await setCaseFields(t.db, created.id, { riskLevel: null });
    expect(await moveRefused(created.id, 'protection')).toEqual(['riskLevel', 'socialServicesOnTeam']);
  });
});

describe('access', () => {
  let created: CaseDetail;
  let itemId: string;

  beforeAll(async () => {
    created = await createCaseAs(t.app, coordinatorCookie);
    await addToTeam(t.db, { caseId: created.id, organisationId: policeId, recordedByUserId: coordinator.id, kind: 'statute' });
    itemId = requiredItems(await readSupportProcess(t.app, coordinatorCookie, created.id), 'suspicion')[0]!.itemId;
  });

  it.each([
    ['a coordinator of another region', () => vastCookie],
    ['a case worker whose organisation is not on the team', () => outsiderWorkerCookie],
  ])('%s gets 404 for the process, a move and a tick', async (_name, cookie) => {
    const read = await t.app.inject({ method: 'GET', url: `/api/cases/${created.id}/support-process`, headers: { cookie: cookie() } });
    expect(read.statusCode).toBe(404);
    const move = await movePhaseAs(t.app, cookie(), created.id, created.version, { to: 'closed' });
    expect(move.statusCode).toBe(404);
    const tick = await tickAs(t.app, cookie(), created.id, itemId);
    expect(tick.statusCode).toBe(404);
    expect(await t.db.$count(caseChecklistMarks, eq(caseChecklistMarks.caseId, created.id))).toBe(0);
  });

  it('a case worker on the team reads the process and ticks the checklist, but may not move the case (403)', async () => {
    const state = await readSupportProcess(t.app, teamWorkerCookie, created.id);
    expect(state.phase).toBe('suspicion');
    const tick = await tickAs(t.app, teamWorkerCookie, created.id, itemId);
    expect(tick.statusCode).toBe(200);
    expect(tick.json<ChecklistEntry>()).toMatchObject({ itemId, done: true });
    const move = await movePhaseAs(t.app, teamWorkerCookie, created.id, state.caseVersion, { to: 'assessment' });
    expect(move.statusCode).toBe(403);
    expect((await caseRow(created.id)).phase).toBe('suspicion');
  });

  it('a national coordinator may move any case', async () => {
    const other = await createCaseAs(t.app, coordinatorCookie);
    await tickRequired(t.app, nationalCookie, other.id);
    expect((await moveOk(other.id, 'assessment', undefined, nationalCookie)).phase).toBe('assessment');
  });

  it('answers 404 for a case that does not exist', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/cases/00000000-0000-4000-8000-000000000000/support-process',
      headers: { cookie: nationalCookie },
    });
    expect(response.statusCode).toBe(404);
  });
});

describe('ticking the checklist', () => {
  let created: CaseDetail;
  let itemId: string;

  beforeAll(async () => {
    created = await createCaseAs(t.app, coordinatorCookie);
    itemId = requiredItems(await readSupportProcess(t.app, coordinatorCookie, created.id), 'suspicion')[0]!.itemId;
  });

  const marks = () => t.db.$count(caseChecklistMarks, eq(caseChecklistMarks.caseId, created.id));
  const audits = (action: 'case.checklist_ticked' | 'case.checklist_unticked') =>
    t.db.$count(auditEvents, and(eq(auditEvents.subjectId, created.id), eq(auditEvents.action, action)));

  it('is idempotent both ways, and audits each change once', async () => {
    const first = await tickAs(t.app, coordinatorCookie, created.id, itemId);
    expect(first.statusCode).toBe(200);
    const ticked = first.json<ChecklistEntry>();
    expect(ticked).toMatchObject({ itemId, done: true, doneByName: expect.any(String) });
    expect(ticked.doneAt).not.toBeNull();
    const again = await tickAs(t.app, coordinatorCookie, created.id, itemId);
    expect(again.json<ChecklistEntry>()).toEqual(ticked);
    expect(await marks()).toBe(1);
    expect(await audits('case.checklist_ticked')).toBe(1);
    const [event] = await t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.subjectId, created.id), eq(auditEvents.action, 'case.checklist_ticked')));
    expect(event!.details).toEqual({ itemId, phase: 'suspicion' });

    for (let i = 0; i < 2; i++) {
      const untick = await tickAs(t.app, coordinatorCookie, created.id, itemId, false);
      expect(untick.statusCode).toBe(200);
      expect(untick.json<ChecklistEntry>()).toMatchObject({ itemId, done: false, doneAt: null, doneByName: null });
    }
    expect(await marks()).toBe(0);
    expect(await audits('case.checklist_unticked')).toBe(1);
  });

  it('shows up in the process state and does not change the case version', async () => {
    await tickAs(t.app, coordinatorCookie, created.id, itemId);
    const state = await readSupportProcess(t.app, coordinatorCookie, created.id);
    expect(state.phases[0]!.checklist.find((i) => i.itemId === itemId)).toMatchObject({ done: true });
    expect(state.missingForNext.map((m) => m.field)).not.toContain(`checklist.${itemId}`);
    expect(state.caseVersion).toBe(created.version);
  });

  it('answers 404 for an unknown item and a retired one', async () => {
    const unknown = await tickAs(t.app, coordinatorCookie, created.id, '00000000-0000-4000-8000-000000000000');
    expect(unknown.statusCode).toBe(404);
    const [retired] = await t.db
      .insert(checklistItems)
      .values({ phase: 'suspicion', labelSv: 'Utgången', labelEn: 'Retired', position: 99, isActive: false })
      .returning({ id: checklistItems.id });
    const response = await tickAs(t.app, coordinatorCookie, created.id, retired!.id);
    expect(response.statusCode).toBe(404);
  });

  it('lists a retired item only in cases that ticked it', async () => {
    const [item] = await t.db
      .insert(checklistItems)
      .values({ phase: 'assessment', labelSv: 'Snart utgången', labelEn: 'Soon retired', position: 98 })
      .returning({ id: checklistItems.id });
    const other = await createCaseAs(t.app, coordinatorCookie);
    expect((await tickAs(t.app, coordinatorCookie, created.id, item!.id)).statusCode).toBe(200);
    await t.db.update(checklistItems).set({ isActive: false }).where(eq(checklistItems.id, item!.id));
    const listed = (s: SupportProcessState) => s.phases[1]!.checklist.find((i) => i.itemId === item!.id);
    expect(listed(await readSupportProcess(t.app, coordinatorCookie, created.id))).toMatchObject({ isActive: false, done: true });
    expect(listed(await readSupportProcess(t.app, coordinatorCookie, other.id))).toBeUndefined();
  });

  it.each([
    ['no body', undefined],
    ['done as text', { done: 'yes' }],
    ['an empty body', {}],
  ])('answers 400 for %s', async (_name, payload) => {
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/cases/${created.id}/checklist/${itemId}`,
      headers: { cookie: coordinatorCookie, 'content-type': 'application/json' },
      payload: payload === undefined ? '' : JSON.stringify(payload),
    });
    expect(response.statusCode).toBe(400);
  });

  it('answers 400 for an item id that is not a uuid', async () => {
    const response = await t.app.inject({
      method: 'PUT',
      url: `/api/cases/${created.id}/checklist/first`,
      headers: { cookie: coordinatorCookie },
      payload: { done: true },
    });
    expect(response.statusCode).toBe(400);
  });
});
