import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { pendingSignIns, sessions, signInThrottle, users } from '../../db/schema/identity.ts';
import { replaceRecoveryCodes } from '../../platform/recovery-codes.ts';
import { currentTotp } from '../../platform/totp.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { createTestDatabase } from '../../../../test/support/database.ts';
import { buildUser, signInAs, testPassword, testTotpSecret, type TestUser } from '../../../../test/support/factories.ts';
import { expectBackOffAndHold, expectNoBackOff } from '../../../../test/support/throttle.ts';
import { lockoutSeconds } from '../../platform/sign-in-throttle.ts';

let t: TestApp;
let worker: TestUser;
let addressCounter = 0;

beforeAll(async () => {
  t = await startTestApp();
  worker = await buildUser(t.db, { roles: ['case_worker'] });
});
afterAll(() => t.close());

/** Each test signs in from its own address, so the per-address throttle of one does not reach another. */
const newAddress = () => `192.0.2.${++addressCounter}`;

function passwordStep(app: FastifyInstance, email: string, password: string, remoteAddress: string) {
  return app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, remoteAddress });
}
function codeStep(app: FastifyInstance, pendingCookie: string | undefined, code: string, remoteAddress: string, cookie = '') {
  const cookies = [pendingCookie, cookie].filter(Boolean).join('; ');
  return app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/second-factor',
    payload: { code },
    remoteAddress,
    headers: cookies ? { cookie: cookies, 'user-agent': 'TestBrowser/1.0' } : { 'user-agent': 'TestBrowser/1.0' },
  });
}
async function pendingFor(app: FastifyInstance, email: string, address: string): Promise<string> {
  const response = await passwordStep(app, email, testPassword, address);
  expect(response.statusCode).toBe(200);
  const cookie = response.cookies.find((c) => c.name === 'samverka_pending')!;
  return `${cookie.name}=${cookie.value}`;
}
const forgetLastStep = (userId: string) => t.db.update(users).set({ totpLastStep: null }).where(eq(users.id, userId));

