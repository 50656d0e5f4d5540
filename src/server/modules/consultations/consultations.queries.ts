import { type SQL, and, asc, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type {
  ChildInvolvement,
  ConsultationOutcome,
  ConsultationSource,
  ConsultationStatus,
  ConsultationUrgency,
  ExploitationForm,
  PoliceRegion,
} from '../../../shared/enums.ts';
import type { ConsultationAdviceEntry, ConsultationListQuery, ConsultationSummary } from '../../../shared/schemas/consultations.ts';
import type { Db, Tx } from '../../db/client.ts';
import { countRowsOfDisjoint, type ListTotal, listTotal } from '../../platform/paging.ts';
import { users } from '../../db/schema/identity.ts';
import { consultationAdvice, consultations } from './consultations.schema.ts';

/** Still waiting for its first response, and past the deadline for it. */
export const isOverdueSql = sql<boolean>`(${consultations.status} = 'new' and ${consultations.firstRespondedAt} is null and ${consultations.firstResponseDueAt} < now())`;

/** The Swedish date a consultation came in. */
const receivedOn = sql`(${consultations.receivedAt} at time zone 'Europe/Stockholm')::date`;

export const summaryColumns = {
  id: consultations.id,
  reference: consultations.reference,
  source: consultations.source,
  status: consultations.status,
  regionCode: consultations.regionCode,
  municipalityCode: consultations.municipalityCode,
  urgency: consultations.urgency,
  childInvolved: consultations.childInvolved,
  exploitationForms: consultations.exploitationForms,
  receivedAt: consultations.receivedAt,
  firstResponseDueAt: consultations.firstResponseDueAt,
  isOverdue: isOverdueSql,
  assigneeName: users.name,
  version: consultations.version,
};

export interface SummaryRow {
  id: string;
  reference: string;
  source: string;
  status: string;
  regionCode: string;
  municipalityCode: string;
  urgency: string;
  childInvolved: string;
  exploitationForms: string[];
  receivedAt: Date;
  firstResponseDueAt: Date;
  isOverdue: boolean;
  assigneeName: string | null;
  version: number;
}

export function toSummary(row: SummaryRow): ConsultationSummary {
  return {
    ...row,
    source: row.source as ConsultationSource,
    status: row.status as ConsultationStatus,
    regionCode: row.regionCode as PoliceRegion,
    urgency: row.urgency as ConsultationUrgency,
    childInvolved: row.childInvolved as ChildInvolvement,
    exploitationForms: row.exploitationForms as ExploitationForm[],
    receivedAt: row.receivedAt.toISOString(),
    firstResponseDueAt: row.firstResponseDueAt.toISOString(),
    isOverdue: Boolean(row.isOverdue),
  };
}

/** The list's filters as conditions; `today` is the date in Sweden (YYYY-MM-DD). */
export function consultationFilters(
  query: Pick<ConsultationListQuery, 'status' | 'region' | 'mine' | 'overdue' | 'newToday' | 'age'>,
  actorUserId: string,
  today: string,
): SQL[] {
  const conditions: SQL[] = [];
  if (query.status) conditions.push(eq(consultations.status, query.status));
  if (query.region) conditions.push(eq(consultations.regionCode, query.region));
  if (query.mine) conditions.push(eq(consultations.assigneeUserId, actorUserId));
  if (query.overdue) conditions.push(isOverdueSql);
  if (query.newToday) conditions.push(sql`${receivedOn} = ${today}::date`);
  if (query.age) {
    const age = sql`(${today}::date - ${receivedOn})`;
    const range = {
      today: sql`${age} = 0`,
      days_1_3: sql`${age} between 1 and 3`,
      days_4_7: sql`${age} between 4 and 7`,
      older: sql`${age} > 7`,
    }[query.age];
    conditions.push(and(inArray(consultations.status, ['new', 'claimed']), range)!);
  }
  return conditions;
}

/** The list's order: by first-response deadline, or newest received first; the id breaks ties. */
export function consultationOrder(sort: ConsultationListQuery['sort']): SQL[] {
  return sort === 'due' ? [asc(consultations.firstResponseDueAt), asc(consultations.id)] : [desc(consultations.receivedAt), desc(consultations.id)];
}

/** One page of the consultations inside `where`, and how many there are (platform/paging.ts: counted up to 1,000). */
export async function listConsultations(db: Db, where: SQL, query: ConsultationListQuery): Promise<{ items: ConsultationSummary[] } & ListTotal> {
  const rows = await db
    .select(summaryColumns)
    .from(consultations)
    .leftJoin(users, eq(users.id, consultations.assigneeUserId))
    .where(where)
    .orderBy(...consultationOrder(query.sort))
    .limit(query.pageSize)
    .offset((query.page - 1) * query.pageSize);
  const items = rows.map(toSummary);
  const counting = (limit: number) => countRowsOfDisjoint(db, [db.select({ one: sql`1` }).from(consultations).where(where).getSQL()], limit);
  return { items, ...(await listTotal({ number: query.page, size: query.pageSize }, items.length, counting)) };
}

/** The consultation if it lies inside the scope; undefined otherwise, whether it exists or not. */
export async function findConsultationInScope(db: Db | Tx, scope: SQL, id: string) {
  const [row] = await db
    .select({
      ...summaryColumns,
      countyCode: consultations.countyCode,
      description: consultations.description,
      requesterName: consultations.requesterName,
      requesterOrganisation: consultations.requesterOrganisation,
      requesterPhone: consultations.requesterPhone,
      requesterEmail: consultations.requesterEmail,
      firstRespondedAt: consultations.firstRespondedAt,
      assigneeUserId: consultations.assigneeUserId,
      claimedAt: consultations.claimedAt,
      outcome: consultations.outcome,
      closedAt: consultations.closedAt,
    })
    .from(consultations)
    .leftJoin(users, eq(users.id, consultations.assigneeUserId))
    .where(and(eq(consultations.id, id), scope));
  if (!row) return undefined;
  const iso = (d: Date | null) => (d === null ? null : d.toISOString());
  return {
    ...row,
    ...toSummary(row),
    firstRespondedAt: iso(row.firstRespondedAt),
    claimedAt: iso(row.claimedAt),
    closedAt: iso(row.closedAt),
    outcome: row.outcome as ConsultationOutcome | null,
  };
}
export type ConsultationRecord = NonNullable<Awaited<ReturnType<typeof findConsultationInScope>>>;

export async function findAdvice(db: Db | Tx, consultationId: string): Promise<ConsultationAdviceEntry[]> {
  const rows = await db
    .select({ id: consultationAdvice.id, authorName: users.name, createdAt: consultationAdvice.createdAt, body: consultationAdvice.body })
    .from(consultationAdvice)
    .innerJoin(users, eq(users.id, consultationAdvice.authorUserId))
    .where(eq(consultationAdvice.consultationId, consultationId))
    .orderBy(asc(consultationAdvice.createdAt), asc(consultationAdvice.id));
  return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
}

export type ConsultationChanges = Partial<
  Pick<
    typeof consultations.$inferInsert,
    'status' | 'assigneeUserId' | 'outcome' | 'closedByUserId'
  >
> & { claimedAt?: SQL; closedAt?: SQL; firstRespondedAt?: SQL };

/** Sets the columns if the consultation still has the expected version; the new version, or undefined. */
export async function updateConsultation(tx: Tx, id: string, expectedVersion: number, changes: ConsultationChanges): Promise<number | undefined> {
  const [row] = await tx
    .update(consultations)
    .set({ ...changes, updatedAt: sql`now()`, version: sql`${consultations.version} + 1` })
    .where(and(eq(consultations.id, id), eq(consultations.version, expectedVersion)))
    .returning({ version: consultations.version });
  return row?.version;
}

/** Marks the first response now, if none has been given. */
export async function markFirstResponse(tx: Tx, id: string): Promise<void> {
  await tx
    .update(consultations)
    .set({ firstRespondedAt: sql`now()` })
    .where(and(eq(consultations.id, id), isNull(consultations.firstRespondedAt)));
}

export async function insertAdvice(tx: Tx, consultationId: string, authorUserId: string, body: string): Promise<string> {
  const [row] = await tx.insert(consultationAdvice).values({ consultationId, authorUserId, body }).returning({ id: consultationAdvice.id });
  return row!.id;
}

export async function findConsultationVersion(db: Db | Tx, id: string): Promise<number | undefined> {
  const [row] = await db.select({ version: consultations.version }).from(consultations).where(eq(consultations.id, id));
  return row?.version;
}
