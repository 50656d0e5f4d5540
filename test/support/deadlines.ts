import type { AddressInfo } from 'node:net';
import { asc, eq, inArray } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import type { CasePhase, MeasureStatus } from '../../src/shared/enums.ts';
import type { Db } from '../../src/server/db/client.ts';
import { cases, measures, notifications, tasks } from '../../src/server/db/schema/index.ts';

/** A task straight into the database, as the tasks module would store it. */
export async function insertTask(
  db: Db,
  options: { caseId: string; createdByUserId: string; dueOn: string | null; assigneeUserId?: string | null; isDone?: boolean; title?: string },
): Promise<string> {
  const [row] = await db
    .insert(tasks)
    .values({
      caseId: options.caseId,
      title: options.title ?? 'Boka tolk till samtalet',
      dueOn: options.dueOn,
      assigneeUserId: options.assigneeUserId ?? null,
      doneAt: options.isDone ? new Date() : null,
      doneByUserId: options.isDone ? options.createdByUserId : null,
      createdByUserId: options.createdByUserId,
    })
    .returning({ id: tasks.id });
  return row!.id;
}

/**
 * A permit measure: a reflection-period permit decided on `decidedOn` (ending 30 days later, as
 * the measures module computes it), or a temporary residence permit expiring on `expiresOn`.
 */
export async function insertPermit(
  db: Db,
  options: { caseId: string; createdByUserId: string; status?: MeasureStatus } & (
    | { type: 'reflection_period_permit'; decidedOn: string; endOn?: string | null }
    | { type: 'temporary_residence_permit'; expiresOn: string }
  ),
): Promise<string> {
  const dates =
    options.type === 'reflection_period_permit'
      ? { startOn: options.decidedOn, endOn: options.endOn === undefined ? plusDays(options.decidedOn, 30) : options.endOn }
      : { startOn: null, endOn: options.expiresOn };
  const [row] = await db
    .insert(measures)
    .values({ caseId: options.caseId, type: options.type, status: options.status ?? 'active', ...dates, createdByUserId: options.createdByUserId })
    .returning({ id: measures.id });
  return row!.id;
}

export async function setCase(db: Db, caseId: string, change: { phase?: CasePhase; leadUserId?: string | null }): Promise<void> {
  await db.update(cases).set(change).where(eq(cases.id, caseId));
}

export function plusDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Noon in Stockholm on a date, well clear of midnight in any season. */
export function noonOn(date: string): Date {
  return new Date(`${date}T10:00:00Z`);
}

/** The reminders about these subjects, oldest first. */
export async function remindersAbout(db: Db, subjectIds: string[]) {
  return db
    .select()
    .from(notifications)
    .where(inArray(notifications.subjectId, subjectIds))
    .orderBy(asc(notifications.createdAt), asc(notifications.dedupeKey));
}

export interface ReceivedMail {
  to: string[];
  /** The message as sent, with quoted-printable undone. */
  text: string;
}

export interface TestSmtpServer {
  url: string;
  received: ReceivedMail[];
  /** Refuse every message from now on (or accept again). */
  setRefusing(refusing: boolean): void;
  close(): Promise<void>;
}

/** Undoes quoted-printable, as nodemailer encodes text with non-ASCII letters. */
function decodeQuotedPrintable(text: string): string {
  const bytes = text.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
  return Buffer.from(bytes, 'latin1').toString('utf8');
}

/** A real SMTP server on a free local port that keeps what it receives; `delayMs` slows each message down. */
export async function startTestSmtpServer(delayMs = 0): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  let refusing = false;
  const server = new SMTPServer({
    secure: false,
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        setTimeout(() => {
          if (refusing) {
            callback(Object.assign(new Error('Mailbox unavailable'), { responseCode: 550 }));
            return;
          }
          received.push({
            to: session.envelope.rcptTo.map((r) => r.address),
            text: decodeQuotedPrintable(Buffer.concat(chunks).toString('latin1')),
          });
          callback();
        }, delayMs);
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${port}`,
    received,
    setRefusing: (value) => {
      refusing = value;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