describe('sign-in in two steps', () => {
  // Wrong codes in one test must not slow the next down; throttling has its own tests below.
  beforeEach(() => t.db.delete(signInThrottle));

  it('answers a correct password with the second step and a short HttpOnly cookie, and no session', async () => {
    const response = await passwordStep(t.app, worker.email, testPassword, newAddress());
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ step: 'second_factor' });
    expect(response.cookies.map((c) => c.name)).toEqual(['samverka_pending']);
    expect(response.cookies[0]).toMatchObject({ httpOnly: true, sameSite: 'Strict', maxAge: 300 });
    expect(await t.db.$count(sessions, eq(sessions.userId, worker.id))).toBe(0);
  });

  it('opens a session with a TOTP code, recording method, address and browser', async () => {
    await forgetLastStep(worker.id);
    const address = newAddress();
    const pending = await pendingFor(t.app, worker.email, address);
    const response = await codeStep(t.app, pending, await currentTotp(testTotpSecret), address);
    expect(response.statusCode).toBe(200);
    expect(response.json<{ id: string }>().id).toBe(worker.id);
    const session = response.cookies.find((c) => c.name === 'samverka_session')!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict' });
    expect(response.cookies.find((c) => c.name === 'samverka_pending')?.value).toBe('');
    const [row] = await t.db.select().from(sessions).where(eq(sessions.userId, worker.id));
    expect(row).toMatchObject({ method: 'password', clientAddress: address, userAgent: 'TestBrowser/1.0' });
    expect(await t.db.$count(pendingSignIns, eq(pendingSignIns.userId, worker.id))).toBe(0);
    // The pending cookie is used up.
    expect((await codeStep(t.app, pending, await currentTotp(testTotpSecret), address)).statusCode).toBe(401);
  });

  it('refuses the same TOTP code twice, even for a new pending sign-in', async () => {
    await forgetLastStep(worker.id);
    const address = newAddress();
    const code = await currentTotp(testTotpSecret);
    expect((await codeStep(t.app, await pendingFor(t.app, worker.email, address), code, address)).statusCode).toBe(200);
    const again = await codeStep(t.app, await pendingFor(t.app, worker.email, address), code, address);
    expect(again.statusCode).toBe(401);
  });

  it('takes a recovery code once instead of a TOTP code', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'] });
    const [code] = await replaceRecoveryCodes(t.db, user.id);
    const address = newAddress();
    expect((await codeStep(t.app, await pendingFor(t.app, user.email, address), code!.toLowerCase(), address)).statusCode).toBe(200);
    expect((await codeStep(t.app, await pendingFor(t.app, user.email, address), code!, address)).statusCode).toBe(401);
    expect(await t.db.$count(auditEvents, and(eq(auditEvents.action, 'auth.recovery_code_used'), eq(auditEvents.subjectId, user.id)))).toBe(1);
  });

  it('gives the same generic 401 for a wrong code, a missing or forged pending cookie', async () => {
    const address = newAddress();
    const wrong = await codeStep(t.app, await pendingFor(t.app, worker.email, address), '000000', address);
    const missing = await codeStep(t.app, undefined, '123456', address);
    const forged = await codeStep(t.app, 'samverka_pending=forged', '123456', address);
    const wrongPassword = await passwordStep(t.app, worker.email, 'not the password at all', address);
    for (const r of [wrong, missing, forged, wrongPassword]) {
      expect(r.statusCode).toBe(401);
      expect(r.json<{ detail: string }>().detail).toBe(wrongPassword.json<{ detail: string }>().detail);
    }
  });

  it('lets one pending sign-in try five codes, then ends it', async () => {
    await forgetLastStep(worker.id);
    const address = newAddress();
    const pending = await pendingFor(t.app, worker.email, address);
    for (let i = 0; i < 5; i++) await codeStep(t.app, pending, '000000', address);
    await t.db.delete(signInThrottle);
    expect((await codeStep(t.app, pending, await currentTotp(testTotpSecret), address)).statusCode).toBe(401);
    expect(await t.db.$count(pendingSignIns, eq(pendingSignIns.userId, worker.id))).toBe(0);
  });

  it('expires the pending sign-in after five minutes', async () => {
    await forgetLastStep(worker.id);
    const address = newAddress();
    const pending = await pendingFor(t.app, worker.email, address);
    await t.db.update(pendingSignIns).set({ expiresAt: sql`now() - interval '1 second'` });
    expect((await codeStep(t.app, pending, await currentTotp(testTotpSecret), address)).statusCode).toBe(401);
  });

  it('refuses a password sign-in for an account without a second factor, with the same message', async () => {
    const unenrolled = await buildUser(t.db, { roles: ['case_worker'], withTotp: false });
    const response = await passwordStep(t.app, unenrolled.email, testPassword, newAddress());
    expect(response.statusCode).toBe(401);
    expect(response.cookies).toHaveLength(0);
  });

  it('gives a new session id at every sign-in and ends the one the browser came with', async () => {
    const first = await signInAs(t.app, worker);
    await forgetLastStep(worker.id);
    const address = newAddress();
    const pending = await pendingFor(t.app, worker.email, address);
    const response = await codeStep(t.app, pending, await currentTotp(testTotpSecret), address, first);
    const second = response.cookies.find((c) => c.name === 'samverka_session')!;
    expect(`samverka_session=${second.value}`).not.toBe(first);
    expect((await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first } })).statusCode).toBe(401);
  });
});

