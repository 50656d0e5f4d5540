import { count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Problem } from '../../../shared/schemas/common.ts';
import type { LegalHold, RetentionSetting } from '../../../shared/schemas/retention.ts';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import { verifyAuditChain } from '../../platform/audit-chain.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { calls } from '../calls/calls.schema.ts';
import { cases } from '../cases/cases.schema.ts';
import { consultations } from '../consultations/consultations.schema.ts';
import { documentContents, documents } from '../documents/documents.schema.ts';
import { journalEntries } from '../journal/journal.schema.ts';
import { personIdentities, persons } from '../persons/persons.schema.ts';
import { statisticsCaseFacts } from '../statistics/statistics.schema.ts';
import { retentionTombstones } from './retention.schema.ts';
import { runRetention } from './retention.service.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { auditRows, auditRowsAbout, insertJournalEntry, requestAs } from '../../../../test/support/casework.ts';
import { buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';

let t: TestApp;
let admin: ReturnType<typeof requestAs>;
let coordinator: TestUser;
let coordinatorCookie: string;
const cli = { actor: null, requestId: 'test-retention', clientAddress: 'cli' };
const elevenYearsAgo = () => new Date(Date.now() - 11 * 365.25 * 86_400_000);

/** A case closed `closedAt`, with identity, free text, a journal entry and a document. */
async function closedCase(closedAt: Date): Promise<CaseDetail & { entryId: string; documentId: string }> {
  const theCase = await createCaseAs(t.app, coordinatorCookie);
  await t.db
    .update(cases)
    .set({ closedAt, closureOutcome: 'goals_met', closureReason: 'Flyttade till sin syster i Malmö.', policeReportReference: '5000-K123-24' })
    .where(eq(cases.id, theCase.id));
  await t.db.insert(personIdentities).values({ personId: theCase.person.id, fullName: 'sealed-name', personalNumber: 'sealed-pnr', keyId: 'test' });
  const entryId = await insertJournalEntry(t.db, theCase.id, coordinator, 'Samtal med Anna om hennes arbetsgivare.');
  const [document] = await t.db
    .insert(documents)
    .values({ caseId: theCase.id, fileName: 'anna-pass.pdf', mediaType: 'application/pdf', sizeBytes: 4, sha256: 'ab'.repeat(32), uploadedByUserId: coordinator.id })
    .returning({ id: documents.id });
  await t.db.insert(documentContents).values({ documentId: document!.id, content: Buffer.from('%PDF') });
  return { ...theCase, entryId, documentId: document!.id };
}

let expired: Awaited<ReturnType<typeof closedCase>>;
let held: Awaited<ReturnType<typeof closedCase>>;
let recent: Awaited<ReturnType<typeof closedCase>>;
let consultationId: string;
let callId: string;

beforeAll(async () => {
  t = await startTestApp();
  admin = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['system_admin'] })));
  coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  coordinatorCookie = await signInAs(t.app, coordinator);
  expired = await closedCase(elevenYearsAgo());
  held = await closedCase(elevenYearsAgo());
  recent = await closedCase(new Date(Date.now() - 86_400_000));
  const [consultation] = await t.db
    .insert(consultations)
    .values({
      reference: 'MS-2014-000001',
      source: 'professional',
      status: 'closed',
      regionCode: 'stockholm',
      countyCode: '01',
      municipalityCode: '0180',
      requesterName: 'Eva Ek',
      requesterEmail: 'eva@example.se',
      description: 'En kvinna på restaurangen verkar inte få gå hem.',
      firstResponseDueAt: elevenYearsAgo(),
      receivedAt: elevenYearsAgo(),
      closedAt: elevenYearsAgo(),
    })
    .returning({ id: consultations.id });
  consultationId = consultation!.id;
  const [call] = await t.db
    .insert(calls)
    .values({ operatorUserId: coordinator.id, startedAt: elevenYearsAgo(), endedAt: elevenYearsAgo(), callerCategory: 'relative', topic: 'other', adviceGiven: 'Ring polisen om Anna.' })
    .returning({ id: calls.id });
  callId = call!.id;
});
afterAll(() => t.close());

const placeHold = (caseReference: string, reason = 'Åklagarens beslut 2024-03') => admin('POST', '/api/admin/legal-holds', { caseReference, reason });

