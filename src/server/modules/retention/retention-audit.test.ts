import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { RegisterExtract } from '../../../shared/schemas/register-extract.ts';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { users } from '../../db/schema/identity.ts';
import { verifyAuditChain } from '../../platform/audit-chain.ts';
import { currentTotp } from '../../platform/totp.ts';
import { runRetention } from './retention.service.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRows, requestAs } from '../../../../test/support/casework.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, testTotpSecret, type TestUser } from '../../../../test/support/factories.ts';

/**
 * Issue 13: audit events past the audit period keep the event (action, time, subject, details and
 * their place in the hash chain) and lose who did it and from where; `verifyAuditChain` still
 * verifies, and still catches a change to an erased event.
 */
let t: TestApp;
let lead: TestUser;
let auditor: TestUser;
let asLead: ReturnType<typeof requestAs>;
let asAuditor: ReturnType<typeof requestAs>;
let openCase: CaseDetail;
let heldCase: CaseDetail;
const cli = { actor: null, requestId: 'test-retention-audit', clientAddress: 'cli' };
const elevenYearsAgo = new Date(Date.now() - 11 * 365.25 * 86_400_000);
const old = { read: 0, intake: 0, held: 0 };

/** An event written eleven years ago, as the trigger chains any insert. */
async function oldEvent(values: Partial<typeof auditEvents.$inferInsert> & { action: string }): Promise<number> {
  const [row] = await t.db
    .insert(auditEvents)
    .values({ occurredAt: elevenYearsAgo, requestId: 'old-request', ...values })
    .returning({ id: auditEvents.id });
  return row!.id;
}

const rowOf = async (id: number) => (await t.db.select().from(auditEvents).where(eq(auditEvents.id, id)))[0]!;

/** Changes the audit table the way someone with database access could, behind the triggers' back. */
async function tamper(db: Db, statement: ReturnType<typeof sql>) {
  await db.execute(sql`alter table audit_events disable trigger audit_events_erase_only`);
  try {
    await db.execute(statement);
  } finally {
    await db.execute(sql`alter table audit_events enable trigger audit_events_erase_only`);
  }
}

beforeAll(async () => {
  t = await startTestApp();
  const organisation = await buildOrganisation(t.db, { name: 'Länssamordning Stockholm', type: 'municipality', regionCode: 'stockholm' });
  lead = await buildUser(t.db, { roles: ['regional_coordinator'], organisationId: organisation });
  const leadCookie = await signInAs(t.app, lead);
  asLead = requestAs(t.app, leadCookie);
  auditor = await buildUser(t.db, { roles: ['auditor'], regionCode: null });
  asAuditor = requestAs(t.app, await signInAs(t.app, auditor));
  const admin = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['system_admin'], regionCode: null })));
  openCase = await createCaseAs(t.app, leadCookie);
  heldCase = await createCaseAs(t.app, leadCookie);
  const identity = await t.app.inject({
    method: 'PUT',
    url: `/api/cases/${openCase.id}/identity`,
    headers: { cookie: leadCookie, 'if-match': '"0"' },
    payload: { fullName: 'Mira Sandberg' },
  });
  expect(identity.statusCode, identity.body).toBe(200);
  expect((await admin('POST', '/api/admin/legal-holds', { caseReference: heldCase.reference, reason: 'Åklagarens beslut 2024-03' })).statusCode).toBe(201);

  old.read = await oldEvent({ action: 'case.read', actorUserId: lead.id, subjectType: 'case', subjectId: openCase.id, clientAddress: '203.0.113.7' });
  old.intake = await oldEvent({ action: 'auth.sign_in_failed', clientAddress: '198.51.100.23', details: { step: 'password' } });
  old.held = await oldEvent({ action: 'case.read', actorUserId: lead.id, subjectType: 'case', subjectId: heldCase.id, clientAddress: '203.0.113.7' });
  // A read today, by the lead coordinator: inside the period.
  expect((await asLead('GET', `/api/cases/${openCase.id}`)).statusCode).toBe(200);
});
afterAll(() => t.close());

