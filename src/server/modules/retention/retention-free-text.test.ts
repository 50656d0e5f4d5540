import { eq, or } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import { approvalRequests } from '../approvals/approvals.schema.ts';
import { calls } from '../calls/calls.schema.ts';
import { legalBases } from '../case-team/team.schema.ts';
import { cases } from '../cases/cases.schema.ts';
import { consultations } from '../consultations/consultations.schema.ts';
import { documentContents, documents } from '../documents/documents.schema.ts';
import { duplicateDecisions } from '../duplicates/duplicates.schema.ts';
import { journalEntries, journalEntryRevisions } from '../journal/journal.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import { referrals } from '../referrals/referrals.schema.ts';
import { returnApplications, returnMilestones } from '../returns/returns.schema.ts';
import { retentionTombstones } from './retention.schema.ts';
import { runRetention } from './retention.service.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { insertJournalEntry, requestAs } from '../../../../test/support/casework.ts';
import { insertConsultation } from '../../../../test/support/dashboard.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { addToTeam } from '../../../../test/support/team.ts';

/**
 * Issue 13: what hangs off an expired case loses every free text that may name the person (here
 * each one names "Anna"), and a case on legal hold keeps all of it: its journal, documents,
 * referrals, return programme, calls and the consultation it came from.
 */
let t: TestApp;
let coordinator: TestUser;
let approver: TestUser;
let police: string;
let other: CaseDetail;
const cli = { actor: null, requestId: 'test-retention-free-text', clientAddress: 'cli' };
const elevenYearsAgo = new Date(Date.now() - 11 * 365.25 * 86_400_000);

interface Filled {
  theCase: CaseDetail;
  entryId: string;
  documentId: string;
  applicationId: string;
  consultationId: string;
  callId: string;
}

/** A case closed eleven years ago with free text about Anna in every table that hangs off it. */
async function filledCase(cookie: string): Promise<Filled> {
  const theCase = await createCaseAs(t.app, cookie);
  const consultation = await insertConsultation(t.db, { regionCode: 'stockholm', receivedAt: new Date('2014-01-10T10:00:00Z') });
  await t.db
    .update(consultations)
    .set({ description: 'Anna sover på restaurangen.', status: 'escalated', closedAt: elevenYearsAgo })
    .where(eq(consultations.id, consultation.id));
  await t.db
    .update(cases)
    .set({ closedAt: elevenYearsAgo, closureOutcome: 'goals_met', closureReason: 'Anna flyttade.', sourceConsultationId: consultation.id })
    .where(eq(cases.id, theCase.id));
  const entryId = await insertJournalEntry(t.db, theCase.id, coordinator, 'Anna berättade om arbetsgivaren.');
  await t.db.insert(journalEntryRevisions).values({ entryId, body: 'Anna berättade.', writtenAt: elevenYearsAgo });
  const [document] = await t.db
    .insert(documents)
    .values({ caseId: theCase.id, fileName: 'anna-pass.pdf', mediaType: 'application/pdf', sizeBytes: 4, sha256: 'ab'.repeat(32), uploadedByUserId: coordinator.id })
    .returning({ id: documents.id });
  await t.db.insert(documentContents).values({ documentId: document!.id, content: Buffer.from('%PDF') });
  await addToTeam(t.db, { caseId: theCase.id, organisationId: police, recordedByUserId: coordinator.id });
  await t.db.update(legalBases).set({ consentScope: 'Annas boende', consentGivenTo: 'Anna själv' }).where(eq(legalBases.caseId, theCase.id));
  await t.db.insert(referrals).values({
    kind: 'referral',
    caseId: theCase.id,
    caseReference: theCase.reference,
    caseRegionCode: 'stockholm',
    serviceNeed: 'shelter',
    status: 'declined',
    fromOrganisationId: coordinator.organisationId,
    toOrganisationId: police,
    message: 'Anna behöver skyddat boende.',
    legalBasisKind: 'consent',
    consentGivenOn: '2014-01-02',
    consentScope: 'Annas boende',
    consentGivenTo: 'Anna själv',
    requestedByUserId: coordinator.id,
    reason: 'Inget rum för Anna.',
  });
  const [application] = await t.db
    .insert(returnApplications)
    .values({
      caseId: theCase.id,
      status: 'closed',
      countryCode: 'RO',
      reasons: 'Anna vill hem till sin mamma.',
      travelDocumentStatus: 'valid_passport',
      consentGiven: true,
      consentOn: '2014-01-03',
      referredByUserId: coordinator.id,
      endReason: 'moved',
      endNote: 'Anna flyttade vidare.',
    })
    .returning({ id: returnApplications.id });
  await t.db.insert(returnMilestones).values({ applicationId: application!.id, kind: 'follow_up_3', dueOn: '2014-05-01', note: 'Anna mår bra.' });
  await t.db.insert(approvalRequests).values({
    kind: 'close_protected_case',
    caseId: theCase.id,
    caseReference: theCase.reference,
    note: 'Anna har flyttat.',
    status: 'rejected',
    requestedByUserId: coordinator.id,
    decidedByUserId: approver.id,
    decisionReason: 'Anna behöver mer stöd.',
  });
  const [first, second] = [theCase.person.id, other.person.id].toSorted();
  await t.db.insert(duplicateDecisions).values({ personId: first!, otherPersonId: second!, decision: 'not_same', reason: 'Anna är född ett annat år.', decidedByUserId: coordinator.id });
  const [call] = await t.db
    .insert(calls)
    .values({ operatorUserId: coordinator.id, caseId: theCase.id, startedAt: elevenYearsAgo, endedAt: elevenYearsAgo, callerCategory: 'relative', topic: 'other', adviceGiven: 'Ring Anna.' })
    .returning({ id: calls.id });
  return { theCase, entryId, documentId: document!.id, applicationId: application!.id, consultationId: consultation.id, callId: call!.id };
}

