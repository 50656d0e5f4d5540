import { PassThrough } from 'node:stream';
import { and, count, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '../../../shared/schemas/auth.ts';
import type { SsoOrganisationList } from '../../../shared/schemas/sso.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { memberships, organisations, sessions, users } from '../../db/schema/identity.ts';
import { externalIdentities, oidcSignIns } from './sso.schema.ts';
import { Keyring } from '../../platform/crypto.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildOrganisation, buildUser } from '../../../../test/support/factories.ts';
import { signInAtProvider, startTestOidcProvider, type TestOidcProvider } from '../../../../test/support/oidc-provider.ts';

const publicUrl = 'http://127.0.0.1:3999';
const callbackPrefix = `${publicUrl}/api/sso/callback`;
const failedLocation = '/sign-in?sso=failed';

let t: TestApp;
let provider: TestOidcProvider;
let ssoOrganisationId: string;
let otherOrganisationId: string;
let subjects = 0;
let logs = '';

beforeAll(async () => {
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => (logs += chunk.toString()));
  t = await startTestApp({ publicUrl, logLevel: 'info' }, { logStream });
  provider = await startTestOidcProvider({ redirectUri: callbackPrefix });
  const keyring = new Keyring(t.config.encryptionKey!);
  ssoOrganisationId = await buildOrganisation(t.db, { name: 'Kommun med SSO' });
  await t.db
    .update(organisations)
    .set({ oidcIssuer: provider.issuer, oidcClientId: provider.clientId, oidcClientSecret: keyring.encrypt(provider.clientSecret) })
    .where(eq(organisations.id, ssoOrganisationId));
  otherOrganisationId = await buildOrganisation(t.db, { name: 'Kommun utan SSO' });
});
afterAll(async () => {
  await t.close();
  await provider.close();
});

const newSubject = () => `subject-${++subjects}`;
const stateCookieOf = (response: { cookies: { name: string; value: string }[] }) =>
  response.cookies.find((c) => c.name === 'samverka_sso_state')?.value;
const sessionCookieOf = (response: { cookies: { name: string; value: string }[] }) =>
  response.cookies.find((c) => c.name === 'samverka_session' && c.value !== '');

