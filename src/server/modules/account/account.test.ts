import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AccountSessions } from '../../../shared/schemas/account.ts';
import type { EnrolmentStarted, RecoveryCodesIssued } from '../../../shared/schemas/auth.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { recoveryCodes, sessions, signInThrottle, users } from '../../db/schema/identity.ts';
import { currentTotp } from '../../platform/totp.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildUser, signInAs, testKeyring, testPassword, testTotpSecret, type TestUser } from '../../../../test/support/factories.ts';

let t: TestApp;
let worker: TestUser;
let other: TestUser;

beforeAll(async () => {
  t = await startTestApp();
  worker = await buildUser(t.db, { roles: ['case_worker'] });
  other = await buildUser(t.db, { roles: ['case_worker'] });
});
beforeEach(() => t.db.delete(signInThrottle));
afterAll(() => t.close());

const call = (method: 'GET' | 'POST' | 'DELETE', url: string, cookie: string, payload?: Record<string, unknown>) =>
  t.app.inject({ method, url, headers: { cookie }, ...(payload === undefined ? {} : { payload }) });
const forgetLastStep = (userId: string) => t.db.update(users).set({ totpLastStep: null }).where(eq(users.id, userId));
async function reauthenticate(cookie: string, userId = worker.id) {
  await forgetLastStep(userId);
  return call('POST', '/api/account/reauthenticate', cookie, { password: testPassword, code: await currentTotp(testTotpSecret) });
}
/** A session that signed in longer ago than the re-authentication window. */
const ageSession = () => t.db.update(sessions).set({ authenticatedAt: sql`now() - interval '6 minutes'` });

describe('my sessions', () => {
  it('lists only mine, flags the current one, and lets me end another', async () => {
    const first = await signInAs(t.app, worker);
    const second = await signInAs(t.app, worker);
    await signInAs(t.app, other);
    const list = await call('GET', '/api/account/sessions', second);
    expect(list.statusCode).toBe(200);
    const { items } = list.json<AccountSessions>();
    expect(items.length).toBeGreaterThanOrEqual(2);
    expect(items.filter((s) => s.isCurrent)).toHaveLength(1);
    const ids = (await t.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, worker.id))).map((r) => r.id);
    expect(items.map((s) => s.id).sort()).toEqual(ids.sort());
    expect(items[0]).toMatchObject({ method: 'password' });

    const firstId = items.find((s) => !s.isCurrent)!.id;
    expect((await call('DELETE', `/api/account/sessions/${firstId}`, second)).statusCode).toBe(204);
    expect((await call('GET', '/api/auth/me', first)).statusCode).toBe(401);
    expect((await call('GET', '/api/auth/me', second)).statusCode).toBe(200);
    expect(await t.db.$count(auditEvents, and(eq(auditEvents.action, 'session.revoked'), eq(auditEvents.subjectId, worker.id)))).toBe(1);
  });

  it("answers 404 for someone else's session and leaves it open", async () => {
    const mine = await signInAs(t.app, worker);
    const theirs = await signInAs(t.app, other);
    const [row] = await t.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, other.id));
    expect((await call('DELETE', `/api/account/sessions/${row!.id}`, mine)).statusCode).toBe(404);
    expect((await call('GET', '/api/auth/me', theirs)).statusCode).toBe(200);
  });

});

describe('re-authentication', () => {
  it('asks for it with a typed 403 once five minutes have passed since sign-in', async () => {
    const cookie = await signInAs(t.app, worker);
    await ageSession();
    for (const [url, payload] of [
      ['/api/account/password', { newPassword: 'another long passphrase' }],
      ['/api/account/second-factor/start', undefined],
      ['/api/account/recovery-codes', undefined],
    ] as const) {
      const response = await call('POST', url, cookie, payload);
      expect(response.statusCode).toBe(403);
      expect(response.json<{ type: string }>().type).toBe('https://samverka.se/problems/reauthentication-required');
    }
    expect((await reauthenticate(cookie)).statusCode).toBe(204);
    expect((await call('POST', '/api/account/recovery-codes', cookie)).statusCode).toBe(200);
  });

  it('refuses a wrong password or code with one message, and throttles', async () => {
    const cookie = await signInAs(t.app, worker);
    await forgetLastStep(worker.id);
    const wrongPassword = await call('POST', '/api/account/reauthenticate', cookie, { password: 'wrong password', code: await currentTotp(testTotpSecret) });
    const wrongCode = await call('POST', '/api/account/reauthenticate', cookie, { password: testPassword, code: '000000' });
    expect(wrongPassword.statusCode).toBe(400);
    expect(wrongCode.statusCode).toBe(400);
    expect(wrongPassword.json<{ detail: string }>().detail).toBe(wrongCode.json<{ detail: string }>().detail);
    await call('POST', '/api/account/reauthenticate', cookie, { password: 'wrong password', code: '000000' });
    expect((await reauthenticate(cookie)).statusCode).toBe(429);
  });
});