describe('throttling', () => {
  it('backs off after three failures for an account, then locks it after ten, with Retry-After', async () => {
    const victim = await buildUser(t.db, { roles: ['case_worker'] });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) {
      // Each attempt from a new address, so only the account key can be what stops it.
      const r = await passwordStep(t.app, victim.email, `wrong password number ${i}`, newAddress());
      statuses.push(r.statusCode);
      // Step past any back-off so the counting goes on, as a patient attacker would.
      await t.db.update(signInThrottle).set({ blockedUntil: null }).where(eq(signInThrottle.key, `account:${victim.email}`));
    }
    expect(statuses.every((s) => s === 401)).toBe(true);
    const [row] = await t.db.select().from(signInThrottle).where(eq(signInThrottle.key, `account:${victim.email}`));
    expect(row!.failures).toBe(12);

    const fresh = await buildUser(t.db, { roles: ['case_worker'] });
    const freshKey = `account:${fresh.email}`;
    const seen: number[] = [];
    for (let i = 0; i < 3; i++) {
      if (i > 0) await expectNoBackOff(t.db, freshKey);
      seen.push((await passwordStep(t.app, fresh.email, 'wrong password here', newAddress())).statusCode);
    }
    expect(seen).toEqual([401, 401, 401]);
    // Three failures set a back-off; inside it the answer is 429 without checking the password.
    await expectBackOffAndHold(t.db, freshKey);
    const refused = await passwordStep(t.app, fresh.email, 'wrong password here', newAddress());
    expect(refused.statusCode).toBe(429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    // Even the right password waits.
    const right = await passwordStep(t.app, fresh.email, testPassword, newAddress());
    expect(right.statusCode).toBe(429);
    expect(right.headers['content-type']).toContain('application/problem+json');
    expect(right.json<{ detail: string }>().detail).toMatch(/too many attempts/i);
  });

  it('locks for 15 minutes after ten failures; a success afterwards clears the account', async () => {
    const victim = await buildUser(t.db, { roles: ['case_worker'] });
    await t.db.insert(signInThrottle).values({ key: `account:${victim.email}`, failures: 9 });
    await passwordStep(t.app, victim.email, 'wrong again and again', newAddress());
    const key = `account:${victim.email}`;
    await expectBackOffAndHold(t.db, key, lockoutSeconds);
    const [row] = await t.db.select().from(signInThrottle).where(eq(signInThrottle.key, key));
    const locked = await passwordStep(t.app, victim.email, testPassword, newAddress());
    expect(locked.statusCode).toBe(429);
    // Retry-After is what is left of the lockout, by the database's clock.
    const { rows } = await t.db.execute<{ now: number }>(sql`select extract(epoch from clock_timestamp())::float8 * 1000 as now`);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeLessThanOrEqual(lockoutSeconds);
    expect(retryAfter).toBeGreaterThanOrEqual(Math.floor((row!.blockedUntil!.getTime() - Number(rows[0]!.now)) / 1000));
    await t.db.update(signInThrottle).set({ blockedUntil: sql`now() - interval '1 second'` });
    await signInAs(t.app, victim);
    expect(await t.db.$count(signInThrottle, eq(signInThrottle.key, `account:${victim.email}`))).toBe(0);
  });

  it('throttles one address guessing across many accounts', async () => {
    const address = newAddress();
    const statuses: number[] = [];
    for (let i = 0; i < 10; i++) {
      statuses.push((await passwordStep(t.app, `nobody${i}@samverka.test`, 'a guessed password', address)).statusCode);
    }
    expect(statuses).toEqual(Array(10).fill(401));
    await expectBackOffAndHold(t.db, `address:${address}`);
    expect((await passwordStep(t.app, 'nobody10@samverka.test', 'a guessed password', address)).statusCode).toBe(429);
  });

  it('counts wrong second-factor codes too', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'] });
    for (let i = 0; i < 3; i++) {
      const address = newAddress();
      await codeStep(t.app, await pendingFor(t.app, user.email, address), '000000', address);
    }
    await expectBackOffAndHold(t.db, `account:${user.email}`);
    expect((await passwordStep(t.app, user.email, testPassword, newAddress())).statusCode).toBe(429);
    expect(await t.db.$count(auditEvents, and(eq(auditEvents.action, 'auth.sign_in_failed'), eq(auditEvents.actorUserId, user.id)))).toBe(3);
  });

  it('holds across two server instances on one database', async () => {
    const { database, dispose } = await createTestDatabase();
    const config = testConfig();
    const [a, b] = [await buildApp({ config, database }), await buildApp({ config, database })];
    try {
      const user = await buildUser(database.db, { roles: ['case_worker'] });
      const seen: number[] = [];
      for (let i = 0; i < 3; i++) {
        const app = i % 2 === 0 ? a : b;
        seen.push((await passwordStep(app, user.email, 'wrong password here', newAddress())).statusCode);
      }
      expect(seen).toEqual([401, 401, 401]);
      // Failures counted on both instances add up to one back-off, which the other instance keeps.
      await expectBackOffAndHold(database.db, `account:${user.email}`);
      expect((await passwordStep(b, user.email, 'wrong password here', newAddress())).statusCode).toBe(429);
      // A password step on one instance finishes on the other.
      await database.db.delete(signInThrottle);
      const address = newAddress();
      const pending = await pendingFor(a, user.email, address);
      expect((await codeStep(b, pending, await currentTotp(testTotpSecret), address)).statusCode).toBe(200);
    } finally {
      await a.close();
      await b.close();
      await dispose();
    }
  });
});