describe('audit events in a retention run', () => {
  it('shows in a dry run how many events would lose their personal details, and changes nothing', async () => {
    const before = await t.db.select().from(auditEvents).orderBy(auditEvents.id);
    const summary = await runRetention(t.db, cli, t.config, { dryRun: true });
    expect(summary.types.find((s) => s.recordType === 'audit')).toEqual({ recordType: 'audit', years: 10, expired: 2, held: 1 });
    expect(await t.db.select().from(auditEvents).orderBy(auditEvents.id)).toEqual(before);
  });

  it('erases the actor and client address of expired events and keeps the event, its digest and a tombstone time', async () => {
    const before = await Promise.all([old.read, old.intake].map(rowOf));
    const summary = await runRetention(t.db, cli, t.config, { dryRun: false });
    expect(summary.types.find((s) => s.recordType === 'audit')).toEqual({ recordType: 'audit', years: 10, expired: 2, held: 1 });
    for (const earlier of before) {
      const row = await rowOf(earlier.id);
      expect(row).toEqual({ ...earlier, actorUserId: null, clientAddress: null, personalSalt: null, personalErasedAt: expect.any(Date) as Date });
      expect(row.personalDigest).toMatch(/^[0-9a-f]{64}$/);
    }
    const [run] = await auditRows(t.db, 'retention.run');
    expect((run!.details as { types: { recordType: string }[] }).types).toContainEqual({ recordType: 'audit', years: 10, anonymised: 2, held: 1 });
  });

  it('keeps the events about a held case and those inside the period whole', async () => {
    expect(await rowOf(old.held)).toMatchObject({ actorUserId: lead.id, clientAddress: '203.0.113.7', personalErasedAt: null });
    const recent = await t.db.select().from(auditEvents).where(sql`${auditEvents.occurredAt} > now() - interval '1 day' and ${auditEvents.action} = 'case.read'`);
    expect(recent.length).toBeGreaterThan(0);
    for (const row of recent) expect(row).toMatchObject({ actorUserId: lead.id, personalErasedAt: null, personalSalt: expect.any(String) as string });
  });

  it('leaves a chain that verifies, and a second run erases nothing more', async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true });
    const summary = await runRetention(t.db, cli, t.config, { dryRun: false });
    expect(summary.types.find((s) => s.recordType === 'audit')).toMatchObject({ expired: 0, held: 1 });
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true });
  });

  it('still tells the data protection officer who has seen the case recently, and that an old event named no one', async () => {
    await t.db.update(users).set({ totpLastStep: null }).where(eq(users.id, auditor.id));
    const response = await asAuditor('POST', `/api/register-extracts/persons/${openCase.person.id}`, { code: await currentTotp(testTotpSecret) });
    expect(response.statusCode, response.body).toBe(200);
    const theCase = response.json<RegisterExtract>().records.find((r) => r.type === 'case' && r.reference === openCase.reference)!;
    const reads = theCase.views.filter((v) => v.action === 'case.read');
    expect(reads.find((v) => new Date(v.at) < new Date(Date.now() - 86_400_000))).toMatchObject({ organisations: [], roles: [] });
    expect(reads.filter((v) => new Date(v.at) > new Date(Date.now() - 86_400_000))).toContainEqual(
      expect.objectContaining({ organisations: ['Länssamordning Stockholm'], roles: ['regional_coordinator'] }),
    );
  });
});

describe('the erasure and the chain', () => {
  it('refuses an UPDATE that does more than erase, or erases in part', async () => {
    const statements = [
      sql`update audit_events set action = 'case.list' where id = ${old.read}`,
      sql`update audit_events set details = '{"x": 1}', actor_user_id = null, client_address = null, personal_salt = null, personal_erased_at = now() where id = ${old.held}`,
      sql`update audit_events set client_address = null, personal_erased_at = now() where id = ${old.held}`,
      sql`update audit_events set personal_digest = null where id = ${old.read}`,
    ];
    for (const statement of statements) await expect(t.db.execute(statement)).rejects.toThrow();
    expect(await rowOf(old.held)).toMatchObject({ clientAddress: '203.0.113.7', personalErasedAt: null });
  });

  it.each([
    ['its details changed', sql`update audit_events set details = '{"idempotentReplay": true}'`, 'hash_mismatch'],
    ['its subject changed', sql`update audit_events set subject_id = ${crypto.randomUUID()}`, 'hash_mismatch'],
    ['its digest replaced', sql`update audit_events set personal_digest = ${'0'.repeat(64)}`, 'hash_mismatch'],
    ['an actor put back', sql`update audit_events set actor_user_id = ${crypto.randomUUID()}`, 'personal_digest_mismatch'],
    ['an address put back', sql`update audit_events set client_address = '203.0.113.99'`, 'personal_digest_mismatch'],
  ] as const)('names an erased event with %s', async (_what, change, reason) => {
    const [before] = await t.db.select().from(auditEvents).where(eq(auditEvents.id, old.read));
    await tamper(t.db, sql`${change} where id = ${old.read}`);
    try {
      expect(await verifyAuditChain(t.db)).toMatchObject({ intact: false, brokenAtId: old.read, reason });
    } finally {
      await tamper(
        t.db,
        sql`update audit_events set details = ${JSON.stringify(before!.details)}::jsonb, subject_id = ${before!.subjectId}, personal_digest = ${before!.personalDigest},
          actor_user_id = null, client_address = null where id = ${old.read}`,
      );
    }
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true });
  });

  it('names an event inside the period whose client address was changed', async () => {
    const [recent] = await t.db.select({ id: auditEvents.id, address: auditEvents.clientAddress }).from(auditEvents).where(inArray(auditEvents.action, ['case.read'])).orderBy(sql`${auditEvents.id} desc`).limit(1);
    await tamper(t.db, sql`update audit_events set client_address = '10.9.8.7' where id = ${recent!.id}`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: false, brokenAtId: recent!.id, reason: 'personal_digest_mismatch' });
  });
});