/** Every row that hangs off the case (and its person), as the tables hold them. */
async function rowsOf(filled: Filled) {
  const { theCase } = filled;
  return {
    case: await t.db.select().from(cases).where(eq(cases.id, theCase.id)),
    person: await t.db.select().from(persons).where(eq(persons.id, theCase.person.id)),
    journal: await t.db.select().from(journalEntries).where(eq(journalEntries.id, filled.entryId)),
    revisions: await t.db.select().from(journalEntryRevisions).where(eq(journalEntryRevisions.entryId, filled.entryId)),
    document: await t.db.select().from(documents).where(eq(documents.id, filled.documentId)),
    contents: await t.db.select({ documentId: documentContents.documentId }).from(documentContents).where(eq(documentContents.documentId, filled.documentId)),
    legalBases: await t.db.select().from(legalBases).where(eq(legalBases.caseId, theCase.id)),
    referrals: await t.db.select().from(referrals).where(eq(referrals.caseId, theCase.id)),
    returns: await t.db.select().from(returnApplications).where(eq(returnApplications.caseId, theCase.id)),
    milestones: await t.db.select().from(returnMilestones).where(eq(returnMilestones.applicationId, filled.applicationId)),
    approvals: await t.db.select().from(approvalRequests).where(eq(approvalRequests.caseId, theCase.id)),
    duplicates: await t.db
      .select()
      .from(duplicateDecisions)
      .where(or(eq(duplicateDecisions.personId, theCase.person.id), eq(duplicateDecisions.otherPersonId, theCase.person.id))),
    consultation: await t.db.select().from(consultations).where(eq(consultations.id, filled.consultationId)),
    call: await t.db.select().from(calls).where(eq(calls.id, filled.callId)),
  };
}

let expired: Filled;
let held: Filled;
let heldBefore: Awaited<ReturnType<typeof rowsOf>>;

beforeAll(async () => {
  t = await startTestApp();
  const admin = requestAs(t.app, await signInAs(t.app, await buildUser(t.db, { roles: ['system_admin'] })));
  coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  approver = await buildUser(t.db, { roles: ['national_coordinator'], regionCode: null });
  police = await buildOrganisation(t.db, { name: 'Polisen Stockholm', type: 'police', regionCode: 'stockholm' });
  const cookie = await signInAs(t.app, coordinator);
  other = await createCaseAs(t.app, cookie);
  expired = await filledCase(cookie);
  held = await filledCase(cookie);
  expect((await admin('POST', '/api/admin/legal-holds', { caseReference: held.theCase.reference, reason: 'Åklagarens beslut 2024-03' })).statusCode).toBe(201);
  // The journal and documents have their own (here shorter) period: the hold must keep them all the same.
  expect((await admin('POST', '/api/admin/retention', { years: { journal: 1, documents: 1, intake_submission: 1, call: 1 } })).statusCode).toBe(200);
  heldBefore = await rowsOf(held);
});
afterAll(() => t.close());

describe('retention of what hangs off a case', () => {
  it('counts the held case, its journal, documents, call and the public-form submission it came from as held in a dry run', async () => {
    const summary = await runRetention(t.db, cli, t.config, { dryRun: true });
    const of = (type: string) => summary.types.find((s) => s.recordType === type);
    for (const type of ['case', 'journal', 'documents', 'call', 'intake_submission']) expect(of(type), type).toMatchObject({ expired: 1, held: 1 });
    expect(await rowsOf(held)).toEqual(heldBefore);
  });

  it('removes every free text that names the person from the expired case, and lists each in the tombstone', async () => {
    await runRetention(t.db, cli, t.config, { dryRun: false });
    const rows = await rowsOf(expired);
    for (const [table, found] of Object.entries(rows)) expect(JSON.stringify(found), table).not.toMatch(/anna/i);
    expect(rows.referrals).toEqual([expect.objectContaining({ message: '', reason: '–', consentScope: null, consentGivenTo: null, status: 'declined', serviceNeed: 'shelter' })]);
    expect(rows.returns).toEqual([expect.objectContaining({ reasons: '', endNote: null, endReason: 'moved', countryCode: 'RO', status: 'closed' })]);
    expect(rows.milestones).toEqual([expect.objectContaining({ note: null, kind: 'follow_up_3' })]);
    expect(rows.legalBases).toEqual([expect.objectContaining({ consentScope: null, consentGivenTo: null, kind: 'consent', consentGivenOn: expect.any(String) as string })]);
    expect(rows.approvals).toEqual([expect.objectContaining({ note: null, decisionReason: '–', status: 'rejected' })]);
    expect(rows.duplicates).toEqual([expect.objectContaining({ reason: '–', decision: 'not_same' })]);
    expect(rows.revisions).toEqual([]);
    expect(rows.contents).toEqual([]);
    const [tombstone] = await t.db.select().from(retentionTombstones).where(eq(retentionTombstones.recordId, expired.theCase.id));
    expect(tombstone!.removedFields).toEqual(
      expect.arrayContaining(['referrals.message', 'referrals.reason', 'referrals.consent', 'returns.reasons', 'returns.notes', 'legalBases.consent', 'approvals.note', 'approvals.decisionReason', 'duplicateDecisions.reason']),
    );
  });

  it('keeps everything of the held case, its journal and documents included', async () => {
    expect(await rowsOf(held)).toEqual(heldBefore);
    expect(heldBefore.journal[0]!.body).toMatch(/Anna/);
    expect(heldBefore.revisions).toHaveLength(1);
    expect(heldBefore.document[0]!.fileName).toBe('anna-pass.pdf');
    expect(heldBefore.contents).toHaveLength(1);
  });
});
