/**
 * The soak (issue 13, "Staying up"): two Samverka instances on one PostgreSQL database under a
 * mixed read/write load from simulated users, one of them killed with SIGKILL in the middle and
 * started again, then the database is checked against what the users were told. Used by
 * `npm run soak` (bench/soak.ts: ten minutes, 100 users) and by its short version in CI
 * (test/soak/soak.test.ts). Loopback only; each user waits between steps, so the load is bounded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { testConfig } from '../../src/server/config.ts';
import { stalledAfterSeconds } from '../../src/server/modules/exports/exports.queries.ts';
import { openDatabase } from '../../src/server/db/client.ts';
import { prepareDatabase } from '../../src/server/db/prepare.ts';
import { stockholmDate } from '../../src/shared/working-days.ts';
import { buildUser, testPassword } from '../../test/support/factories.ts';
import { buildServer } from '../../test/support/server-process.ts';
import { startTestSmtpServer } from '../../test/support/smtp.ts';
import { createScratchDatabase } from '../database.ts';
import { signIn } from '../harness.ts';
import { policeRegions, type PoliceRegion } from '../../src/shared/enums.ts';
import { checkDatabase, type SoakFindings, verifyAuditChainByCli, waitUntilSettled } from './soak-checks.ts';
import { Balancer, type RouteStats, SoakStats } from './soak-client.ts';
import { type HeapReading, type SoakInstance, startSoakInstance } from './soak-instances.ts';
import { actOnce, newLedger, openCase, type SoakContext, type VirtualUser } from './soak-users.ts';

export interface SoakOptions {
  users: number;
  durationMs: number;
  /** When into the load one instance is killed with SIGKILL; null for no kill. */
  killAtMs: number | null;
  /** How long the killed instance stays down before it is started again. */
  downForMs: number;
  /** Each user waits between this many milliseconds and twice as long between steps. */
  thinkMs: number;
  /** How often each instance runs the reminder loop. */
  reminderIntervalSeconds: number;
  log: (line: string) => void;
}

export interface SoakReport extends SoakFindings {
  options: Omit<SoakOptions, 'log'>;
  requests: number;
  serverErrors: number;
  networkErrors: number;
  retries: number;
  timeouts: number;
  unknownOutcomes: number;
  refusedWrites: { label: string; status: number; body: unknown }[];
  routes: { label: string; count: number; byStatus: Record<string, number>; p50: number; p95: number; p99: number }[];
  /** Heap in use after a full collection, at the start and the end of the load, of the instance that ran throughout. */
  heap: { start: HeapReading; end: HeapReading };
  auditVerify: { ok: boolean; output: string };
}

/** The share of users who are coordinators (the rest are case workers sending consultations). */
const coordinatorShare = 0.7;
/** An instance taken out of the balancer this long after it died, as a health check would notice. */
const healthCheckMs = 2_000;