describe('retention settings', () => {
  it('shows the defaults from the configuration to a system administrator', async () => {
    const response = await admin('GET', '/api/admin/retention');
    expect(response.statusCode, response.body).toBe(200);
    const settings = response.json<RetentionSetting[]>();
    expect(settings.find((s) => s.recordType === 'case')).toMatchObject({ defaultYears: 10, setYears: null, years: 10 });
    expect(settings.map((s) => s.recordType)).toEqual(['case', 'journal', 'documents', 'consultation', 'intake_submission', 'call', 'audit']);
  });

  it('sets a period and goes back to the default with null, audited', async () => {
    const set = await admin('POST', '/api/admin/retention', { years: { call: 3 } });
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json<RetentionSetting[]>().find((s) => s.recordType === 'call')).toMatchObject({ defaultYears: 2, setYears: 3, years: 3 });
    const cleared = await admin('POST', '/api/admin/retention', { years: { call: null } });
    expect(cleared.json<RetentionSetting[]>().find((s) => s.recordType === 'call')).toMatchObject({ setYears: null, years: 2 });
    const audited = await auditRows(t.db, 'retention.settings_changed');
    expect(audited.map((row) => row.details)).toEqual([{ changes: [{ recordType: 'call', years: 3 }] }, { changes: [{ recordType: 'call', years: null }] }]);
  });

  it.each([[{ years: { case: 0 } }], [{ years: { case: 101 } }], [{ years: { letters: 3 } }], [{ years: {} }], [{ years: { case: '10' } }], [{}]])(
    'refuses %j with 400 and changes nothing',
    async (body) => {
      const response = await admin('POST', '/api/admin/retention', body);
      expect(response.statusCode, response.body).toBe(400);
      const settings = (await admin('GET', '/api/admin/retention')).json<RetentionSetting[]>();
      expect(settings.every((s) => s.setYears === null)).toBe(true);
    },
  );

  it('is closed to everyone but system administrators', async () => {
    const asCoordinator = requestAs(t.app, coordinatorCookie);
    for (const [method, url] of [
      ['GET', '/api/admin/retention'],
      ['GET', '/api/admin/legal-holds'],
    ] as const) {
      expect((await asCoordinator(method, url)).statusCode).toBe(403);
      expect((await t.app.inject({ method, url })).statusCode).toBe(401);
    }
    expect((await asCoordinator('POST', '/api/admin/legal-holds', { caseReference: held.reference, reason: 'Jag vill.' })).statusCode).toBe(403);
  });
});

describe('legal holds', () => {
  it('places a hold by case reference, audited, once per case', async () => {
    const response = await placeHold(held.reference);
    expect(response.statusCode, response.body).toBe(201);
    expect(response.json<LegalHold>()).toMatchObject({ caseReference: held.reference, isActive: true, liftedAt: null });
    expect(await auditRowsAbout(t.db, 'legal_hold.placed', held.id)).toHaveLength(1);
    expect((await placeHold(held.reference)).statusCode).toBe(409);
  });

  it.each([['NMT-1999-999999', 'Beslut'], ['not a reference', 'Beslut'], [undefined, 'Beslut'], ['NMT-2024-000001', '']])(
    'refuses a hold on %s with 400',
    async (caseReference, reason) => {
      const response = await admin('POST', '/api/admin/legal-holds', { caseReference, reason });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json<Problem>().errors?.map((e) => e.field)).toEqual([caseReference === undefined || !caseReference.startsWith('NMT-2024') ? 'caseReference' : 'reason']);
    },
  );

  it('lists holds with the case reference and no case content', async () => {
    const response = await admin('GET', '/api/admin/legal-holds');
    expect(response.statusCode).toBe(200);
    expect(response.json<LegalHold[]>().map((h) => h.caseReference)).toEqual([held.reference]);
    expect(response.body).not.toContain(held.person.codeName);
  });
});

const snapshot = async () => ({
  persons: await t.db.select().from(persons).orderBy(persons.id),
  identities: (await t.db.select({ n: count() }).from(personIdentities))[0]!.n,
  cases: await t.db.select().from(cases).orderBy(cases.id),
  journal: await t.db.select({ id: journalEntries.id, body: journalEntries.body }).from(journalEntries).orderBy(journalEntries.id),
  contents: (await t.db.select({ n: count() }).from(documentContents))[0]!.n,
  consultations: await t.db.select().from(consultations).orderBy(consultations.id),
  calls: await t.db.select().from(calls).orderBy(calls.id),
  tombstones: (await t.db.select({ n: count() }).from(retentionTombstones))[0]!.n,
  audit: (await t.db.select({ n: count() }).from(auditEvents))[0]!.n,
});

