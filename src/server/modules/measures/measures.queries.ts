import { and, asc, eq, sql } from 'drizzle-orm';
import type { MeasureStatus, MeasureType } from '../../../shared/enums.ts';
import type { Measure } from '../../../shared/schemas/measures.ts';
import type { Db, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/identity.ts';
import { measures } from './measures.schema.ts';

// Every query here takes a case id the caller has already been let into (requireCaseAccess), and
// keeps to that case, so a measure id from another case is never found through this one.

const measureColumns = {
  id: measures.id,
  type: measures.type,
  status: measures.status,
  startOn: measures.startOn,
  endOn: measures.endOn,
  note: measures.note,
  createdByName: users.name,
  createdAt: measures.createdAt,
  updatedAt: measures.updatedAt,
  version: measures.version,
};

type MeasureRow = Pick<typeof measures.$inferSelect, 'id' | 'type' | 'status' | 'startOn' | 'endOn' | 'note' | 'createdAt' | 'updatedAt' | 'version'> & {
  createdByName: string;
};

function toMeasure(row: MeasureRow): Measure {
  return {
    ...row,
    type: row.type as MeasureType,
    status: row.status as MeasureStatus,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The case's measures, oldest first. */
export async function listMeasures(db: Db | Tx, caseId: string): Promise<Measure[]> {
  const rows = await db
    .select(measureColumns)
    .from(measures)
    .innerJoin(users, eq(users.id, measures.createdByUserId))
    .where(eq(measures.caseId, caseId))
    .orderBy(asc(measures.createdAt), asc(measures.id));
  return rows.map(toMeasure);
}

export async function findMeasure(db: Db | Tx, caseId: string, measureId: string): Promise<Measure | undefined> {
  const [row] = await db
    .select(measureColumns)
    .from(measures)
    .innerJoin(users, eq(users.id, measures.createdByUserId))
    .where(and(eq(measures.caseId, caseId), eq(measures.id, measureId)));
  return row ? toMeasure(row) : undefined;
}

export interface MeasureFields {
  type: MeasureType;
  status: MeasureStatus;
  startOn: string | null;
  endOn: string | null;
  note: string | null;
}

export async function insertMeasure(tx: Tx, caseId: string, fields: MeasureFields, createdByUserId: string): Promise<string> {
  const [row] = await tx
    .insert(measures)
    .values({ caseId, ...fields, createdByUserId })
    .returning({ id: measures.id });
  return row!.id;
}

/** Writes the fields if the measure still has the version the client read; false when it has not. */
export async function updateMeasure(tx: Tx, caseId: string, measureId: string, expectedVersion: number, fields: MeasureFields): Promise<boolean> {
  const updated = await tx
    .update(measures)
    .set({ ...fields, updatedAt: sql`now()`, version: sql`${measures.version} + 1` })
    .where(and(eq(measures.caseId, caseId), eq(measures.id, measureId), eq(measures.version, expectedVersion)))
    .returning({ id: measures.id });
  return updated.length > 0;
}
