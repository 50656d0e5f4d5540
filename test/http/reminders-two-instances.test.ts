import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { testConfig } from '../../src/server/config.ts';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { prepareDatabase } from '../../src/server/db/prepare.ts';
import { notifications } from '../../src/server/db/schema/index.ts';
import { reminderDedupeKey, swedishToday } from '../../src/server/modules/deadlines/deadline-rules.ts';
import { createMailer } from '../../src/server/platform/mail.ts';
import { runReminderTick, startReminderScheduler } from '../../src/server/modules/notifications/reminders.service.ts';
import { createEmptyDatabase, testDatabaseKind, type TestDatabase } from '../support/database.ts';
import { insertPermit, insertTask, noonOn, plusDays, remindersAbout } from '../support/deadlines.ts';
import { buildUser, createCaseAs, signInAs, type TestUser } from '../support/factories.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../support/smtp.ts';
import { addToTeam } from '../support/team.ts';

/**
 * Two server instances on one PostgreSQL database, each with its own connection pool and its own
 * SMTP connection, run the reminder scheduler at the same moments. Every reminder must exist once
 * and be e-mailed once. PGlite is one embedded connection in one process, so there is no second
 * instance to race: this runs with `npm run test:pg`.
 */
describe.skipIf(testDatabaseKind !== 'postgres')('two instances on one database (needs PostgreSQL: two connection pools)', () => {
  let created: TestDatabase & { url?: string };
  let second: Database;
  let app: FastifyInstance;
  let smtp: TestSmtpServer;
  let lead: TestUser;
  let assignee: TestUser;
  let cookie: string;

  beforeAll(async () => {
    created = await createEmptyDatabase();
    await prepareDatabase(created.database);
    second = await openDatabase({ kind: 'postgres', url: created.url!, poolSize: 5 });
    app = await buildApp({ config: testConfig(), database: created.database });
    await app.ready();
    // A little delay per message widens the window in which both instances are at work.
    smtp = await startTestSmtpServer(5);
    lead = await buildUser(created.database.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
    assignee = await buildUser(created.database.db, { roles: ['case_worker'], regionCode: 'stockholm' });
    cookie = await signInAs(app, lead);
  });
  afterAll(async () => {
    await app?.close();
    await second?.close();
    await created?.dispose();
    await smtp?.close();
  });

  /** A case led by `lead`, with the assignee's organisation on the team (so they may see it). */
  async function newCase(): Promise<string> {
    const { id } = await createCaseAs(app, cookie);
    await addToTeam(created.database.db, { caseId: id, organisationId: assignee.organisationId, recordedByUserId: lead.id });
    return id;
  }

  /** Each instance's own mailer, as each server process would create from SMTP_URL. */
  const mailFor = () => ({
    mailer: createMailer({ smtpUrl: smtp.url, smtpFrom: 'Samverka <samverka@test.invalid>' })!,
    publicUrl: 'https://samverka.example.se',
  });

  it('makes and e-mails every reminder exactly once when both tick at the same moments, many times', async () => {
    const db = created.database.db;
    const dueOn = '2034-05-10';
    const expected = new Set<string>();
    const subjects: string[] = [];
    for (let i = 0; i < 10; i++) {
      const caseId = await newCase();
      const assigned = await insertTask(db, { caseId, createdByUserId: lead.id, dueOn, assigneeUserId: assignee.id });
      const unassigned = await insertTask(db, { caseId, createdByUserId: lead.id, dueOn });
      const reflection = await insertPermit(db, { caseId, createdByUserId: lead.id, type: 'reflection_period_permit', decidedOn: plusDays(dueOn, -23) });
      const residence = await insertPermit(db, { caseId, createdByUserId: lead.id, type: 'temporary_residence_permit', expiresOn: plusDays(dueOn, 30) });
      subjects.push(assigned, unassigned, reflection, residence);
      for (const kind of ['task_due', 'task_overdue'] as const) {
        expected.add(reminderDedupeKey(kind, assigned, dueOn, assignee.id));
        expected.add(reminderDedupeKey(kind, unassigned, dueOn, lead.id));
      }
      const periodEnd = plusDays(dueOn, 7);
      expected.add(reminderDedupeKey('reflection_period_ending', reflection, periodEnd, lead.id));
      expected.add(reminderDedupeKey('reflection_period_ended', reflection, periodEnd, lead.id));
      expected.add(reminderDedupeKey('residence_permit_expiring', residence, plusDays(dueOn, 30), lead.id));
    }

    const instances = [
      { db, mail: mailFor() },
      { db: second.db, mail: mailFor() },
    ];
    let made = 0;
    let sent = 0;
    for (const date of [dueOn, plusDays(dueOn, 1), plusDays(dueOn, 7)]) {
      for (let round = 0; round < 6; round++) {
        const results = await Promise.all(
          [...instances, ...instances].map((instance) => runReminderTick(instance.db, noonOn(date), instance.mail)),
        );
        made += results.reduce((sum, r) => sum + r.created, 0);
        sent += results.reduce((sum, r) => sum + (r.email?.sent ?? 0), 0);
      }
    }

    const rows = await remindersAbout(db, subjects);
    expect(rows.map((r) => r.dedupeKey).sort()).toEqual([...expected].sort());
    expect(made).toBe(expected.size);
    expect(rows.every((r) => r.emailStatus === 'sent' && r.emailAttempts === 1)).toBe(true);
    expect(sent).toBe(expected.size);
    expect(smtp.received).toHaveLength(expected.size);
    // One message per reminder: no two e-mails alike in recipient, case link and what they say.
    const fingerprints = smtp.received.map((m) => `${m.to.join()} ${/\/cases\/[\w-]+/.exec(m.text)?.[0]} ${m.text.split('\n').find((l) => l.includes(' i ärende '))}`);
    expect(new Set(fingerprints).size).toBe(expected.size);
  });

  it('two running schedulers, ticking every few milliseconds, still make and send each reminder once', async () => {
    const db = created.database.db;
    const today = swedishToday(new Date());
    const taskIds: string[] = [];
    for (let i = 0; i < 5; i++) {
      const caseId = await newCase();
      taskIds.push(await insertTask(db, { caseId, createdByUserId: lead.id, dueOn: today, assigneeUserId: assignee.id }));
    }
    const before = smtp.received.length;
    const errors: unknown[] = [];
    const config = testConfig();
    const stops = [db, second.db].map((instanceDb) =>
      startReminderScheduler({ db: instanceDb, config, mailer: mailFor().mailer, onError: (e) => errors.push(e), firstTickMs: 0, intervalMs: 5 }),
    );
    // Waits for what the schedulers do, not for a time: the timeout only bounds a failure.
    const allSent = (ids: string[]) =>
      expect.poll(async () => (await remindersAbout(db, ids)).filter((r) => r.emailStatus === 'sent').length, { timeout: 20_000 }).toBe(ids.length);
    try {
      await allSent(taskIds);
      // Ticking goes on: a task added later is reminded and sent once, and nothing more happens to the first five.
      const laterCase = await newCase();
      const laterTaskId = await insertTask(db, { caseId: laterCase, createdByUserId: lead.id, dueOn: today, assigneeUserId: assignee.id });
      await allSent([laterTaskId]);
    } finally {
      await Promise.all(stops.map((stop) => stop()));
    }
    expect(errors).toEqual([]);
    const rows = await remindersAbout(db, taskIds);
    expect(rows.map((r) => r.kind)).toEqual(taskIds.map(() => 'task_due'));
    expect(rows.every((r) => r.emailAttempts === 1)).toBe(true);
    expect(smtp.received.length - before).toBe(taskIds.length + 1);
    expect(await db.$count(notifications)).toBeGreaterThanOrEqual(taskIds.length);
  });
});
