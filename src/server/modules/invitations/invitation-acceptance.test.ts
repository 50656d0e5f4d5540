import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Role } from '../../../shared/enums.ts';
import type { EnrolmentStarted } from '../../../shared/schemas/auth.ts';
import type { InvitationAccepted, InvitationDetails } from '../../../shared/schemas/invitation-acceptance.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { memberships, recoveryCodes, signInThrottle, users } from '../../db/schema/identity.ts';
import { invitations } from './invitations.schema.ts';
import { hashToken, newToken } from '../../platform/sessions.ts';
import { currentTotp } from '../../platform/totp.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { expectBackOffAndHold } from '../../../../test/support/throttle.ts';
import {
  buildOrganisation,
  buildUser,
  signInAs,
  testPassword,
  testTotpSecret,
  type TestUser,
} from '../../../../test/support/factories.ts';

let t: TestApp;
let admin: TestUser;
let organisationId: string;

beforeAll(async () => {
  t = await startTestApp();
  organisationId = await buildOrganisation(t.db, { name: 'Malmö stad', regionCode: 'syd' });
  admin = await buildUser(t.db, { roles: ['org_admin'], organisationId });
});
beforeEach(() => t.db.delete(signInThrottle));
afterAll(() => t.close());

let counter = 0;
async function invite(overrides: { email?: string; roles?: Role[] } = {}) {
  const token = newToken();
  const email = overrides.email ?? `invitee${++counter}-${Date.now()}@samverka.test`;
  const [row] = await t.db
    .insert(invitations)
    .values({
      organisationId,
      email,
      name: 'Ines Inbjuden',
      roles: overrides.roles ?? ['case_worker'],
      tokenHash: hashToken(token),
      invitedByUserId: admin.id,
      expiresAt: sql`now() + interval '72 hours'`,
    })
    .returning({ id: invitations.id });
  return { token, email, id: row!.id };
}
const post = (url: string, payload: Record<string, unknown>, remoteAddress = '127.0.0.1') =>
  t.app.inject({ method: 'POST', url, payload, remoteAddress });

async function acceptNew(token: string, password = 'a long enough passphrase') {
  const started = await post('/api/invitations/accept/start', { token, password });
  expect(started.statusCode).toBe(200);
  const { ticket, enrolment } = started.json<EnrolmentStarted>();
  const finished = await post('/api/invitations/accept/finish', { token, ticket, code: await currentTotp(enrolment.secret) });
  return { finished, enrolment, ticket };
}

describe('inspecting an invitation', () => {
  it('shows the organisation, the invitee and the roles, without a session', async () => {
    const { token, email } = await invite({ roles: ['case_worker', 'trainer'] });
    const response = await post('/api/invitations/inspect', { token });
    expect(response.statusCode).toBe(200);
    expect(response.json<InvitationDetails>()).toMatchObject({
      organisationName: 'Malmö stad',
      name: 'Ines Inbjuden',
      email,
      roles: ['case_worker', 'trainer'],
      hasAccount: false,
    });
  });

  it('answers 410 for an unknown, revoked or expired link, and throttles guessing', async () => {
    const revoked = await invite();
    await t.db.update(invitations).set({ revokedAt: sql`now()` }).where(eq(invitations.id, revoked.id));
    const expired = await invite();
    await t.db.update(invitations).set({ expiresAt: sql`now() - interval '1 minute'` }).where(eq(invitations.id, expired.id));
    for (const token of [newToken(), revoked.token, expired.token]) {
      expect((await post('/api/invitations/inspect', { token }, '198.51.100.1')).statusCode).toBe(410);
    }
    const statuses: number[] = [];
    for (let i = 0; i < 2; i++) statuses.push((await post('/api/invitations/inspect', { token: newToken() }, '198.51.100.1')).statusCode);
    expect(statuses).toEqual([410, 410]);
    // Five misses from one address set a back-off; inside it the answer is 429.
    await expectBackOffAndHold(t.db, 'invitation:198.51.100.1');
    expect((await post('/api/invitations/inspect', { token: newToken() }, '198.51.100.1')).statusCode).toBe(429);
  });
});