export async function runSoak(options: SoakOptions): Promise<SoakReport> {
  const { log } = options;
  const cleanups: (() => Promise<unknown>)[] = [];
  try {
    const scratch = await createScratchDatabase();
    cleanups.push(() => scratch.drop());
    const database = await openDatabase({ kind: 'postgres', url: scratch.url, poolSize: 2 });
    cleanups.push(() => database.close());
    await prepareDatabase(database);
    const smtp = await startTestSmtpServer();
    cleanups.push(() => smtp.close());
    const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-soak-'));
    cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
    const env = {
      DATABASE_URL: scratch.url,
      SAMVERKA_DATA_DIR: dataDir,
      SAMVERKA_ENCRYPTION_KEY: testConfig().encryptionKey!,
      SMTP_URL: smtp.url,
      SAMVERKA_REMINDER_INTERVAL_SECONDS: String(options.reminderIntervalSeconds),
    };

    log(`seeding ${options.users} users on ${scratch.name}`);
    const municipalityOf = await oneMunicipalityPerRegion(database.db);
    const people: (Omit<VirtualUser, 'cookie' | 'lastTotpStep'>)[] = [];
    for (let i = 0; i < options.users; i++) {
      const region = policeRegions[i % policeRegions.length]!;
      const kind = i < Math.round(options.users * coordinatorShare) ? 'coordinator' : 'case_worker';
      const user = await buildUser(database.db, { roles: [kind === 'coordinator' ? 'regional_coordinator' : 'case_worker'], regionCode: region });
      people.push({ kind, userId: user.id, email: user.email, municipalityCode: municipalityOf.get(region)!, caseIds: [], hasExported: false });
    }

    log('starting two instances');
    buildServer();
    const instances: SoakInstance[] = [];
    cleanups.push(() => Promise.all(instances.map((i) => i.stop())));
    // Side by side, as a deployment starts them: both install the job queue at the same moment.
    const starts = await Promise.allSettled([startSoakInstance('A', env), startSoakInstance('B', env)]);
    for (const start of starts) if (start.status === 'fulfilled') instances.push(start.value);
    for (const start of starts) if (start.status === 'rejected') throw start.reason;
    const balancer = new Balancer();
    for (const instance of instances) balancer.add(instance.baseUrl);

    const users: VirtualUser[] = [];
    for (const [i, person] of people.entries()) {
      const token = await signIn(i % 2 === 0 ? instances[0]!.baseUrl : instances[1]!.baseUrl, { email: person.email, password: testPassword });
      users.push({ ...person, cookie: `samverka_session=${token}`, lastTotpStep: Math.floor(Date.now() / 30_000) });
    }
    const stats = new SoakStats();
    const ledger = newLedger();
    const ctx: SoakContext = { balancer, stats, ledger, today: stockholmDate(new Date()) };
    for (const user of users.filter((u) => u.kind === 'coordinator')) {
      await openCase(ctx, user);
      await openCase(ctx, user);
    }

    const survivor = instances[1]!;
    const heapStart = await survivor.readHeap();
    log(`load: ${options.users} users for ${Math.round(options.durationMs / 1000)} s; heap of B at start ${mb(heapStart.heapUsed)}`);
    const started = Date.now();
    const endsAt = started + options.durationMs;
    const loops = users.map(async (user, i) => {
      await sleep((i * 1000) / users.length);
      while (Date.now() < endsAt) {
        await actOnce(ctx, user);
        await sleep(options.thinkMs * (1 + Math.random()));
      }
    });
    const chaos = options.killAtMs === null ? Promise.resolve() : killAndRestart(instances, balancer, env, options, started, log);
    const progress = setInterval(() => log(`  ${Math.round((Date.now() - started) / 1000)} s: ${stats.requests()} requests, ${stats.serverErrors()} 5xx, ${stats.networkErrors} connection errors`), 30_000);
    try {
      await Promise.all([...loops, chaos]);
    } finally {
      clearInterval(progress);
    }
    const heapEnd = await survivor.readHeap();
    log(`load done: ${stats.requests()} requests; heap of B at end ${mb(heapEnd.heapUsed)}`);

    // Long enough for a live instance to take back an export whose run died with the killed one.
    await waitUntilSettled(scratch.url, ledger, (stalledAfterSeconds + 60) * 1000 + 6 * options.reminderIntervalSeconds * 1000 + 10_000);
    await Promise.all(instances.map((i) => i.stop()));
    const findings = await checkDatabase(scratch.url, ledger, smtp.received.length);
    log('verifying the audit chain (samverka audit verify)');
    const auditVerify = await verifyAuditChainByCli(env);

    return {
      options: { users: options.users, durationMs: options.durationMs, killAtMs: options.killAtMs, downForMs: options.downForMs, thinkMs: options.thinkMs, reminderIntervalSeconds: options.reminderIntervalSeconds },
      requests: stats.requests(),
      serverErrors: stats.serverErrors(),
      networkErrors: stats.networkErrors,
      retries: stats.retries,
      timeouts: stats.timeouts,
      unknownOutcomes: stats.unknownOutcomes,
      refusedWrites: ledger.refusedWrites,
      routes: [...stats.routes].map(([label, route]) => ({ label, ...summarise(route) })),
      heap: { start: heapStart, end: heapEnd },
      auditVerify,
      ...findings,
    };
  } finally {
    for (const cleanup of cleanups.reverse()) await cleanup().catch((error: unknown) => log(`cleanup failed: ${String(error)}`));
  }
}

/** Kills instance A at killAtMs, takes it out of the balancer a moment later, and starts a new one after downForMs. */
async function killAndRestart(instances: SoakInstance[], balancer: Balancer, env: Record<string, string>, options: SoakOptions, started: number, log: (line: string) => void) {
  await sleep(started + options.killAtMs! - Date.now());
  const victim = instances[0]!;
  await victim.kill();
  log(`  ${Math.round((Date.now() - started) / 1000)} s: killed instance A (SIGKILL)`);
  await sleep(healthCheckMs);
  balancer.remove(victim.baseUrl);
  await sleep(options.downForMs - healthCheckMs);
  const restarted = await startSoakInstance('A2', env);
  instances.push(restarted);
  balancer.add(restarted.baseUrl);
  log(`  ${Math.round((Date.now() - started) / 1000)} s: instance A started again`);
}

