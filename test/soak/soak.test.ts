import { describe, expect, it } from 'vitest';
import { formatSoakReport, runSoak } from '../../bench/soak/run-soak.ts';

/**
 * The short version of `npm run soak` (bench/soak.ts), run by CI: two instances on one PostgreSQL,
 * 20 simulated users for 45 seconds, instance A killed with SIGKILL after 20 seconds and started
 * again 8 seconds later. Everything asserted is a count of what went wrong, never a duration.
 */
describe('two instances under load, one killed (needs PostgreSQL)', () => {
  it('answers no 5xx, loses no acknowledged write, applies no key twice, makes each reminder once, and the audit chain verifies', async () => {
    const report = await runSoak({
      users: 20,
      durationMs: 45_000,
      killAtMs: 20_000,
      downForMs: 8_000,
      thinkMs: 500,
      reminderIntervalSeconds: 3,
      log: () => {},
    });
    // The report goes to the CI log, so a failure shows every figure, not just the first one missed.
    process.stdout.write(`${formatSoakReport(report).join('\n')}\n`);

    expect(report.serverErrors).toBe(0);
    expect(report.timeouts).toBe(0);
    expect(report.refusedWrites).toEqual([]);
    // The kill was felt (connections refused or cut) and every safe retry found the other instance.
    expect(report.networkErrors).toBeGreaterThan(0);
    expect(report.writes.acknowledged).toBeGreaterThan(50);
    expect(report.writes.lost).toBe(0);
    expect(report.writes.appliedTwice).toBe(0);
    expect(report.reminders.expected).toBeGreaterThan(0);
    expect(report.reminders.missing).toBe(0);
    expect(report.reminders.duplicated).toBe(0);
    // Claimed one at a time before sending: none arrives twice, and the kill lost at most the one under way.
    expect(report.reminders.emailsSent).toBeGreaterThan(0);
    expect(report.reminders.emailsReceived).toBeLessThanOrEqual(report.reminders.emailsSent);
    expect(report.reminders.emailsSent - report.reminders.emailsReceived).toBeLessThanOrEqual(1);
    expect(report.reminders.emailsPending).toBe(0);
    expect(report.exports.ranTwice).toBe(0);
    expect(report.exports.unfinished).toBe(0);
    expect(report.auditVerify).toMatchObject({ ok: true });
    // Flat: after a full collection the heap has not grown by half while the load ran.
    expect(report.heap.end.heapUsed).toBeLessThan(report.heap.start.heapUsed * 1.5);
  });
});
