import { and, inArray, notInArray, or, sql } from 'drizzle-orm';
import type { Tx } from '../../db/client.ts';
import { approvalRequests } from '../approvals/approvals.schema.ts';
import { calls } from '../calls/calls.schema.ts';
import { legalBases } from '../case-team/team.schema.ts';
import { caseFlags } from '../case-flags/case-flags.schema.ts';
import { caseAccessGrants, cases } from '../cases/cases.schema.ts';
import { consultationAdvice, consultations } from '../consultations/consultations.schema.ts';
import { documentContents, documents } from '../documents/documents.schema.ts';
import { duplicateDecisions, personMatchKeys } from '../duplicates/duplicates.schema.ts';
import { journalEntries, journalEntryRevisions } from '../journal/journal.schema.ts';
import { measures } from '../measures/measures.schema.ts';
import { personIdentities, persons } from '../persons/persons.schema.ts';
import { referrals } from '../referrals/referrals.schema.ts';
import { returnApplications, returnMilestones } from '../returns/returns.schema.ts';
import { casePhaseChanges } from '../support-process/support-process.schema.ts';
import { tasks } from '../tasks/tasks.schema.ts';
import type { AnonymisedType } from './retention-selection.queries.ts';
import { retentionTombstones } from './retention.schema.ts';

/** The code name an anonymised person keeps, so lists and statistics still have a row to show. */
export const anonymisedCodeName = 'Anonymiserad';

/**
 * Empties a case's identity and free text and keeps what statistics count (region, county,
 * municipality, forms, indicators, phase and its history, dates, outcome, the person's gender,
 * birth year, child flag, citizenships and languages; a legal basis's kind, statute and dates). The
 * person is anonymised with the last of their cases, so an open case keeps its person's identity.
 */
async function anonymiseCases(tx: Tx, ids: string[]): Promise<void> {
  await tx.update(cases).set({ closureReason: null, policeReportReference: null, noPoliceReportReason: null }).where(inArray(cases.id, ids));
  await tx.update(caseAccessGrants).set({ reason: '' }).where(inArray(caseAccessGrants.caseId, ids));
  await tx.update(casePhaseChanges).set({ reason: null }).where(inArray(casePhaseChanges.caseId, ids));
  await tx.update(caseFlags).set({ message: null }).where(inArray(caseFlags.caseId, ids));
  await tx.update(measures).set({ note: null }).where(inArray(measures.caseId, ids));
  await tx.update(tasks).set({ title: '–' }).where(inArray(tasks.caseId, ids));
  // The statute and the dates of a legal basis stay (they say why the organisation was on the team).
  await tx.update(legalBases).set({ consentScope: null, consentGivenTo: null }).where(inArray(legalBases.caseId, ids));
  // A decided approval must keep a reason: a dash says one was given.
  await tx
    .update(approvalRequests)
    .set({ note: null, decisionReason: sql`case when ${approvalRequests.decisionReason} is null then null else '–' end` })
    .where(inArray(approvalRequests.caseId, ids));
  // A declined or revoked referral must keep a reason: a dash says one was given.
  await tx
    .update(referrals)
    .set({ message: '', reason: sql`case when ${referrals.reason} is null then null else '–' end`, consentGivenTo: null, consentScope: null })
    .where(inArray(referrals.caseId, ids));
  const applications = tx.select({ id: returnApplications.id }).from(returnApplications).where(inArray(returnApplications.caseId, ids));
  await tx.update(returnMilestones).set({ note: null }).where(inArray(returnMilestones.applicationId, applications));
  await tx
    .update(returnApplications)
    .set({ reasons: '', declineReason: null, withdrawReason: null, endNote: null })
    .where(inArray(returnApplications.caseId, ids));
  const tombstoned = tx.select({ id: retentionTombstones.recordId }).from(retentionTombstones).where(sql`${retentionTombstones.recordType} = 'case'`);
  const stillKept = tx
    .select({ personId: cases.personId })
    .from(cases)
    .where(and(notInArray(cases.id, ids), notInArray(cases.id, tombstoned)));
  const personIds = (
    await tx
      .select({ id: cases.personId })
      .from(cases)
      .where(and(inArray(cases.id, ids), notInArray(cases.personId, stillKept)))
  ).map((row) => row.id);
  if (personIds.length === 0) return;
  await tx.update(persons).set({ codeName: anonymisedCodeName }).where(inArray(persons.id, personIds));
  await tx.delete(personIdentities).where(inArray(personIdentities.personId, personIds));
  await tx.delete(personMatchKeys).where(inArray(personMatchKeys.personId, personIds));
  // Why two persons are not the same names what tells them apart: gone once either is anonymised.
  await tx
    .update(duplicateDecisions)
    .set({ reason: sql`case when ${duplicateDecisions.reason} is null then null else '–' end` })
    .where(or(inArray(duplicateDecisions.personId, personIds), inArray(duplicateDecisions.otherPersonId, personIds)));
}

async function anonymiseConsultations(tx: Tx, ids: string[]): Promise<void> {
  await tx
    .update(consultations)
    .set({ requesterName: null, requesterOrganisation: null, requesterPhone: null, requesterEmail: null, description: '' })
    .where(inArray(consultations.id, ids));
  await tx.update(consultationAdvice).set({ body: '' }).where(inArray(consultationAdvice.consultationId, ids));
}

/** What each type loses, by field name: the tombstone lists these. */
export const removedFields: Record<AnonymisedType, readonly string[]> = {
  case: [
    'closureReason',
    'policeReportReference',
    'noPoliceReportReason',
    'breakGlass.reason',
    'phaseChanges.reason',
    'flags.message',
    'measures.note',
    'tasks.title',
    'legalBases.consent',
    'approvals.note',
    'approvals.decisionReason',
    'referrals.message',
    'referrals.reason',
    'referrals.consent',
    'returns.reasons',
    'returns.notes',
    'person.codeName',
    'person.identity',
    'person.matchKeys',
    'duplicateDecisions.reason',
  ],
  journal: ['body', 'revisions'],
  documents: ['content', 'fileName', 'sha256'],
  consultation: ['requesterName', 'requesterOrganisation', 'requesterPhone', 'requesterEmail', 'description', 'advice.body'],
  intake_submission: ['requesterName', 'requesterOrganisation', 'requesterPhone', 'requesterEmail', 'description', 'advice.body'],
  call: ['adviceGiven'],
};

/** Removes the fields of `removedFields` from these records. */
export async function anonymiseRecords(tx: Tx, type: AnonymisedType, ids: string[]): Promise<void> {
  switch (type) {
    case 'case':
      return anonymiseCases(tx, ids);
    case 'journal':
      await tx.delete(journalEntryRevisions).where(inArray(journalEntryRevisions.entryId, ids));
      await tx.update(journalEntries).set({ body: '' }).where(inArray(journalEntries.id, ids));
      return;
    case 'documents':
      await tx.delete(documentContents).where(inArray(documentContents.documentId, ids));
      await tx.update(documents).set({ fileName: '', sha256: '' }).where(inArray(documents.id, ids));
      return;
    case 'consultation':
    case 'intake_submission':
      return anonymiseConsultations(tx, ids);
    case 'call':
      await tx.update(calls).set({ adviceGiven: null }).where(inArray(calls.id, ids));
      return;
  }
}
