import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../../shared/schemas/auth.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { sessions, users } from '../../db/schema/identity.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildUser, signInAs, testPassword, testTotpSecret, type TestUser } from '../../../../test/support/factories.ts';
import { currentTotp } from '../../platform/totp.ts';

let t: TestApp;
let coordinator: TestUser;

beforeAll(async () => {
  t = await startTestApp();
  coordinator = await buildUser(t.db, { roles: ['regional_coordinator'], regionCode: 'syd', name: 'Sofia Holm' });
});
afterAll(() => t.close());

const signIn = (email: string, password: string, headers: Record<string, string> = {}) =>
  t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password }, headers });
/** Both steps, as a browser does them. */
async function signInFully(app: TestApp['app'], email: string) {
  const first = await app.inject({ method: 'POST', url: '/api/auth/sign-in', payload: { email, password: testPassword } });
  const pending = first.cookies.find((c) => c.name.endsWith('samverka_pending'))!;
  return app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/second-factor',
    payload: { code: await currentTotp(testTotpSecret) },
    headers: { cookie: `${pending.name}=${pending.value}` },
  });
}
const me = (cookie: string) => t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });

describe('sign-in', () => {
  it('opens a session in an HttpOnly, SameSite=Strict cookie and answers who signed in', async () => {
    const response = await signInFully(t.app, coordinator.email.toUpperCase());
    expect(response.statusCode).toBe(200);
    const cookie = response.cookies.find((c) => c.name === 'samverka_session')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });
    expect(cookie.secure).toBeUndefined();
    const body = response.json<Me>();
    expect(body).toMatchObject({ id: coordinator.id, name: 'Sofia Holm', email: coordinator.email });
    expect(body.memberships).toEqual([
      expect.objectContaining({ organisationId: coordinator.organisationId, regionCode: 'syd', roles: ['regional_coordinator'] }),
    ]);
  });

  it('stores only a hash of the session token', async () => {
    const cookie = await signInAs(t.app, coordinator);
    const token = cookie.split('=')[1]!;
    const rows = await t.db.select({ id: sessions.id }).from(sessions).where(eq(sessions.userId, coordinator.id));
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.map((r) => r.id)).not.toContain(token);
  });

  it('gives one message whatever was wrong, and audits the failure', async () => {
    const wrongPassword = await signIn(coordinator.email, 'not the password at all');
    const unknownUser = await signIn('nobody@samverka.test', testPassword);
    expect(wrongPassword.statusCode).toBe(401);
    expect(unknownUser.statusCode).toBe(401);
    expect(wrongPassword.json<{ detail: string }>().detail).toBe(unknownUser.json<{ detail: string }>().detail);
    expect(wrongPassword.cookies).toHaveLength(0);
    const failures = await t.db.$count(auditEvents, eq(auditEvents.action, 'auth.sign_in_failed'));
    expect(failures).toBeGreaterThanOrEqual(2);
  });

  it('refuses a deactivated user', async () => {
    const gone = await buildUser(t.db, { roles: ['case_worker'], isActive: false });
    expect((await signIn(gone.email, testPassword)).statusCode).toBe(401);
  });

  it.each([
    [{ email: 'not-an-address', password: 'x' }, 'email'],
    [{ email: 'a@samverka.test' }, 'password'],
    [{ email: 'a@samverka.test', password: '' }, 'password'],
  ])('answers 400 for %j', async (payload, field) => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-in', payload });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
  });

  it('marks the cookie Secure with a __Host- name when served over https', async () => {
    const secure = await startTestApp({ publicUrl: 'https://samverka.test', secureCookies: true });
    try {
      const user = await buildUser(secure.db, { roles: ['case_worker'] });
      const response = await signInFully(secure.app, user.email);
      const cookie = response.cookies.find((c) => c.name.includes('session'))!;
      expect(cookie).toMatchObject({ name: '__Host-samverka_session', secure: true, httpOnly: true, sameSite: 'Strict' });
      expect(response.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await secure.close();
    }
  });
});

describe('sessions', () => {
  it('sign-out ends the session on the server, not just the cookie', async () => {
    const cookie = await signInAs(t.app, coordinator);
    expect((await me(cookie)).statusCode).toBe(200);
    const out = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie } });
    expect(out.statusCode).toBe(204);
    expect(out.cookies.find((c) => c.name === 'samverka_session')?.value).toBe('');
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends after 30 minutes idle', async () => {
    const cookie = await signInAs(t.app, coordinator);
    await t.db.execute(sql`update sessions set last_seen_at = now() - interval '31 minutes' where user_id = ${coordinator.id}`);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends at the absolute timeout even when in use', async () => {
    const cookie = await signInAs(t.app, coordinator);
    await t.db.execute(sql`update sessions set expires_at = now() - interval '1 second' where user_id = ${coordinator.id}`);
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ends when the user is deactivated', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'] });
    const cookie = await signInAs(t.app, user);
    await t.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    expect((await me(cookie)).statusCode).toBe(401);
  });

  it('ignores a forged token', async () => {
    expect((await me('samverka_session=forged-token')).statusCode).toBe(401);
  });
});

describe('cross-site requests', () => {
  it('refuses a state change from another site', async () => {
    const cookie = await signInAs(t.app, coordinator);
    const fromElsewhere = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie, origin: 'https://evil.example', 'sec-fetch-site': 'cross-site' },
    });
    expect(fromElsewhere.statusCode).toBe(403);
    expect((await me(cookie)).statusCode).toBe(200);
  });

  it('refuses a foreign Origin even without Sec-Fetch-Site, and survives a garbage Origin', async () => {
    const cookie = await signInAs(t.app, coordinator);
    for (const origin of ['https://evil.example', 'null', '::not a url::']) {
      const response = await t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers: { cookie, origin } });
      expect(response.statusCode).toBe(403);
    }
  });

  it('allows the same origin', async () => {
    const cookie = await signInAs(t.app, coordinator);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-out',
      headers: { cookie, origin: t.config.publicUrl, 'sec-fetch-site': 'same-origin' },
    });
    expect(response.statusCode).toBe(204);
  });
});
