import { count, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { CaseFlag, CaseFlagSummary } from '../../../shared/schemas/case-flags.ts';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { NotificationPage } from '../../../shared/schemas/notifications.ts';
import { caseFlags } from './case-flags.schema.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRowsAbout, requestAs } from '../../../../test/support/casework.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs } from '../../../../test/support/factories.ts';

let t: TestApp;
type Call = ReturnType<typeof requestAs>;
let lead: Call;
let national: Call;
let outsider: Call;
let analyst: Call;
let caseId: string;
const originalTz = process.env.TZ;

beforeAll(async () => {
  t = await startTestApp();
  const coordination = await buildOrganisation(t.db, { type: 'municipality', regionCode: 'stockholm' });
  const cookie = await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: coordination }));
  lead = requestAs(t.app, cookie);
  national = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null })));
  outsider = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['case_worker'], regionCode: 'vast' })));
  analyst = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['analyst'], regionCode: null })));
  caseId = (await createCaseAs(t.app, cookie, { municipalityCode: '0180' })).id;
});
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});
afterAll(() => t.close());

const flagCount = async () => (await t.db.select({ n: count() }).from(caseFlags))[0]!.n;

describe('case flags', () => {
  it('answers 401, 403 and 404 where it should, and 400 on bad input with nothing stored', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/cases/${caseId}/flags` })).statusCode).toBe(401);
    expect((await analyst('GET', `/api/cases/${caseId}/flags`)).statusCode).toBe(403);
    expect((await outsider('GET', `/api/cases/${caseId}/flags`)).statusCode).toBe(404);
    expect((await outsider('POST', `/api/cases/${caseId}/flags`, { kind: 'urgent' })).statusCode).toBe(404);
    const before = await flagCount();
    for (const body of [{ kind: 'bad' }, { kind: 'urgent', dueOn: '2026-02-30' }, { kind: 'urgent', dueOn: '2026-03-29T00:00:00Z' }, {}]) {
      const response = await lead('POST', `/api/cases/${caseId}/flags`, body);
      expect(response.statusCode, JSON.stringify(body)).toBe(400);
    }
    expect(await flagCount()).toBe(before);
  });

  it('keeps a date-only flag on its day whatever the time zone of the server', async () => {
    process.env.TZ = 'Pacific/Kiritimati';
    const raised = await national('POST', `/api/cases/${caseId}/flags`, { kind: 'risk_to_person', message: 'Hot via telefon.', dueOn: '2026-03-29' });
    expect(raised.statusCode, raised.body).toBe(201);
    const flag = raised.json<CaseFlag>();
    expect(flag).toMatchObject({ kind: 'risk_to_person', dueOn: '2026-03-29', message: 'Hot via telefon.' });

    process.env.TZ = 'America/Los_Angeles';
    const listed = (await lead('GET', `/api/cases/${caseId}/flags`)).json<CaseFlag[]>();
    expect(listed.find((f) => f.id === flag.id)!.dueOn).toBe('2026-03-29');
    const [stored] = (await t.db.execute<{ due_on: string }>(sql`select due_on::text as due_on from case_flags where id = ${flag.id}`)).rows;
    expect(stored!.due_on).toBe('2026-03-29');

    // The case list's flags: only for cases in the scope.
    const forList = (await lead('GET', `/api/case-flags?caseIds=${caseId}`)).json<CaseFlagSummary[]>();
    expect(forList).toEqual([{ caseId, id: flag.id, kind: 'risk_to_person', dueOn: '2026-03-29' }]);
    expect((await outsider('GET', `/api/case-flags?caseIds=${caseId}`)).json()).toEqual([]);
    expect((await lead('GET', '/api/case-flags?caseIds=not-a-uuid')).statusCode).toBe(400);

    // The lead was told, and the alert goes when the flag is removed.
    const before = (await lead('GET', '/api/notifications')).json<NotificationPage>();
    expect(before.items.filter((n) => n.kind === 'case_flag_raised')).toHaveLength(1);
    const ifMatch = { 'if-match': `"${flag.version}"` };
    expect((await outsider('DELETE', `/api/cases/${caseId}/flags/${flag.id}`, undefined, ifMatch)).statusCode).toBe(404);
    expect((await lead('DELETE', `/api/cases/${caseId}/flags/${flag.id}`)).statusCode).toBe(428);
    expect((await lead('DELETE', `/api/cases/${caseId}/flags/${flag.id}`, undefined, { 'if-match': '"9"' })).statusCode).toBe(412);
    expect((await lead('DELETE', `/api/cases/${caseId}/flags/${flag.id}`, undefined, ifMatch)).statusCode).toBe(204);
    expect((await lead('DELETE', `/api/cases/${caseId}/flags/${flag.id}`, undefined, ifMatch)).statusCode).toBe(404);
    const after = (await lead('GET', '/api/notifications')).json<NotificationPage>();
    expect(after.items.filter((n) => n.kind === 'case_flag_raised')).toHaveLength(0);
    expect((await lead('GET', `/api/case-flags?caseIds=${caseId}`)).json()).toEqual([]);
    expect(await auditRowsAbout(t.db, 'case_flag.raise', caseId)).toHaveLength(1);
    expect(await auditRowsAbout(t.db, 'case_flag.remove', caseId)).toHaveLength(1);
  });
});

describe('closing a case with protected identity', () => {
  it('waits for a national coordinator other than the one who asked, and closes on approval', async () => {
    const created = await createCaseAs(t.app, (await signInAs(t.app, await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' }))), {
      municipalityCode: '0180',
      person: { codeName: 'Skyddad', isChild: false, hasProtectedIdentity: true },
    });
    await t.db.execute(sql`update cases set closure_outcome = 'moved_on', closure_reason = 'Avslutat enligt plan.' where id = ${created.id}`);
    // This test is about the approval, not the checklist: no item is required to close here.
    await t.db.execute(sql`update checklist_items set is_required = false`);
    const detail = (await national('GET', `/api/cases/${created.id}`)).json<CaseDetail>();
    const close = await national('POST', `/api/cases/${created.id}/phase`, { to: 'closed' }, { 'if-match': `"${detail.version}"` });
    expect(close.statusCode, close.body).toBe(202);
    const state = close.json<{ phase: string; pendingClosureApproval: { id: string } | null }>();
    expect(state.phase).not.toBe('closed');
    const approvalId = state.pendingClosureApproval!.id;
    const approval = (await national('GET', '/api/approvals')).json<{ id: string; version: number; canDecide: boolean }[]>().find((a) => a.id === approvalId)!;
    expect(approval.canDecide).toBe(false);
    expect((await national('POST', `/api/approvals/${approvalId}/approve`, { reason: 'Själv' }, { 'if-match': `"${approval.version}"` })).statusCode).toBe(403);
    const second = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null })));
    const approved = await second('POST', `/api/approvals/${approvalId}/approve`, { reason: 'Underlaget är komplett.' }, { 'if-match': `"${approval.version}"` });
    expect(approved.statusCode, approved.body).toBe(200);
    expect((await second('GET', `/api/cases/${created.id}/support-process`)).json<{ phase: string }>().phase).toBe('closed');
  });
});
