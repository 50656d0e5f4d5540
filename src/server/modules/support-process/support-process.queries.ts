import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import type { CasePhase, PhaseMoveKind } from '../../../shared/enums.ts';
import type { PhaseChecklist, PhaseHistoryEntry } from '../../../shared/schemas/support-process.ts';
import { casePhases } from '../../../shared/enums.ts';
import type { Db, Tx } from '../../db/client.ts';
import { organisations, users } from '../../db/schema/identity.ts';
import { caseTeamMembers, legalBases } from '../case-team/team.schema.ts';
import { cases } from '../cases/cases.schema.ts';
import { persons } from '../persons/persons.schema.ts';
import { caseChecklistMarks, casePhaseChanges, checklistItems } from './support-process.schema.ts';
import type { PhaseFacts } from './phase-rules.ts';

/**
 * Social services of the case's own municipality on the team: an organisation of type
 * municipality serving cases.municipality_code, seated under a legal basis that holds.
 */
const socialServicesOnTeam = sql<boolean>`exists (
  select 1 from ${caseTeamMembers}
  join ${legalBases} on ${legalBases.id} = ${caseTeamMembers.legalBasisId}
  join ${organisations} on ${organisations.id} = ${caseTeamMembers.organisationId}
  where ${caseTeamMembers.caseId} = ${cases.id}
    and ${isNull(caseTeamMembers.removedAt)}
    and ${isNull(legalBases.consentWithdrawnAt)}
    and ${organisations.type} = 'municipality'
    and ${organisations.municipalityCode} = ${cases.municipalityCode}
)`;

export type SupportProcessFacts = Omit<PhaseFacts, 'requiredChecklist'> & { version: number };

/**
 * The facts the phase rules read about a case. With `lock`, the case row stays locked until the
 * transaction ends, so two moves of one case take turns.
 */
export async function findPhaseFacts(db: Db | Tx, caseId: string, lock = false): Promise<SupportProcessFacts | undefined> {
  const query = db
    .select({
      phase: cases.phase,
      version: cases.version,
      leadUserId: cases.leadUserId,
      riskLevel: cases.riskLevel,
      policeReportReference: cases.policeReportReference,
      noPoliceReportReason: cases.noPoliceReportReason,
      longTermPath: cases.longTermPath,
      closureOutcome: cases.closureOutcome,
      closureReason: cases.closureReason,
      isChild: persons.isChild,
      hasSocialServicesOnTeam: socialServicesOnTeam,
    })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(eq(cases.id, caseId));
  const [row] = lock ? await query.for('update', { of: cases }) : await query;
  return row ? { ...row, phase: row.phase as CasePhase } : undefined;
}

/** The required, active checklist items of a phase, and whether the case ticked each. */
export async function findRequiredChecklist(db: Db | Tx, caseId: string, phase: CasePhase): Promise<PhaseFacts['requiredChecklist']> {
  return db
    .select({
      itemId: checklistItems.id,
      labelEn: checklistItems.labelEn,
      done: sql<boolean>`${caseChecklistMarks.itemId} is not null`,
    })
    .from(checklistItems)
    .leftJoin(caseChecklistMarks, and(eq(caseChecklistMarks.itemId, checklistItems.id), eq(caseChecklistMarks.caseId, caseId)))
    .where(and(eq(checklistItems.phase, phase), eq(checklistItems.isActive, true), eq(checklistItems.isRequired, true)))
    .orderBy(asc(checklistItems.position), asc(checklistItems.id));
}

/** Every phase's checklist for the case: the active items, and retired ones the case ticked. */
export async function findCaseChecklists(db: Db | Tx, caseId: string): Promise<PhaseChecklist[]> {
  const rows = await db
    .select({
      itemId: checklistItems.id,
      phase: checklistItems.phase,
      labelSv: checklistItems.labelSv,
      labelEn: checklistItems.labelEn,
      isRequired: checklistItems.isRequired,
      isActive: checklistItems.isActive,
      doneAt: caseChecklistMarks.doneAt,
      doneByName: users.name,
    })
    .from(checklistItems)
    .leftJoin(caseChecklistMarks, and(eq(caseChecklistMarks.itemId, checklistItems.id), eq(caseChecklistMarks.caseId, caseId)))
    .leftJoin(users, eq(users.id, caseChecklistMarks.doneByUserId))
    .where(or(eq(checklistItems.isActive, true), sql`${caseChecklistMarks.itemId} is not null`))
    .orderBy(asc(checklistItems.position), asc(checklistItems.id));
  return casePhases.map((phase) => ({
    phase,
    checklist: rows
      .filter((row) => row.phase === phase)
      .map(({ phase: _phase, doneAt, doneByName, ...row }) => ({
        ...row,
        done: doneAt !== null,
        doneAt: doneAt?.toISOString() ?? null,
        doneByName,
      })),
  }));
}

/** The case's moves between phases, oldest first. */
export async function findPhaseHistory(db: Db | Tx, caseId: string): Promise<PhaseHistoryEntry[]> {
  const rows = await db
    .select({
      id: casePhaseChanges.id,
      from: casePhaseChanges.fromPhase,
      to: casePhaseChanges.toPhase,
      kind: casePhaseChanges.kind,
      reason: casePhaseChanges.reason,
      byName: users.name,
      at: casePhaseChanges.at,
    })
    .from(casePhaseChanges)
    .innerJoin(users, eq(users.id, casePhaseChanges.byUserId))
    .where(eq(casePhaseChanges.caseId, caseId))
    .orderBy(asc(casePhaseChanges.at), asc(casePhaseChanges.id));
  return rows.map((row) => ({
    ...row,
    from: row.from as CasePhase | null,
    to: row.to as CasePhase,
    kind: row.kind as PhaseMoveKind,
    at: row.at.toISOString(),
  }));
}

/**
 * Moves the case if it still has the version the client read: closing stamps closed_at;
 * reopening clears it and the closure outcome and reason, so a later closing records fresh ones
 * (the earlier closure reason stays in the history). Answers the new version, or undefined when
 * the version was stale.
 */
export async function updateCasePhase(
  tx: Tx,
  move: { caseId: string; expectedVersion: number; to: CasePhase; kind: PhaseMoveKind },
): Promise<number | undefined> {
  const closing = move.to === 'closed';
  const [row] = await tx
    .update(cases)
    .set({
      phase: move.to,
      version: sql`${cases.version} + 1`,
      updatedAt: sql`now()`,
      ...(closing ? { closedAt: sql`now()` } : {}),
      ...(move.kind === 'reopen' ? { closedAt: null, closureOutcome: null, closureReason: null } : {}),
    })
    .where(and(eq(cases.id, move.caseId), eq(cases.version, move.expectedVersion)))
    .returning({ version: cases.version });
  return row?.version;
}

export async function insertPhaseChange(
  tx: Tx,
  change: { caseId: string; from: CasePhase; to: CasePhase; kind: PhaseMoveKind; reason: string | null; byUserId: string },
): Promise<void> {
  await tx.insert(casePhaseChanges).values({
    caseId: change.caseId,
    fromPhase: change.from,
    toPhase: change.to,
    kind: change.kind,
    reason: change.reason,
    byUserId: change.byUserId,
  });
}
