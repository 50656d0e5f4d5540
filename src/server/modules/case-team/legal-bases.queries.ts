import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { LegalBasisKind, StatutoryProvision } from '../../../shared/enums.ts';
import type { LegalBasis } from '../../../shared/schemas/case-team.ts';
import type { Db, Tx } from '../../db/client.ts';
import { organisations, users } from '../../db/schema/identity.ts';
import { legalBases } from './team.schema.ts';

/** The legal bases of a case: each organisation's consent or statute, recorded and withdrawn. */
const recorder = alias(users, 'recorder');

const legalBasisColumns = {
  id: legalBases.id,
  organisationId: legalBases.organisationId,
  organisationName: organisations.name,
  kind: legalBases.kind,
  statute: legalBases.statute,
  consentGivenOn: legalBases.consentGivenOn,
  consentScope: legalBases.consentScope,
  consentGivenTo: legalBases.consentGivenTo,
  consentWithdrawnAt: legalBases.consentWithdrawnAt,
  recordedByName: recorder.name,
  recordedAt: legalBases.recordedAt,
  version: legalBases.version,
};

interface LegalBasisRow extends Omit<LegalBasis, 'kind' | 'statute' | 'consentWithdrawnAt' | 'recordedAt'> {
  kind: string;
  statute: string | null;
  consentWithdrawnAt: Date | null;
  recordedAt: Date;
}

function toLegalBasis(row: LegalBasisRow): LegalBasis {
  return {
    ...row,
    kind: row.kind as LegalBasisKind,
    statute: row.statute as StatutoryProvision | null,
    consentWithdrawnAt: row.consentWithdrawnAt?.toISOString() ?? null,
    recordedAt: row.recordedAt.toISOString(),
  };
}

function selectLegalBases(db: Db | Tx) {
  return db
    .select(legalBasisColumns)
    .from(legalBases)
    .innerJoin(organisations, eq(organisations.id, legalBases.organisationId))
    .innerJoin(recorder, eq(recorder.id, legalBases.recordedByUserId));
}

/** Every legal basis of the case, withdrawn ones too, oldest first. */
export async function listLegalBases(db: Db | Tx, caseId: string): Promise<LegalBasis[]> {
  const rows = await selectLegalBases(db)
    .where(eq(legalBases.caseId, caseId))
    .orderBy(asc(legalBases.recordedAt), asc(legalBases.id));
  return rows.map(toLegalBasis);
}

/** One legal basis of the case, presented; undefined when the case has no such basis. */
export async function findLegalBasis(db: Db | Tx, caseId: string, id: string): Promise<LegalBasis | undefined> {
  const [row] = await selectLegalBases(db).where(and(eq(legalBases.caseId, caseId), eq(legalBases.id, id)));
  return row ? toLegalBasis(row) : undefined;
}

export interface NewLegalBasis {
  caseId: string;
  organisationId: string;
  kind: LegalBasisKind;
  statute: StatutoryProvision | null;
  consentGivenOn: string | null;
  consentScope: string | null;
  consentGivenTo: string | null;
  recordedByUserId: string;
}

export async function insertLegalBasis(tx: Tx, values: NewLegalBasis): Promise<string> {
  const [row] = await tx.insert(legalBases).values(values).returning({ id: legalBases.id });
  return row!.id;
}

/** Marks consent withdrawn if the version still matches; false when someone changed it first. */
export async function markConsentWithdrawn(tx: Tx, id: string, expectedVersion: number, at: Date): Promise<boolean> {
  const updated = await tx
    .update(legalBases)
    .set({ consentWithdrawnAt: at, version: sql`${legalBases.version} + 1` })
    .where(and(eq(legalBases.id, id), eq(legalBases.version, expectedVersion), isNull(legalBases.consentWithdrawnAt)))
    .returning({ id: legalBases.id });
  return updated.length > 0;
}

export async function legalBasisVersion(db: Db | Tx, id: string): Promise<number | undefined> {
  const [row] = await db.select({ version: legalBases.version }).from(legalBases).where(eq(legalBases.id, id));
  return row?.version;
}
