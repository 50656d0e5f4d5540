import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';
import { repoRoot } from '../../test/support/server-process.ts';
import type { Ledger } from './soak-users.ts';

/** What the database holds after the soak, against what the users were told. */
export interface SoakFindings {
  writes: {
    acknowledged: number;
    /** Acknowledged creates that are not in the database. */
    lost: number;
    /** Tokens (one per Idempotency-Key) found on more than one record. */
    appliedTwice: number;
  };
  reminders: {
    /** Tasks due today with an assignee, each owed one reminder. */
    expected: number;
    missing: number;
    /** Reminders beyond one per task and day. */
    duplicated: number;
    /** Reminder e-mails the database says were sent, and the messages the SMTP server got. */
    emailsSent: number;
    emailsReceived: number;
    emailsPending: number;
  };
  exports: {
    accepted: number;
    done: number;
    failed: number;
    /** Exports still queued or running at the end: their job was lost with a killed instance. */
    unfinished: number;
    /** Exports whose job ended more than once (two completed/failed events). */
    ranTwice: number;
  };
}

const tablesOf = {
  case: { table: 'cases', text: `(select code_name from persons p where p.id = person_id)` },
  journal: { table: 'journal_entries', text: 'body' },
  consultation: { table: 'consultations', text: 'description' },
} as const;

export async function checkDatabase(url: string, ledger: Ledger, emailsReceived: number): Promise<SoakFindings> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    let lost = 0;
    let appliedTwice = 0;
    for (const [kind, { table, text }] of Object.entries(tablesOf)) {
      const ids = ledger.keyed.filter((w) => w.kind === kind).map((w) => w.id);
      const found = await client.query<{ n: number }>(`select count(*)::int as n from ${table} where id = any($1::uuid[])`, [ids]);
      lost += ids.length - found.rows[0]!.n;
      // Every soak text starts with "Soak <token>": a token on two records is a key applied twice.
      const twice = await client.query<{ n: number }>(
        `select count(*)::int as n from (select substring(${text} from '^Soak ([0-9a-f-]{36})') as token from ${table}
           where ${text} like 'Soak %' group by 1 having count(*) > 1) t`,
      );
      appliedTwice += twice.rows[0]!.n;
    }

    const taskIds = ledger.tasksDueToday.map((t) => t.id);
    const reminders = await client.query<{ subject_id: string; n: number }>(
      `select subject_id, count(*)::int as n from notifications where kind = 'task_due' and subject_id = any($1::uuid[]) group by subject_id`,
      [taskIds],
    );
    const emails = await client.query<{ email_status: string; n: number }>(`select email_status, count(*)::int as n from notifications group by 1`);
    const emailCount = (status: string) => emails.rows.find((r) => r.email_status === status)?.n ?? 0;

    const exportIds = ledger.exports.map((e) => e.id);
    const states = await client.query<{ status: string; n: number }>(`select status, count(*)::int as n from exports where id = any($1::uuid[]) group by 1`, [exportIds]);
    const stateCount = (status: string) => states.rows.find((r) => r.status === status)?.n ?? 0;
    const endings = await client.query<{ n: number }>(
      `select count(*)::int as n from (select subject_id from audit_events where action in ('export.completed', 'export.failed')
         and subject_id = any($1::text[]) group by subject_id having count(*) > 1) t`,
      [exportIds],
    );

    return {
      writes: { acknowledged: ledger.keyed.length, lost, appliedTwice },
      reminders: {
        expected: taskIds.length,
        missing: taskIds.length - reminders.rows.length,
        duplicated: reminders.rows.reduce((sum, r) => sum + r.n - 1, 0),
        emailsSent: emailCount('sent'),
        emailsReceived,
        emailsPending: emailCount('pending'),
      },
      exports: {
        accepted: exportIds.length,
        done: stateCount('done'),
        failed: stateCount('failed'),
        unfinished: stateCount('queued') + stateCount('running'),
        ranTwice: endings.rows[0]!.n,
      },
    };
  } finally {
    await client.end();
  }
}

/**
 * Waits until the background work the load left has settled: every task owed a reminder has one,
 * no reminder e-mail is pending, and no export is queued or running (one whose run died with the
 * killed instance is taken back by a live one after a couple of minutes).
 */
export async function waitUntilSettled(url: string, ledger: Ledger, timeoutMs: number): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const taskIds = ledger.tasksDueToday.map((t) => t.id);
    const exportIds = ledger.exports.map((e) => e.id);
    for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; ) {
      const { rows } = await client.query<{ unsettled: number }>(
        `select (select count(*)::int from unnest($1::uuid[]) t(id)
                  where not exists (select 1 from notifications n where n.kind = 'task_due' and n.subject_id = t.id))
              + (select count(*)::int from notifications where email_status = 'pending')
              + (select count(*)::int from exports where id = any($2::uuid[]) and status in ('queued', 'running')) as unsettled`,
        [taskIds, exportIds],
      );
      if (rows[0]!.unsettled === 0) return;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  } finally {
    await client.end();
  }
}

/** Runs `samverka audit verify` on the database, as an operator would after an incident. */
export async function verifyAuditChainByCli(env: Record<string, string>): Promise<{ ok: boolean; output: string }> {
  try {
    const { stdout } = await promisify(execFile)(process.execPath, ['bin/samverka.mjs', 'audit', 'verify'], {
      cwd: repoRoot,
      env: { ...process.env, ...env },
      timeout: 300_000,
    });
    return { ok: true, output: stdout.trim() };
  } catch (error) {
    const failed = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failed.stdout ?? ''}${failed.stderr ?? ''}`.trim() };
  }
}