describe('accepting with a new account', () => {
  it('sets the password, enrols TOTP, gives ten recovery codes and the membership; then the new member signs in', async () => {
    const { token, email, id } = await invite({ roles: ['case_worker'] });
    const { finished, enrolment } = await acceptNew(token);
    expect(finished.statusCode).toBe(201);
    const body = finished.json<InvitationAccepted>();
    expect(body.organisationName).toBe('Malmö stad');
    expect(body.recoveryCodes).toHaveLength(10);

    const [user] = await t.db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ name: 'Ines Inbjuden' });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await t.db.$count(recoveryCodes, eq(recoveryCodes.userId, user!.id))).toBe(10);
    const [membership] = await t.db.select().from(memberships).where(eq(memberships.userId, user!.id));
    expect(membership).toMatchObject({ organisationId, roles: ['case_worker'] });
    const [invitation] = await t.db.select().from(invitations).where(eq(invitations.id, id));
    expect(invitation!.acceptedAt).not.toBeNull();
    expect(await t.db.$count(auditEvents, and(eq(auditEvents.action, 'invitation.accepted'), eq(auditEvents.subjectId, id)))).toBe(1);

    // The link is used up.
    expect((await post('/api/invitations/inspect', { token })).statusCode).toBe(410);

    // Sign in with the new password and a later code from the enrolled secret.
    const first = await post('/api/auth/sign-in', { email, password: 'a long enough passphrase' });
    expect(first.statusCode).toBe(200);
    const pending = first.cookies[0]!;
    const code = await currentTotp(enrolment.secret, Date.now() / 1000 + 30);
    const second = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in/second-factor',
      payload: { code },
      headers: { cookie: `${pending.name}=${pending.value}` },
    });
    expect(second.statusCode).toBe(200);
  });

  it('refuses a weak password with a field code, and a wrong first code', async () => {
    const { token, email } = await invite();
    const breached = await post('/api/invitations/accept/start', { token, password: 'password1234' });
    expect(breached.statusCode).toBe(400);
    expect(breached.json<{ errors: { code: string }[] }>().errors[0]!.code).toBe('breached');
    const local = email.split('@')[0]!;
    const containing = await post('/api/invitations/accept/start', { token, password: `my ${local} secret` });
    expect(containing.json<{ errors: { code: string }[] }>().errors[0]!.code).toBe('contains_email');

    const started = (await post('/api/invitations/accept/start', { token, password: 'a long enough passphrase' })).json<EnrolmentStarted>();
    const wrong = await post('/api/invitations/accept/finish', { token, ticket: started.ticket, code: '000000' });
    expect(wrong.statusCode).toBe(400);
    expect(await t.db.$count(users, eq(users.email, email))).toBe(0);
  });

  it('does not take a ticket made for another invitation, nor the same link twice', async () => {
    const a = await invite();
    const b = await invite();
    const started = (await post('/api/invitations/accept/start', { token: a.token, password: 'a long enough passphrase' })).json<EnrolmentStarted>();
    const crossed = await post('/api/invitations/accept/finish', {
      token: b.token,
      ticket: started.ticket,
      code: await currentTotp(started.enrolment.secret),
    });
    expect(crossed.statusCode).toBe(410);
    expect((await acceptNew(a.token)).finished.statusCode).toBe(201);
    const again = await post('/api/invitations/accept/finish', {
      token: a.token,
      ticket: started.ticket,
      code: await currentTotp(started.enrolment.secret),
    });
    expect(again.statusCode).toBe(410);
  });
});

describe('accepting with an existing account', () => {
  it('confirms password and code, and adds the membership', async () => {
    const existing = await buildUser(t.db, { roles: ['case_worker'] });
    const { token } = await invite({ email: existing.email, roles: ['trainer'] });
    const inspected = (await post('/api/invitations/inspect', { token })).json<InvitationDetails>();
    expect(inspected.hasAccount).toBe(true);
    expect((await post('/api/invitations/accept/start', { token, password: 'a long enough passphrase' })).statusCode).toBe(409);

    const wrong = await post('/api/invitations/accept/existing', { token, password: 'not my password', code: '123456' });
    expect(wrong.statusCode).toBe(401);
    await t.db.update(users).set({ totpLastStep: null }).where(eq(users.id, existing.id));
    const response = await post('/api/invitations/accept/existing', { token, password: testPassword, code: await currentTotp(testTotpSecret) });
    expect(response.statusCode).toBe(200);
    expect(response.json<InvitationAccepted>().recoveryCodes).toEqual([]);
    const rows = await t.db.select().from(memberships).where(eq(memberships.userId, existing.id));
    expect(rows.map((m) => m.organisationId)).toContain(organisationId);
    const cookie = await signInAs(t.app, existing);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } });
    expect(me.json<{ memberships: unknown[] }>().memberships).toHaveLength(2);
  });
});
