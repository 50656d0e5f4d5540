import type { Db, Tx } from '../../db/client.ts';
import type { Keyring } from '../../platform/crypto.ts';
import type { MailMessage, Mailer } from '../../platform/mail.ts';
import { type TrainingDeps, type TrainingMail, trainingMessage } from './training-mail.ts';
import {
  claimTrainingEmails,
  deleteStaleTrainingEmails,
  deleteTrainingEmail,
  insertTrainingEmails,
  releaseTrainingEmail,
} from './training-emails.queries.ts';

/** After this many failed sends an e-mail to a registrant is given up. */
export const maxTrainingEmailAttempts = 5;
/** A queued e-mail older than this is deleted unsent: it would come too late to help. */
export const trainingEmailHours = 48;

/**
 * Queues the e-mails of a change in its own transaction, so they go out if and only if the change
 * commits. The message is sealed with the keyring: it holds an address and a registrant's link.
 */
export async function queueTrainingMails(tx: Tx, deps: Pick<TrainingDeps, 'keyring' | 'publicUrl'>, mails: readonly TrainingMail[]): Promise<string[]> {
  return insertTrainingEmails(
    tx,
    mails.map((mail) => ({ registrationId: mail.registrationId, sealedMessage: deps.keyring.encrypt(JSON.stringify(trainingMessage(mail, deps.publicUrl))) })),
  );
}

export interface TrainingEmailRun {
  sent: number;
  /** Put back for a later run. */
  retrying: number;
  /** Given up after the last attempt. */
  failed: number;
}

/**
 * Sends claimed e-mails; a sent one is deleted, a failed one goes back to the queue until its
 * last attempt. Failures are counted, never logged with their message (it may carry the address).
 */
async function sendClaimed(db: Db, mailer: Mailer, keyring: Keyring, claimed: Awaited<ReturnType<typeof claimTrainingEmails>>, maxAttempts: number): Promise<TrainingEmailRun> {
  const run: TrainingEmailRun = { sent: 0, retrying: 0, failed: 0 };
  for (const row of claimed) {
    try {
      await mailer.send(JSON.parse(keyring.decrypt(row.sealedMessage)) as MailMessage);
      await deleteTrainingEmail(db, row.id);
      run.sent++;
    } catch {
      if (row.attempts >= maxAttempts) {
        await deleteTrainingEmail(db, row.id);
        run.failed++;
      } else {
        await releaseTrainingEmail(db, row.id);
        run.retrying++;
      }
    }
  }
  return run;
}

/** Tries the e-mails of one change right after it committed; what fails is left to the periodic run. */
export async function deliverTrainingMails(deps: TrainingDeps, ids: readonly string[]): Promise<void> {
  if (!deps.mailer || ids.length === 0) return;
  const run = await sendClaimed(deps.db, deps.mailer, deps.keyring, await claimTrainingEmails(deps.db, ids.length, ids), maxTrainingEmailAttempts);
  if (run.retrying + run.failed > 0) deps.log.warn({ retrying: run.retrying, failed: run.failed }, 'training e-mail not sent; queued for retry');
}

/**
 * One periodic run over the queue (see startTrainingEmailJob in main.ts); safe on any number of
 * instances at once. E-mails are claimed `batchSize` at a time (one by default), so a process
 * killed in the middle of a send leaves at most that many claimed and unsent, never 50; after a
 * failure the run stops, so one unreachable SMTP server does not spend every attempt at once.
 */
export async function sendPendingTrainingEmails(
  db: Db,
  options: { mailer: Mailer; keyring: Keyring; maxAttempts?: number; batchSize?: number; maxPerRun?: number },
): Promise<TrainingEmailRun> {
  const { mailer, keyring, maxAttempts = maxTrainingEmailAttempts, batchSize = 1, maxPerRun = 50 } = options;
  const total: TrainingEmailRun = { sent: 0, retrying: 0, failed: 0 };
  for (let handled = 0; handled < maxPerRun; ) {
    const claimed = await claimTrainingEmails(db, Math.min(batchSize, maxPerRun - handled));
    if (claimed.length === 0) break;
    handled += claimed.length;
    const run = await sendClaimed(db, mailer, keyring, claimed, maxAttempts);
    total.sent += run.sent;
    total.retrying += run.retrying;
    total.failed += run.failed;
    if (claimed.length < batchSize || run.retrying + run.failed > 0) break;
  }
  return total;
}

/** Housekeeping: e-mails that could not be sent in time. */
export const removeStaleTrainingEmails = (db: Db) => deleteStaleTrainingEmails(db, trainingEmailHours);
