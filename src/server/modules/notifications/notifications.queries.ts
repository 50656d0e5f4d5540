import { and, count, desc, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { organisations, users } from '../../db/schema/identity.ts';
import { policeRegions } from '../../db/schema/reference.ts';
import { cases } from '../cases/cases.schema.ts';
import { consultations } from '../consultations/consultations.schema.ts';
import { notifications } from './notifications.schema.ts';
import type { Actor } from '../../platform/actor.ts';
import { caseScope } from '../cases/cases.policy.ts';
import { consultationScope } from '../consultations/consultations.policy.ts';

/**
 * The actor's own notifications about cases and consultations they may see now. A reminder about
 * a case (or a consultation) that has left their scope is not shown (nor counted), so it cannot
 * reveal it; it shows again if access comes back. A consultation's notification has no case: its
 * subject_id is the consultation's id. Queries using this condition left join both (see joined).
 */
const ownVisible = (actor: Actor) =>
  and(
    eq(notifications.userId, actor.userId),
    or(
      and(isNotNull(notifications.caseId), isNotNull(cases.id), caseScope(actor)),
      and(isNull(notifications.caseId), isNotNull(consultations.id), consultationScope(actor)),
      // About the user's own roles, or grants they were asked to approve: nothing of a case.
      isNotNull(notifications.organisationId),
    ),
  );

const caseOfNotification = eq(cases.id, notifications.caseId);
const consultationOfNotification = and(isNull(notifications.caseId), eq(consultations.id, notifications.subjectId));

export async function listOwnNotifications(db: Db, actor: Actor, page: number, pageSize: number) {
  const rows = await db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      caseId: cases.id,
      consultationId: consultations.id,
      caseReference: sql<string | null>`coalesce(${cases.reference}, ${consultations.reference})`,
      organisationId: notifications.organisationId,
      organisationName: organisations.name,
      dueOn: notifications.dueOn,
      createdAt: notifications.createdAt,
      readAt: notifications.readAt,
    })
    .from(notifications)
    .leftJoin(cases, caseOfNotification)
    .leftJoin(consultations, consultationOfNotification)
    .leftJoin(organisations, eq(organisations.id, notifications.organisationId))
    .where(ownVisible(actor))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [counts] = await db
    .select({ total: count(), unread: sql<number>`(count(*) filter (where ${isNull(notifications.readAt)}))::int` })
    .from(notifications)
    .leftJoin(cases, caseOfNotification)
    .leftJoin(consultations, consultationOfNotification)
    .where(ownVisible(actor));
  return { rows, total: counts?.total ?? 0, unreadCount: counts?.unread ?? 0 };
}

export async function countOwnUnread(db: Db, actor: Actor): Promise<number> {
  const [row] = await db
    .select({ unread: count() })
    .from(notifications)
    .leftJoin(cases, caseOfNotification)
    .leftJoin(consultations, consultationOfNotification)
    .where(and(ownVisible(actor), isNull(notifications.readAt)));
  return row?.unread ?? 0;
}

/**
 * Marks one of the user's own notifications read (keeping the first time it was read). Undefined
 * when it is not theirs or does not exist; whether the case is still visible does not matter,
 * since the row names nothing they have not been told.
 */
export async function markOwnRead(db: Db, userId: string, unverifiedId: string): Promise<{ wasUnread: boolean } | undefined> {
  const [row] = await db
    .select({ readAt: notifications.readAt })
    .from(notifications)
    .where(and(eq(notifications.id, unverifiedId), eq(notifications.userId, userId)));
  if (!row) return undefined;
  if (row.readAt !== null) return { wasUnread: false };
  const updated = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.id, unverifiedId), eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return { wasUnread: updated.length > 0 };
}

/** Marks every unread notification of the user read, visible or not; returns how many. */
export async function markAllOwnRead(db: Db, userId: string): Promise<number> {
  const updated = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)))
    .returning({ id: notifications.id });
  return updated.length;
}

export interface ClaimedEmail {
  id: string;
  userId: string;
  kind: string;
  organisationId: string | null;
  /** Null for a consultation's notification. */
  caseId: string | null;
  /** What the notification is about (an IOM officer's: the return application). */
  subjectId: string | null;
  /** The consultation's id for a consultation's notification (subject_id), else null. */
  consultationId: string | null;
  /** The case's or the consultation's reference number; null if neither exists. */
  reference: string | null;
  /** The consultation's police region, by name; null for a case's reminder. */
  regionName: string | null;
  /** The organisation a notification about roles concerns, by name. */
  organisationName: string | null;
  dueOn: string | null;
  email: string;
  isActive: boolean;
  attempts: number;
}