async function start(returnTo?: string, organisationId = ssoOrganisationId) {
  const query = returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`;
  return t.app.inject({ method: 'GET', url: `/api/sso/${organisationId}/start${query}` });
}

/** Starts at Samverka, signs in at the provider as `subject`, and brings the browser back. */
async function signInThroughProvider(subject: string, returnTo?: string) {
  const started = await start(returnTo);
  expect(started.statusCode).toBe(302);
  const state = stateCookieOf(started)!;
  const callbackUrl = await signInAtProvider(started.headers.location as string, subject, callbackPrefix);
  const callback = () =>
    t.app.inject({
      method: 'GET',
      url: `${callbackUrl.pathname}${callbackUrl.search}`,
      cookies: { samverka_sso_state: state },
    });
  return { response: await callback(), callback, callbackUrl, state };
}

async function lastAuditOf(action: 'auth.sso_sign_in' | 'auth.sso_sign_in_failed') {
  const [row] = await t.db.select().from(auditEvents).where(eq(auditEvents.action, action)).orderBy(desc(auditEvents.id)).limit(1);
  return row;
}

describe('GET /api/sso/organisations', () => {
  it('lists only organisations with single sign-on, without their settings', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/sso/organisations' });
    expect(response.statusCode).toBe(200);
    const { items } = response.json<SsoOrganisationList>();
    expect(items).toContainEqual({ id: ssoOrganisationId, name: 'Kommun med SSO' });
    expect(items.map((o) => o.id)).not.toContain(otherOrganisationId);
    expect(response.body).not.toContain(provider.clientId);
    expect(response.body).not.toContain('oidc');
  });
});

describe('GET /api/sso/:organisationId/start', () => {
  it('redirects to the provider with code flow, PKCE S256, state and nonce, and remembers them', async () => {
    const startedFrom = Date.now();
    const response = await start('/cases/new');
    const startedBy = Date.now();
    expect(response.statusCode).toBe(302);
    const location = new URL(response.headers.location as string);
    expect(location.origin).toBe(provider.issuer);
    const params = location.searchParams;
    expect(params.get('response_type')).toBe('code');
    expect(params.get('client_id')).toBe(provider.clientId);
    expect(params.get('redirect_uri')).toBe(callbackPrefix);
    expect(params.get('scope')).toBe('openid email profile');
    expect(params.get('code_challenge_method')).toBe('S256');
    expect(params.get('code_challenge')).toMatch(/^[\w-]{43}$/);
    expect(params.get('nonce')).toBeTruthy();
    const state = params.get('state')!;
    expect(stateCookieOf(response)).toBe(state);
    const cookie = response.cookies.find((c) => c.name === 'samverka_sso_state')!;
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/sso/callback' });
    const [row] = await t.db.select().from(oidcSignIns).where(eq(oidcSignIns.state, state));
    expect(row).toMatchObject({ organisationId: ssoOrganisationId, returnTo: '/cases/new' });
    expect(row!.codeVerifier).not.toBe(params.get('code_challenge'));
    // Ten minutes from when the sign-in started.
    expect(row!.expiresAt.getTime()).toBeGreaterThanOrEqual(startedFrom + 10 * 60_000);
    expect(row!.expiresAt.getTime()).toBeLessThanOrEqual(startedBy + 10 * 60_000);
  });

  it('sends an organisation without single sign-on back to the sign-in page', async () => {
    const response = await start(undefined, otherOrganisationId);
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(failedLocation);
    expect((await lastAuditOf('auth.sso_sign_in_failed'))?.details).toEqual({ reason: 'not_configured' });
  });

  it('refuses an id that is no uuid with a 400', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/sso/not-an-id/start' });
    expect(response.statusCode).toBe(400);
  });
});

describe('GET /api/sso/callback', () => {
  it('signs a member in by verified e-mail, links the account and opens an sso session', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'], organisationId: ssoOrganisationId });
    const subject = newSubject();
    provider.setAccount(subject, { email: user.email.toUpperCase(), email_verified: true, name: 'Anna Berg' });

    const { response } = await signInThroughProvider(subject, '/cases?page=2');
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe('/cases?page=2');
    const session = sessionCookieOf(response)!;
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Strict', path: '/' });

    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { samverka_session: session.value } });
    expect(me.statusCode).toBe(200);
    expect(me.json<Me>().id).toBe(user.id);

    const links = await t.db.select().from(externalIdentities).where(eq(externalIdentities.userId, user.id));
    expect(links).toEqual([
      expect.objectContaining({ issuer: provider.issuer, subject, organisationId: ssoOrganisationId }),
    ]);
    const rows = await t.db.select({ method: sessions.method }).from(sessions).where(eq(sessions.userId, user.id));
    expect(rows).toEqual([{ method: 'sso' }]);
    const audit = await lastAuditOf('auth.sso_sign_in');
    expect(audit).toMatchObject({ actorUserId: user.id, subjectId: user.id });
    expect(audit?.details).toEqual({ organisationId: ssoOrganisationId, isNewLink: true });
    // The membership and its roles are as they were.
    const [membership] = await t.db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect(membership?.roles).toEqual(['case_worker']);
  });

  it("never takes roles from the provider's group or role claims (issue 14: no OIDC group mapping)", async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'], organisationId: ssoOrganisationId });
    const subject = newSubject();
    const claimed = ['national_coordinator', 'system_admin', 'auditor', 'org_admin'];
    provider.setAccount(subject, { email: user.email, email_verified: true, name: 'Anna Berg', groups: claimed, roles: claimed });
    const { response } = await signInThroughProvider(subject, '/');
    const session = sessionCookieOf(response)!;
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { samverka_session: session.value } });
    expect(me.json<Me>().memberships.flatMap((m) => m.roles)).toEqual(['case_worker']);
    const rows = await t.db.select().from(memberships).where(eq(memberships.userId, user.id));
    expect(rows.map((m) => m.roles)).toEqual([['case_worker']]);
    expect((await t.app.inject({ method: 'GET', url: '/api/cases?pageSize=1', cookies: { samverka_session: session.value } })).statusCode).toBe(200);
    expect((await t.app.inject({ method: 'GET', url: '/api/organisations', cookies: { samverka_session: session.value } })).statusCode).toBe(403);
  });

  it('reuses the linked account on the next sign-in, even when the provider changed the e-mail', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'], organisationId: ssoOrganisationId });
    const subject = newSubject();
    provider.setAccount(subject, { email: user.email, email_verified: true, name: 'Bo Ek' });
    const first = await signInThroughProvider(subject);
    expect(first.response.headers.location).toBe('/cases');

    provider.setAccount(subject, { email: 'bo.ek@new-address.test', email_verified: true, name: 'Bo Ek' });
    const second = await signInThroughProvider(subject);
    expect(second.response.statusCode).toBe(302);
    expect(second.response.headers.location).toBe('/cases');
    const session = sessionCookieOf(second.response)!;
    const firstSession = sessionCookieOf(first.response)!;
    expect(session.value).not.toBe(firstSession.value);
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', cookies: { samverka_session: session.value } });
    expect(me.json<Me>().id).toBe(user.id);
    const [links] = await t.db.select({ n: count() }).from(externalIdentities).where(eq(externalIdentities.userId, user.id));
    expect(links?.n).toBe(1);
    expect((await lastAuditOf('auth.sso_sign_in'))?.details).toEqual({ organisationId: ssoOrganisationId, isNewLink: false });
  });

  it('refuses an e-mail the provider has not verified', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'], organisationId: ssoOrganisationId });
    const subject = newSubject();
    provider.setAccount(subject, { email: user.email, email_verified: false, name: 'Cia Dahl' });
    const { response } = await signInThroughProvider(subject);
    expect(response.statusCode).toBe(302);
    expect(response.headers.location).toBe(failedLocation);
    expect(sessionCookieOf(response)).toBeUndefined();
    const audit = await lastAuditOf('auth.sso_sign_in_failed');
    expect(audit?.details).toEqual({ reason: 'email_unverified', organisationId: ssoOrganisationId });
    expect(JSON.stringify(audit)).not.toContain(user.email);
    const links = await t.db.select().from(externalIdentities).where(eq(externalIdentities.subject, subject));
    expect(links).toEqual([]);
  });

  it('refuses an e-mail with no membership in that organisation, and creates nobody', async () => {
    const outsider = await buildUser(t.db, { roles: ['case_worker'], organisationId: otherOrganisationId });
    const subject = newSubject();
    provider.setAccount(subject, { email: outsider.email, email_verified: true, name: 'Dan Falk' });
    const stranger = newSubject();
    provider.setAccount(stranger, { email: 'nobody-here@samverka.test', email_verified: true, name: 'Eva Gran' });
    const [usersBefore] = await t.db.select({ n: count() }).from(users);
    const [membershipsBefore] = await t.db.select({ n: count() }).from(memberships);

    for (const login of [subject, stranger]) {
      const { response } = await signInThroughProvider(login);
      expect(response.headers.location).toBe(failedLocation);
      expect(sessionCookieOf(response)).toBeUndefined();
      const audit = await lastAuditOf('auth.sso_sign_in_failed');
      expect(audit?.details).toEqual({ reason: 'no_matching_member', organisationId: ssoOrganisationId });
      expect(JSON.stringify(audit)).not.toMatch(/@/);
    }
    expect((await t.db.select({ n: count() }).from(users))[0]).toEqual(usersBefore);
    expect((await t.db.select({ n: count() }).from(memberships))[0]).toEqual(membershipsBefore);
    const [outsiderMemberships] = await t.db
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.userId, outsider.id), eq(memberships.organisationId, ssoOrganisationId)));
    expect(outsiderMemberships?.n).toBe(0);
    const links = await t.db.select().from(externalIdentities).where(eq(externalIdentities.userId, outsider.id));
    expect(links).toEqual([]);
  });

  it('refuses a deactivated member, also one linked before', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'], organisationId: ssoOrganisationId });
    const subject = newSubject();
    provider.setAccount(subject, { email: user.email, email_verified: true, name: 'Fia Holm' });
    expect((await signInThroughProvider(subject)).response.headers.location).toBe('/cases');

    await t.db.update(users).set({ isActive: false }).where(eq(users.id, user.id));
    const { response } = await signInThroughProvider(subject);
    expect(response.headers.location).toBe(failedLocation);
    expect(sessionCookieOf(response)).toBeUndefined();
    const audit = await lastAuditOf('auth.sso_sign_in_failed');
    expect(audit).toMatchObject({ actorUserId: user.id });
    expect(audit?.details).toEqual({ reason: 'inactive_user', organisationId: ssoOrganisationId });

    const never = await buildUser(t.db, { roles: ['case_worker'], organisationId: ssoOrganisationId, isActive: false });
    const neverSubject = newSubject();
    provider.setAccount(neverSubject, { email: never.email, email_verified: true, name: 'Gun Ivarsson' });
    expect((await signInThroughProvider(neverSubject)).response.headers.location).toBe(failedLocation);
    expect(await t.db.select().from(externalIdentities).where(eq(externalIdentities.userId, never.id))).toEqual([]);
  });

  it('takes each state once: a replayed callback is refused', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'], organisationId: ssoOrganisationId });
    const subject = newSubject();
    provider.setAccount(subject, { email: user.email, email_verified: true, name: 'Hans Jonsson' });
    const { response, callback } = await signInThroughProvider(subject);
    expect(response.headers.location).toBe('/cases');
    const replay = await callback();
    expect(replay.headers.location).toBe(failedLocation);
    expect(sessionCookieOf(replay)).toBeUndefined();
    expect((await lastAuditOf('auth.sso_sign_in_failed'))?.details).toEqual({ reason: 'unknown_state' });
  });

  it('refuses an expired sign-in', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'], organisationId: ssoOrganisationId });
    const subject = newSubject();
    provider.setAccount(subject, { email: user.email, email_verified: true, name: 'Ida Karlsson' });
    const started = await start();
    const state = stateCookieOf(started)!;
    const callbackUrl = await signInAtProvider(started.headers.location as string, subject, callbackPrefix);
    await t.db.update(oidcSignIns).set({ expiresAt: new Date(Date.now() - 1000) }).where(eq(oidcSignIns.state, state));
    const response = await t.app.inject({
      method: 'GET',
      url: `${callbackUrl.pathname}${callbackUrl.search}`,
      cookies: { samverka_sso_state: state },
    });
    expect(response.headers.location).toBe(failedLocation);
    expect((await lastAuditOf('auth.sso_sign_in_failed'))?.details).toEqual({
      reason: 'expired_state',
      organisationId: ssoOrganisationId,
    });
    expect(await t.db.select().from(oidcSignIns).where(eq(oidcSignIns.state, state))).toEqual([]);
  });

  it('refuses a callback from a browser that did not start the sign-in', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'], organisationId: ssoOrganisationId });
    const subject = newSubject();
    provider.setAccount(subject, { email: user.email, email_verified: true, name: 'Jan Lind' });
    const started = await start();
    const callbackUrl = await signInAtProvider(started.headers.location as string, subject, callbackPrefix);
    const url = `${callbackUrl.pathname}${callbackUrl.search}`;
    const cookieSets: Record<string, string>[] = [{}, { samverka_sso_state: 'someone-elses-state' }];
    for (const cookies of cookieSets) {
      const response = await t.app.inject({ method: 'GET', url, cookies });
      expect(response.headers.location).toBe(failedLocation);
      expect(sessionCookieOf(response)).toBeUndefined();
    }
  });

  it('refuses a callback without state, with an error from the provider, or with a forged code', async () => {
    const noState = await t.app.inject({ method: 'GET', url: '/api/sso/callback?code=abc' });
    expect(noState.headers.location).toBe(failedLocation);
    expect((await lastAuditOf('auth.sso_sign_in_failed'))?.details).toEqual({ reason: 'missing_state' });

    const denied = await start();
    const deniedState = stateCookieOf(denied)!;
    const deniedResponse = await t.app.inject({
      method: 'GET',
      url: `/api/sso/callback?error=access_denied&state=${deniedState}`,
      cookies: { samverka_sso_state: deniedState },
    });
    expect(deniedResponse.headers.location).toBe(failedLocation);
    expect((await lastAuditOf('auth.sso_sign_in_failed'))?.details).toEqual({
      reason: 'provider_error',
      organisationId: ssoOrganisationId,
    });

    const forged = await start();
    const forgedState = stateCookieOf(forged)!;
    const forgedResponse = await t.app.inject({
      method: 'GET',
      url: `/api/sso/callback?code=forged&state=${forgedState}&iss=${encodeURIComponent(provider.issuer)}`,
      cookies: { samverka_sso_state: forgedState },
    });
    expect(forgedResponse.headers.location).toBe(failedLocation);
    expect((await lastAuditOf('auth.sso_sign_in_failed'))?.details).toEqual({
      reason: 'exchange_failed',
      organisationId: ssoOrganisationId,
    });
  });

  it('neutralises an open redirect in returnTo', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'], organisationId: ssoOrganisationId });
    for (const returnTo of ['//evil.example/cases', 'https://evil.example/', '/\\evil.example', 'javascript:alert(1)']) {
      const subject = newSubject();
      provider.setAccount(subject, { email: user.email, email_verified: true, name: 'Kim Lund' });
      // Each subject is a new provider account for the same member; only the first links.
      await t.db.delete(externalIdentities).where(eq(externalIdentities.userId, user.id));
      const { response } = await signInThroughProvider(subject, returnTo);
      expect(response.statusCode).toBe(302);
      expect(response.headers.location).toBe('/cases');
      expect(sessionCookieOf(response)).toBeDefined();
    }
  });

  it('keeps e-mail addresses, codes and states out of the logs', async () => {
    const user = await buildUser(t.db, { roles: ['case_worker'], organisationId: ssoOrganisationId });
    const subject = newSubject();
    provider.setAccount(subject, { email: user.email, email_verified: false, name: 'Lo Nord' });
    const { response, callbackUrl, state } = await signInThroughProvider(subject);
    expect(response.headers.location).toBe(failedLocation);
    expect(logs).toContain('/api/sso/callback');
    expect(logs).toContain('email_unverified');
    expect(logs).not.toContain(user.email);
    expect(logs).not.toContain(callbackUrl.searchParams.get('code'));
    expect(logs).not.toContain(state);
  });
});
