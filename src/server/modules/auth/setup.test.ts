import { eq, sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { EnrolmentStarted, RecoveryCodesIssued } from '../../../shared/schemas/auth.ts';
import { memberships, recoveryCodes, setupTokens, users } from '../../db/schema/identity.ts';
import { currentTotp } from '../../platform/totp.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { openSetupLink } from './setup.service.ts';

let t: TestApp;

const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');
const start = (token: string, overrides: Record<string, unknown> = {}) =>
  t.app.inject({
    method: 'POST',
    url: '/api/setup/start',
    payload: {
      token,
      organisationName: 'Jämställdhetsmyndigheten',
      name: 'Ada Admin',
      email: 'Ada@Samverka.test',
      password: 'a long enough passphrase',
      ...overrides,
    },
  });
/** Both steps: details and password, then the first code from the enrolled secret. */
async function setup(token: string, overrides: Record<string, unknown> = {}) {
  const started = await start(token, overrides);
  if (started.statusCode !== 200) return started;
  const { ticket, enrolment } = started.json<EnrolmentStarted>();
  return t.app.inject({
    method: 'POST',
    url: '/api/setup/finish',
    payload: { token, ticket, code: await currentTotp(enrolment.secret) },
  });
}
const needsSetup = async () => (await t.app.inject({ method: 'GET', url: '/api/meta' })).json<{ needsSetup: boolean }>().needsSetup;

describe('first administrator', () => {
  // Each of these creates the administrator or spends the link, so each gets an empty database.
  beforeEach(async () => {
    t = await startTestApp();
  });
  afterEach(() => t.close());

  it('is created once from the setup link, as a system administrator without case access', async () => {
    expect(await needsSetup()).toBe(true);
    const link = (await openSetupLink(t.db, t.config))!;
    expect(link).toMatch(new RegExp(`^${t.config.publicUrl}/setup#token=[\\w-]{40,}$`));

    const started = await start(tokenOf(link));
    expect(started.statusCode).toBe(200);
    const { ticket, enrolment } = started.json<EnrolmentStarted>();
    expect(enrolment.uri).toMatch(/^otpauth:\/\/totp\/Samverka:ada%40samverka\.test\?.*issuer=Samverka/);
    expect(enrolment.qrCode).toMatch(/^data:image\/svg\+xml;base64,/);
    expect(await needsSetup()).toBe(true);
    const wrong = await t.app.inject({ method: 'POST', url: '/api/setup/finish', payload: { token: tokenOf(link), ticket, code: '000000' } });
    expect(wrong.statusCode).toBe(400);
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/setup/finish',
      payload: { token: tokenOf(link), ticket, code: await currentTotp(enrolment.secret) },
    });
    expect(response.statusCode).toBe(201);
    const codes = response.json<RecoveryCodesIssued>().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(await t.db.$count(recoveryCodes)).toBe(10);
    expect(await needsSetup()).toBe(false);
    const [admin] = await t.db.select().from(users);
    expect(admin).toMatchObject({ email: 'ada@samverka.test', name: 'Ada Admin' });
    expect(admin!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(admin!.totpSecret).toMatch(/^v1\./);
    expect(admin!.totpSecret).not.toContain(enrolment.secret);
    const [membership] = await t.db.select().from(memberships).where(eq(memberships.userId, admin!.id));
    expect(membership!.roles).toEqual(['system_admin', 'org_admin']);

    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'ada@samverka.test', password: 'a long enough passphrase' },
    });
    expect(signIn.json()).toEqual({ step: 'second_factor' });
    expect(await openSetupLink(t.db, t.config)).toBeNull();
  });

  it('does not take the same link twice', async () => {
    const token = tokenOf((await openSetupLink(t.db, t.config))!);
    expect((await setup(token)).statusCode).toBe(201);
    expect((await setup(token, { email: 'second@samverka.test' })).statusCode).toBe(410);
    expect(await t.db.$count(users)).toBe(1);
  });
});

describe('a refused setup', () => {
  // Nothing here creates an administrator, so one database serves them all.
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('does not take an expired link, or one replaced by a newer start', async () => {
    const old = tokenOf((await openSetupLink(t.db, t.config))!);
    const current = tokenOf((await openSetupLink(t.db, t.config))!);
    expect((await setup(old)).statusCode).toBe(410);
    await t.db.update(setupTokens).set({ expiresAt: sql`now() - interval '1 minute'` });
    expect((await setup(current)).statusCode).toBe(410);
    expect(await t.db.$count(users)).toBe(0);
  });

  it('refuses a forged token', async () => {
    await openSetupLink(t.db, t.config);
    expect((await setup('x'.repeat(43))).statusCode).toBe(410);
  });

  it.each([
    [{ password: 'short' }, 'password'],
    [{ email: 'nope' }, 'email'],
    [{ name: '' }, 'name'],
    [{ token: 'short' }, 'token'],
    [{ password: 'password1234' }, 'password'],
    [{ password: 'ada-admin-passphrase', email: 'ada-admin@samverka.test' }, 'password'],
  ])('answers 400 for %j and creates nothing', async (overrides, field) => {
    const token = tokenOf((await openSetupLink(t.db, t.config))!);
    const response = await start(token, overrides);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect(await t.db.$count(users)).toBe(0);
  });
});
