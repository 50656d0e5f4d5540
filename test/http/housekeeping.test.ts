import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  idempotencyKeys,
  intakeRateLimits,
  oidcSignIns,
  pendingSignIns,
  sessions,
  setupTokens,
  signInThrottle,
} from '../../src/server/db/schema/index.ts';
import { removeOldIntakeWindows } from '../../src/server/modules/intake/intake.service.ts';
import { removeExpiredSsoSignIns } from '../../src/server/modules/sso/sso.service.ts';
import { removeExpiredRows } from '../../src/server/platform/housekeeping.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { buildOrganisation, buildUser } from '../support/factories.ts';

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const ago = (interval: string) => sql`now() - ${interval}::interval`;
const ahead = (interval: string) => sql`now() + ${interval}::interval`;

describe('housekeeping', () => {
  it('removes what can no longer be used and keeps the rest', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'] });
    const organisationId = await buildOrganisation(t.db);
    await t.db.insert(sessions).values([
      { id: 'live', userId: user.id, expiresAt: ahead('5 hours') },
      { id: 'past-absolute', userId: user.id, expiresAt: ago('1 minute') },
      { id: 'idle', userId: user.id, expiresAt: ahead('5 hours'), lastSeenAt: ago('31 minutes') },
    ]);
    await t.db.insert(pendingSignIns).values([
      { id: 'pending-live', userId: user.id, expiresAt: ahead('4 minutes') },
      { id: 'pending-old', userId: user.id, expiresAt: ago('1 minute') },
    ]);
    const sso = { organisationId, codeVerifier: 'v', nonce: 'n' };
    await t.db.insert(oidcSignIns).values([
      { ...sso, state: 'state-live', expiresAt: ahead('9 minutes') },
      { ...sso, state: 'state-old', expiresAt: ago('1 minute') },
    ]);
    await t.db.insert(setupTokens).values([
      { tokenHash: 'setup-old', expiresAt: ago('1 minute') },
      { tokenHash: 'setup-used', expiresAt: ago('1 minute'), usedAt: ago('2 hours') },
    ]);
    await t.db.insert(signInThrottle).values([
      { key: 'account:recent', failures: 2, lastFailureAt: ago('1 hour') },
      { key: 'account:forgotten', failures: 2, lastFailureAt: ago('25 hours') },
      { key: 'account:locked', failures: 10, lastFailureAt: ago('25 hours'), blockedUntil: ahead('5 minutes') },
    ]);
    await t.db.insert(idempotencyKeys).values([
      { userId: user.id, key: 'retry-window', fingerprint: 'f', resourceId: 'r1', createdAt: ago('23 hours') },
      { userId: user.id, key: 'long-gone', fingerprint: 'f', resourceId: 'r2', createdAt: ago('25 hours') },
    ]);
    // The public form's rate limit counts the last ten minutes; older buckets are of no use.
    await t.db.insert(intakeRateLimits).values([
      { clientKey: 'in-window', windowStart: ago('5 minutes'), count: 2 },
      { clientKey: 'past-window', windowStart: ago('11 minutes'), count: 3 },
    ]);

    expect(await removeExpiredRows(t.db, t.config.sessionIdleMinutes, { oidcSignIns: removeExpiredSsoSignIns, intakeRateWindows: removeOldIntakeWindows })).toEqual({
      sessions: 2,
      pendingSignIns: 1,
      oidcSignIns: 1,
      setupTokens: 1,
      throttleRows: 1,
      idempotencyKeys: 1,
      intakeRateWindows: 1,
    });
    expect((await t.db.select({ id: sessions.id }).from(sessions)).map((r) => r.id)).toEqual(['live']);
    expect((await t.db.select({ key: signInThrottle.key }).from(signInThrottle)).map((r) => r.key).sort()).toEqual([
      'account:locked',
      'account:recent',
    ]);
    // The used setup link stays as the record of how the first administrator came to be.
    expect((await t.db.select({ hash: setupTokens.tokenHash }).from(setupTokens)).map((r) => r.hash)).toEqual(['setup-used']);
    // A key still within a retry's reach keeps answering retries with what it created.
    expect((await t.db.select({ key: idempotencyKeys.key }).from(idempotencyKeys)).map((r) => r.key)).toEqual(['retry-window']);
    expect((await t.db.select({ key: intakeRateLimits.clientKey }).from(intakeRateLimits)).map((r) => r.key)).toEqual(['in-window']);

    // A second run finds nothing more to do.
    expect(Object.values(await removeExpiredRows(t.db, t.config.sessionIdleMinutes, { oidcSignIns: removeExpiredSsoSignIns, intakeRateWindows: removeOldIntakeWindows }))).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
});