async function oneMunicipalityPerRegion(db: Parameters<typeof prepareDatabase>[0]['db']): Promise<Map<PoliceRegion, string>> {
  const result = await db.execute<{ code: string; region_code: PoliceRegion }>(
    sql`select distinct on (c.region_code) m.code, c.region_code from municipalities m join counties c on c.code = m.county_code order by c.region_code, m.code`,
  );
  return new Map(result.rows.map((r) => [r.region_code, r.code]));
}

function summarise(route: RouteStats) {
  const sorted = [...route.latenciesMs].sort((a, b) => a - b);
  const at = (q: number) => Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0);
  return { count: route.count, byStatus: route.byStatus, p50: at(0.5), p95: at(0.95), p99: at(0.99) };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/**
 * Reminder e-mails are claimed one at a time before they are sent: none may arrive twice (more
 * received than sent), and a killed instance may lose at most the one it was sending.
 */
export function emailsWithinBounds({ reminders, options }: SoakReport): boolean {
  const kills = options.killAtMs === null ? 0 : 1;
  return reminders.emailsReceived <= reminders.emailsSent && reminders.emailsSent - reminders.emailsReceived <= kills;
}

/** The report as lines of text, each figure beside what it must be. */
export function formatSoakReport(report: SoakReport): string[] {
  const { writes, reminders, exports } = report;
  const mark = (ok: boolean) => (ok ? 'ok  ' : 'FAIL');
  const growth = report.heap.end.heapUsed / report.heap.start.heapUsed;
  return [
    `${report.options.users} users, ${Math.round(report.options.durationMs / 1000)} s, two instances, ${report.options.killAtMs === null ? 'no kill' : `A killed (SIGKILL) at ${Math.round(report.options.killAtMs / 1000)} s and started again ${Math.round(report.options.downForMs / 1000)} s later`}`,
    `${mark(report.serverErrors === 0)} 5xx answers: ${report.serverErrors} of ${report.requests} requests (target 0)`,
    `     connection errors ${report.networkErrors} (retried ${report.retries}, outcome unknown ${report.unknownOutcomes}), timeouts ${report.timeouts}`,
    `${mark(writes.lost === 0)} acknowledged writes lost: ${writes.lost} of ${writes.acknowledged} (target 0)`,
    `${mark(writes.appliedTwice === 0)} Idempotency-Keys applied twice: ${writes.appliedTwice} (target 0)`,
    `${mark(reminders.missing === 0 && reminders.duplicated === 0)} reminders: ${reminders.expected} owed, ${reminders.missing} missing, ${reminders.duplicated} made twice (target exactly once)`,
    `${mark(emailsWithinBounds(report))} reminder e-mails: ${reminders.emailsSent} sent, ${reminders.emailsReceived} received, ${reminders.emailsPending} pending (never twice; the one a killed instance was sending is lost, not repeated)`,
    `${mark(exports.ranTwice === 0 && exports.unfinished === 0)} export jobs: ${exports.accepted} asked, ${exports.done} done, ${exports.failed} failed, ${exports.unfinished} unfinished, ${exports.ranTwice} ran twice (target: each ends once)`,
    `${mark(report.auditVerify.ok)} samverka audit verify: ${report.auditVerify.output.split('\n').at(-1)}`,
    `     heap of the instance that ran throughout: ${mb(report.heap.start.heapUsed)} at start, ${mb(report.heap.end.heapUsed)} at end (×${growth.toFixed(2)}); rss ${mb(report.heap.start.rss)} → ${mb(report.heap.end.rss)}`,
    `${mark(report.refusedWrites.length === 0)} writes refused with 4xx: ${report.refusedWrites.length}${report.refusedWrites.length ? ` (first: ${report.refusedWrites[0]!.label} ${report.refusedWrites[0]!.status})` : ''}`,
    '',
    'route                          count     p50     p95     p99   statuses',
    ...report.routes
      .sort((a, b) => b.count - a.count)
      .map((r) => `${r.label.padEnd(28)} ${String(r.count).padStart(7)} ${String(r.p50).padStart(5)} ms ${String(r.p95).padStart(5)} ms ${String(r.p99).padStart(5)} ms   ${Object.entries(r.byStatus).map(([s, n]) => `${s}×${n}`).join(' ')}`),
  ];
}