describe('changing the password', () => {
  it('applies the policy, ends my other sessions and lets the new password in', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'] });
    const other = await signInAs(t.app, user);
    const cookie = await signInAs(t.app, user);
    const breached = await call('POST', '/api/account/password', cookie, { newPassword: 'password1234' });
    expect(breached.statusCode).toBe(400);
    expect(breached.json<{ errors: { field: string; code: string }[] }>().errors).toEqual([
      expect.objectContaining({ field: 'newPassword', code: 'breached' }),
    ]);
    const short = await call('POST', '/api/account/password', cookie, { newPassword: 'short' });
    expect(short.statusCode).toBe(400);

    expect((await call('POST', '/api/account/password', cookie, { newPassword: 'a brand new passphrase' })).statusCode).toBe(204);
    expect((await call('GET', '/api/auth/me', other)).statusCode).toBe(401);
    expect((await call('GET', '/api/auth/me', cookie)).statusCode).toBe(200);
    await expect(signInAs(t.app, user)).rejects.toThrow();
    await signInAs(t.app, user, 'a brand new passphrase');
    const [row] = await t.db.select({ changed: users.passwordChangedAt }).from(users).where(eq(users.id, user.id));
    expect(row!.changed).not.toBeNull();
  });
});

describe('resetting the second factor', () => {
  it('replaces the secret only once a code from the new one confirms it', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'] });
    const cookie = await signInAs(t.app, user);
    const started = await call('POST', '/api/account/second-factor/start', cookie);
    expect(started.statusCode).toBe(200);
    const { ticket, enrolment } = started.json<EnrolmentStarted>();
    expect(enrolment.uri).toContain('issuer=Samverka');
    const wrong = await call('POST', '/api/account/second-factor/finish', cookie, { ticket, code: await currentTotp(testTotpSecret) });
    expect(wrong.statusCode).toBe(400);
    const forged = await call('POST', '/api/account/second-factor/finish', cookie, { ticket: `${ticket.slice(0, -4)}AAAA`, code: '123456' });
    expect(forged.statusCode).toBe(410);
    const done = await call('POST', '/api/account/second-factor/finish', cookie, { ticket, code: await currentTotp(enrolment.secret) });
    expect(done.statusCode).toBe(204);
    const [row] = await t.db.select({ secret: users.totpSecret }).from(users).where(eq(users.id, user.id));
    expect(testKeyring.decrypt(row!.secret!)).toBe(enrolment.secret);
  });

  it("does not take another user's ticket", async () => {
    const cookie = await signInAs(t.app, worker);
    const { ticket } = (await call('POST', '/api/account/second-factor/start', cookie)).json<EnrolmentStarted>();
    const otherCookie = await signInAs(t.app, other);
    const response = await call('POST', '/api/account/second-factor/finish', otherCookie, { ticket, code: '123456' });
    expect(response.statusCode).toBe(410);
  });
});

describe('recovery codes', () => {
  it('gives ten new codes, stores only hashes, and voids the old ones', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'] });
    const cookie = await signInAs(t.app, user);
    const first = (await call('POST', '/api/account/recovery-codes', cookie)).json<RecoveryCodesIssued>().recoveryCodes;
    const second = (await call('POST', '/api/account/recovery-codes', cookie)).json<RecoveryCodesIssued>().recoveryCodes;
    expect(second).toHaveLength(10);
    const stored = await t.db.select({ hash: recoveryCodes.codeHash }).from(recoveryCodes).where(eq(recoveryCodes.userId, user.id));
    expect(stored).toHaveLength(10);
    expect(stored.map((s) => s.hash)).not.toContain(second[0]);
    const pending = (await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email: user.email, password: testPassword } })).cookies[0]!;
    const old = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/second-factor',
      payload: { code: first[0] },
      headers: { cookie: `${pending.name}=${pending.value}` },
    });
    expect(old.statusCode).toBe(401);
  });
});