/**
 * Claims up to `limit` notifications waiting for their e-mail, in one statement: it locks them
 * with FOR UPDATE SKIP LOCKED, so instances running at once each take different rows, and moves
 * them out of 'pending' (to 'sent', counting the attempt) before anyone sends. Another instance
 * therefore never sees a claimed row as pending. The sender puts a row back to 'pending' (or
 * 'failed') when sending does not work. A reminder points at a case; a consultation's
 * notification has no case and points at the consultation through subject_id.
 */
export async function claimPendingEmails(db: Db, limit: number): Promise<ClaimedEmail[]> {
  const result = await db.execute<{
    id: string;
    user_id: string;
    kind: string;
    organisation_id: string | null;
    case_id: string | null;
    subject_id: string | null;
    consultation_id: string | null;
    reference: string | null;
    region_name: string | null;
    organisation_name: string | null;
    due_on: string | null;
    email: string;
    is_active: boolean;
    email_attempts: number;
  }>(sql`
    update ${notifications} set email_status = 'sent', email_attempts = ${notifications.emailAttempts} + 1
    from ${users}
    where ${notifications.id} in (
        select n.id from ${notifications} n
        where n.email_status = 'pending'
        order by n.created_at, n.id
        limit ${limit}
        for update skip locked
      )
      and ${users.id} = ${notifications.userId}
    returning ${notifications.id}, ${notifications.userId}, ${notifications.kind}, ${notifications.organisationId}, ${notifications.caseId}, ${notifications.subjectId},
      (select c.id from ${consultations} c where ${notifications.caseId} is null and c.id = ${notifications.subjectId}) as consultation_id,
      coalesce(
        (select k.reference from ${cases} k where k.id = ${notifications.caseId}),
        (select c.reference from ${consultations} c where ${notifications.caseId} is null and c.id = ${notifications.subjectId})
      ) as reference,
      (select r.name from ${consultations} c join ${policeRegions} r on r.code = c.region_code
        where ${notifications.caseId} is null and c.id = ${notifications.subjectId}) as region_name,
      (select o.name from ${organisations} o where o.id = ${notifications.organisationId}) as organisation_name,
      ${notifications.dueOn}, ${users.email}, ${users.isActive}, ${notifications.emailAttempts}`);
  return result.rows.map((r) => ({
    id: r.id,
    userId: r.user_id,
    kind: r.kind,
    organisationId: r.organisation_id,
    caseId: r.case_id,
    subjectId: r.subject_id,
    consultationId: r.consultation_id,
    reference: r.reference,
    regionName: r.region_name,
    organisationName: r.organisation_name,
    dueOn: r.due_on,
    email: r.email,
    isActive: r.is_active,
    attempts: r.email_attempts,
  }));
}

/** After a failed send: back to 'pending' for the next tick, or 'failed' once out of attempts. */
export async function releaseFailedEmail(db: Db, id: string, maxAttempts: number): Promise<'pending' | 'failed'> {
  const [row] = await db
    .update(notifications)
    .set({ emailStatus: sql`case when ${notifications.emailAttempts} >= ${maxAttempts} then 'failed' else 'pending' end` })
    .where(eq(notifications.id, id))
    .returning({ status: notifications.emailStatus });
  return row?.status === 'failed' ? 'failed' : 'pending';
}

/** No e-mail after all (the recipient lost access to the case, or was deactivated). */
export async function cancelEmail(db: Db, id: string): Promise<void> {
  await db.update(notifications).set({ emailStatus: 'none' }).where(eq(notifications.id, id));
}

/** Whether the case is inside the actor's scope now. */
export async function isCaseVisibleTo(db: Db, actor: Actor, caseId: string): Promise<boolean> {
  const [row] = await db.select({ id: cases.id }).from(cases).where(and(eq(cases.id, caseId), caseScope(actor)));
  return row !== undefined;
}

/** Whether the consultation is inside the actor's scope now. */
export async function isConsultationVisibleTo(db: Db, actor: Actor, consultationId: string): Promise<boolean> {
  const [row] = await db
    .select({ id: consultations.id })
    .from(consultations)
    .where(and(eq(consultations.id, consultationId), consultationScope(actor)));
  return row !== undefined;
}
