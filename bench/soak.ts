/**
 * `npm run soak`: two instances on one PostgreSQL under 10 minutes of mixed load from 100 simulated
 * users, one instance killed with SIGKILL half-way and started again; then no acknowledged write
 * may be lost, no Idempotency-Key applied twice, no reminder made or e-mailed twice, no 5xx
 * answered, and `samverka audit verify` must pass (bench/soak/run-soak.ts). Prints each figure
 * beside its target and exits 1 if one is missed.
 *
 *   npm run soak                               (10 minutes, 100 users)
 *   SOAK_MINUTES=2 SOAK_USERS=40 npm run soak  (a shorter look)
 *
 * Makes its own database next to BENCH_DATABASE_URL / DATABASE_URL (else the local PostgreSQL on
 * 127.0.0.1:5432) and drops it at the end. CI runs a short version: test/soak/soak.test.ts.
 */
import { emailsWithinBounds, formatSoakReport, runSoak, type SoakReport } from './soak/run-soak.ts';

const minutes = Number(process.env.SOAK_MINUTES ?? 10);
const users = Number(process.env.SOAK_USERS ?? 100);
if (!(minutes > 0) || !(Number.isInteger(users) && users >= 2)) throw new Error('SOAK_MINUTES must be > 0 and SOAK_USERS an integer ≥ 2.');

const log = (line: string) => process.stdout.write(`${line}\n`);
const durationMs = minutes * 60_000;
const report = await runSoak({
  users,
  durationMs,
  killAtMs: Math.round(durationMs / 2),
  downForMs: 10_000,
  thinkMs: 500,
  reminderIntervalSeconds: 5,
  log,
});
log(`\n${formatSoakReport(report).join('\n')}`);
process.exitCode = soakPassed(report) ? 0 : 1;

function soakPassed(r: SoakReport): boolean {
  return (
    r.serverErrors === 0 &&
    r.timeouts === 0 &&
    r.writes.lost === 0 &&
    r.writes.appliedTwice === 0 &&
    r.reminders.missing === 0 &&
    r.reminders.duplicated === 0 &&
    emailsWithinBounds(r) &&
    r.exports.ranTwice === 0 &&
    r.exports.unfinished === 0 &&
    r.refusedWrites.length === 0 &&
    r.auditVerify.ok
  );
}
