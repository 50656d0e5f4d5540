import { type SQL, and, eq, inArray, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { trainingEmails } from './trainings.schema.ts';

export interface ClaimedTrainingEmail {
  id: string;
  registrationId: string;
  sealedMessage: string;
  attempts: number;
}

export async function insertTrainingEmails(tx: Tx, rows: readonly { registrationId: string; sealedMessage: string }[]): Promise<string[]> {
  if (rows.length === 0) return [];
  const inserted = await tx.insert(trainingEmails).values([...rows]).returning({ id: trainingEmails.id });
  return inserted.map((row) => row.id);
}

/**
 * Claims pending e-mails for one sender: marked 'sending' with one more attempt, skipping rows
 * another instance holds, so each e-mail is sent by one instance only. `only` narrows the claim
 * to the e-mails of one change (sent right after it commits).
 */
export async function claimTrainingEmails(db: Db, limit: number, only?: readonly string[]): Promise<ClaimedTrainingEmail[]> {
  if (only && only.length === 0) return [];
  const narrowed: SQL = only ? sql`and e.id in (${sql.join(only.map((id) => sql`${id}::uuid`), sql`, `)})` : sql``;
  const result = await db.execute<{ id: string; registration_id: string; sealed_message: string; attempts: number }>(sql`
    update ${trainingEmails} set status = 'sending', attempts = ${trainingEmails.attempts} + 1
    where ${trainingEmails.id} in (
      select e.id from ${trainingEmails} e
      where e.status = 'pending' ${narrowed}
      order by e.created_at, e.id
      limit ${limit}
      for update skip locked
    )
    returning ${trainingEmails.id}, ${trainingEmails.registrationId}, ${trainingEmails.sealedMessage}, ${trainingEmails.attempts}`);
  return result.rows.map((row) => ({ id: row.id, registrationId: row.registration_id, sealedMessage: row.sealed_message, attempts: Number(row.attempts) }));
}

/** Sent, or given up: the message is not kept. */
export async function deleteTrainingEmail(db: Db, id: string): Promise<void> {
  await db.delete(trainingEmails).where(eq(trainingEmails.id, id));
}

/** Back in the queue for a later try. */
export async function releaseTrainingEmail(db: Db, id: string): Promise<void> {
  await db.update(trainingEmails).set({ status: 'pending' }).where(and(eq(trainingEmails.id, id), eq(trainingEmails.status, 'sending')));
}

/** E-mails older than `hours` (never sent: no SMTP, or a sender stopped mid-send) are no use any more. */
export async function deleteStaleTrainingEmails(db: Db, hours: number): Promise<number> {
  const rows = await db
    .delete(trainingEmails)
    .where(lt(trainingEmails.createdAt, sql`now() - make_interval(hours => ${hours})`))
    .returning({ id: trainingEmails.id });
  return rows.length;
}

/** For tests and cleanup of a registration's e-mails. */
export async function trainingEmailsOf(db: Db | Tx, registrationIds: readonly string[]): Promise<{ id: string; sealedMessage: string }[]> {
  if (registrationIds.length === 0) return [];
  return db
    .select({ id: trainingEmails.id, sealedMessage: trainingEmails.sealedMessage })
    .from(trainingEmails)
    .where(inArray(trainingEmails.registrationId, [...registrationIds]));
}