describe('a retention run', () => {
  it('shows in a dry run what it would anonymise, and changes nothing', async () => {
    const before = await snapshot();
    const summary = await runRetention(t.db, cli, t.config, { dryRun: true });
    const of = (type: string) => summary.types.find((s) => s.recordType === type);
    expect(of('case')).toMatchObject({ years: 10, expired: 1, held: 1 });
    expect(of('journal')).toMatchObject({ expired: 1, held: 1 });
    expect(of('documents')).toMatchObject({ expired: 1, held: 1 });
    expect(of('consultation')).toMatchObject({ expired: 1, held: 0 });
    expect(of('call')).toMatchObject({ expired: 1, held: 0 });
    expect(await snapshot()).toEqual(before);
  });

  it('anonymises what has expired, keeps the statistics and leaves a tombstone', async () => {
    const factsBefore = (await t.db.select({ n: count() }).from(statisticsCaseFacts))[0]!.n;
    const summary = await runRetention(t.db, cli, t.config, { dryRun: false });
    expect(summary.types.find((s) => s.recordType === 'case')).toMatchObject({ expired: 1, held: 1 });

    const [person] = await t.db.select().from(persons).where(eq(persons.id, expired.person.id));
    expect(person).toMatchObject({ codeName: 'Anonymiserad', isChild: false });
    expect(await t.db.select().from(personIdentities).where(eq(personIdentities.personId, expired.person.id))).toEqual([]);
    const [row] = await t.db.select().from(cases).where(eq(cases.id, expired.id));
    expect(row).toMatchObject({ closureReason: null, policeReportReference: null, closureOutcome: 'goals_met', regionCode: 'stockholm' });
    expect((await t.db.select().from(journalEntries).where(eq(journalEntries.id, expired.entryId)))[0]!.body).toBe('');
    expect(await t.db.select().from(documentContents).where(eq(documentContents.documentId, expired.documentId))).toEqual([]);
    expect((await t.db.select().from(documents).where(eq(documents.id, expired.documentId)))[0]!.fileName).toBe('');
    const [consultation] = await t.db.select().from(consultations).where(eq(consultations.id, consultationId));
    expect(consultation).toMatchObject({ requesterName: null, requesterEmail: null, description: '', regionCode: 'stockholm' });
    expect((await t.db.select().from(calls).where(eq(calls.id, callId)))[0]).toMatchObject({ adviceGiven: null, callerCategory: 'relative' });

    expect((await t.db.select({ n: count() }).from(statisticsCaseFacts))[0]!.n).toBe(factsBefore);
    expect(await t.db.select().from(statisticsCaseFacts).where(eq(statisticsCaseFacts.caseId, expired.id))).toHaveLength(1);
    const [tombstone] = await t.db.select().from(retentionTombstones).where(eq(retentionTombstones.recordId, expired.id));
    expect(tombstone).toMatchObject({ recordType: 'case', retentionYears: 10 });
    expect(tombstone!.removedFields).toContain('person.identity');
    const run = await auditRows(t.db, 'retention.run');
    expect(run).toHaveLength(1);
  });

  it('keeps the held case and the recently closed one whole', async () => {
    for (const kept of [held, recent]) {
      expect((await t.db.select().from(persons).where(eq(persons.id, kept.person.id)))[0]!.codeName).toBe(kept.person.codeName);
      expect(await t.db.select().from(personIdentities).where(eq(personIdentities.personId, kept.person.id))).toHaveLength(1);
      expect((await t.db.select().from(journalEntries).where(eq(journalEntries.id, kept.entryId)))[0]!.body).not.toBe('');
      expect(await t.db.select().from(documentContents).where(eq(documentContents.documentId, kept.documentId))).toHaveLength(1);
    }
  });

  it('leaves an audit chain that verifies', async () => {
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true });
  });

  it('is idempotent: a second run anonymises nothing more', async () => {
    const before = (await t.db.select({ n: count() }).from(retentionTombstones))[0]!.n;
    const summary = await runRetention(t.db, cli, t.config, { dryRun: false });
    expect(summary.types.every((s) => s.expired === 0)).toBe(true);
    expect((await t.db.select({ n: count() }).from(retentionTombstones))[0]!.n).toBe(before);
  });

  it('anonymises the held case once its hold is lifted, and the lift is audited', async () => {
    const [hold] = (await admin('GET', '/api/admin/legal-holds')).json<LegalHold[]>();
    expect((await admin('POST', `/api/admin/legal-holds/${hold!.id}/lift`)).statusCode).toBe(204);
    expect(await auditRowsAbout(t.db, 'legal_hold.lifted', held.id)).toHaveLength(1);
    expect((await admin('POST', `/api/admin/legal-holds/${hold!.id}/lift`)).statusCode).toBe(409);
    expect((await admin('POST', `/api/admin/legal-holds/${crypto.randomUUID()}/lift`)).statusCode).toBe(404);
    expect((await admin('POST', '/api/admin/legal-holds/not-an-id/lift')).statusCode).toBe(400);
    await runRetention(t.db, cli, t.config, { dryRun: false });
    expect((await t.db.select().from(persons).where(eq(persons.id, held.person.id)))[0]!.codeName).toBe('Anonymiserad');
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true });
  });
});
