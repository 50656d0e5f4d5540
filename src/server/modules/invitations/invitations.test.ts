import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InvitationList, InvitationSent } from '../../../shared/schemas/admin.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { invitations } from './invitations.schema.ts';
import { hashToken } from '../../platform/sessions.ts';
import { startTestApp, type TestApp } from '../../../../test/support/app.ts';
import { buildOrganisation, buildUser, signInAs, type TestUser } from '../../../../test/support/factories.ts';
import { startTestSmtpServer, type TestSmtpServer } from '../../../../test/support/smtp.ts';

let counter = 0;
// Trainer opens no case content, so the invitation goes out at once; see separation-of-duties.test.ts for the rest.
const invitee = (overrides: object = {}) => ({ name: 'Berit Berg', email: `berit${++counter}@kommun.test`, roles: ['trainer'], ...overrides });
const tokenOf = (link: string) => new URL(link).hash.replace('#token=', '');

interface Fixture {
  t: TestApp;
  organisationId: string;
  otherOrganisationId: string;
  admin: TestUser;
  adminCookie: string;
}

async function setUp(smtpUrl?: string): Promise<Fixture> {
  const t = await startTestApp(smtpUrl ? { smtpUrl, smtpFrom: 'Samverka <samverka@test.invalid>' } : {});
  const organisationId = await buildOrganisation(t.db, { name: 'Göteborgs stad' });
  const otherOrganisationId = await buildOrganisation(t.db, { name: 'Polisen Syd', type: 'police', regionCode: 'syd' });
  const admin = await buildUser(t.db, { roles: ['org_admin'], organisationId });
  return { t, organisationId, otherOrganisationId, admin, adminCookie: await signInAs(t.app, admin) };
}

const invite = (f: Fixture, payload: unknown, cookie = f.adminCookie, organisationId = f.organisationId) =>
  f.t.app.inject({ method: 'POST', url: `/api/organisations/${organisationId}/invitations`, headers: { cookie }, payload: payload as object });

describe('without SMTP', () => {
  let f: Fixture;
  beforeAll(async () => {
    f = await setUp();
  });
  afterAll(() => f.t.close());

  it('gives the link once to hand over; the database holds only its hash; 72 hours; audited', async () => {
    const payload = invitee({ email: '  Berit.Berg@Kommun.TEST ' });
    const sentFrom = Date.now();
    const response = await invite(f, payload);
    const sentBy = Date.now();
    expect(response.statusCode).toBe(201);
    const sent = response.json<InvitationSent>();
    expect(sent.emailed).toBe(false);
    expect(sent.link).toMatch(new RegExp(`^${f.t.config.publicUrl}/invitation#token=[\\w-]{43}$`));
    expect(sent.invitation).toMatchObject({ email: 'berit.berg@kommun.test', name: 'Berit Berg', roles: ['trainer'], isExpired: false, awaitingApproval: false });

    const [row] = await f.t.db.select().from(invitations).where(eq(invitations.id, sent.invitation.id));
    const token = tokenOf(sent.link!);
    expect(row!.tokenHash).toBe(hashToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    // 72 hours from when it was sent.
    expect(row!.expiresAt.getTime()).toBeGreaterThanOrEqual(sentFrom + 72 * 3_600_000);
    expect(row!.expiresAt.getTime()).toBeLessThanOrEqual(sentBy + 72 * 3_600_000);
    expect(row).toMatchObject({ organisationId: f.organisationId, invitedByUserId: f.admin.id, acceptedAt: null, revokedAt: null });

    const [event] = await f.t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'invitation.created'), eq(auditEvents.subjectId, sent.invitation.id)));
    expect(event).toMatchObject({ actorUserId: f.admin.id, subjectType: 'invitation' });
    expect(JSON.stringify(event!.details)).not.toContain('berit');

    const list = await f.t.app.inject({ method: 'GET', url: `/api/organisations/${f.organisationId}/invitations`, headers: { cookie: f.adminCookie } });
    expect(list.statusCode).toBe(200);
    const items = list.json<InvitationList>().items;
    expect(items.map((i) => i.id)).toContain(sent.invitation.id);
    expect(list.body).not.toContain(token);
  });

  it('allows inviting someone who already has an account elsewhere', async () => {
    const elsewhere = await buildUser(f.t.db, { roles: ['case_worker'], organisationId: f.otherOrganisationId });
    const response = await invite(f, invitee({ email: elsewhere.email }));
    expect(response.statusCode).toBe(201);
  });

  it('refuses a second open invitation and a present member with 409', async () => {
    const payload = invitee();
    expect((await invite(f, payload)).statusCode).toBe(201);
    expect((await invite(f, payload)).statusCode).toBe(409);
    const member = await buildUser(f.t.db, { roles: ['case_worker'], organisationId: f.organisationId });
    expect((await invite(f, invitee({ email: member.email }))).statusCode).toBe(409);
  });

  it('resend gives a new link and the old one stops working', async () => {
    const first = (await invite(f, invitee())).json<InvitationSent>();
    const response = await f.t.app.inject({
      method: 'POST',
      url: `/api/organisations/${f.organisationId}/invitations/${first.invitation.id}/resend`,
      headers: { cookie: f.adminCookie },
    });
    expect(response.statusCode).toBe(200);
    const again = response.json<InvitationSent>();
    expect(again.link).not.toBe(first.link);
    const [row] = await f.t.db.select().from(invitations).where(eq(invitations.id, first.invitation.id));
    expect(row!.tokenHash).toBe(hashToken(tokenOf(again.link!)));
    expect(await f.t.db.$count(invitations, eq(invitations.tokenHash, hashToken(tokenOf(first.link!))))).toBe(0);
    expect(await f.t.db.$count(auditEvents, and(eq(auditEvents.action, 'invitation.resent'), eq(auditEvents.subjectId, first.invitation.id)))).toBe(1);
  });

  it('revoke removes it from the list and is audited; a second revoke is 404', async () => {
    const sent = (await invite(f, invitee())).json<InvitationSent>();
    const url = `/api/organisations/${f.organisationId}/invitations/${sent.invitation.id}/revoke`;
    const response = await f.t.app.inject({ method: 'POST', url, headers: { cookie: f.adminCookie } });
    expect(response.statusCode).toBe(204);
    const [row] = await f.t.db.select().from(invitations).where(eq(invitations.id, sent.invitation.id));
    expect(row!.revokedAt).not.toBeNull();
    const list = await f.t.app.inject({ method: 'GET', url: `/api/organisations/${f.organisationId}/invitations`, headers: { cookie: f.adminCookie } });
    expect(list.json<InvitationList>().items.map((i) => i.id)).not.toContain(sent.invitation.id);
    expect(await f.t.db.$count(auditEvents, and(eq(auditEvents.action, 'invitation.revoked'), eq(auditEvents.subjectId, sent.invitation.id)))).toBe(1);
    expect((await f.t.app.inject({ method: 'POST', url, headers: { cookie: f.adminCookie } })).statusCode).toBe(404);
  });

  it('listing pending invitations is audited with the invitations shown', async () => {
    const sent = (await invite(f, invitee())).json<InvitationSent>();
    const list = await f.t.app.inject({ method: 'GET', url: `/api/organisations/${f.organisationId}/invitations`, headers: { cookie: f.adminCookie } });
    const shown = list.json<InvitationList>().items.map((i) => i.id);
    expect(shown).toContain(sent.invitation.id);
    const events = await f.t.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.action, 'invitation.list'), eq(auditEvents.subjectId, f.organisationId)))
      .orderBy(auditEvents.id);
    expect(events.at(-1)!.details).toEqual({ invitationIds: shown });
  });

  it('an org admin may not invite with system_admin (403)', async () => {
    expect((await invite(f, invitee({ roles: ['system_admin'] }))).statusCode).toBe(403);
  });

  it('another organisation is out of scope: 404 for invite, list, revoke, resend and approve', async () => {
    const otherAdmin = await buildUser(f.t.db, { roles: ['org_admin'], organisationId: f.otherOrganisationId });
    const otherCookie = await signInAs(f.t.app, otherAdmin);
    const theirs = (await invite(f, invitee({ roles: ['case_worker'] }), otherCookie, f.otherOrganisationId)).json<InvitationSent>();
    expect((await invite(f, invitee({ roles: ['case_worker'] }), f.adminCookie, f.otherOrganisationId)).statusCode).toBe(404);
    const base = `/api/organisations/${f.otherOrganisationId}/invitations`;
    expect((await f.t.app.inject({ method: 'GET', url: base, headers: { cookie: f.adminCookie } })).statusCode).toBe(404);
    for (const action of ['revoke', 'resend', 'approve']) {
      const url = `${base}/${theirs.invitation.id}/${action}`;
      expect((await f.t.app.inject({ method: 'POST', url, headers: { cookie: f.adminCookie } })).statusCode).toBe(404);
      // Nor through the admin's own organisation.
      const through = `/api/organisations/${f.organisationId}/invitations/${theirs.invitation.id}/${action}`;
      expect((await f.t.app.inject({ method: 'POST', url: through, headers: { cookie: f.adminCookie } })).statusCode).toBe(404);
    }
  });

  it('other roles get 403', async () => {
    const worker = await buildUser(f.t.db, { roles: ['case_worker'], organisationId: f.organisationId });
    expect((await invite(f, invitee(), await signInAs(f.t.app, worker))).statusCode).toBe(403);
  });

  it('a system admin may invite to any organisation; system_admin only to the national agency, and it waits for approval', async () => {
    const systemAdmin = await buildUser(f.t.db, { roles: ['system_admin'], regionCode: null });
    const cookie = await signInAs(f.t.app, systemAdmin);
    expect((await invite(f, invitee({ roles: ['case_worker'] }), cookie, f.otherOrganisationId)).statusCode).toBe(201);
    expect((await invite(f, invitee({ roles: ['system_admin'] }), cookie, f.otherOrganisationId)).statusCode).toBe(403);
    const agency = await buildOrganisation(f.t.db, { name: 'Jämställdhetsmyndigheten', type: 'national_agency', regionCode: null });
    const response = await invite(f, invitee({ roles: ['system_admin'] }), cookie, agency);
    expect(response.statusCode).toBe(201);
    expect(response.json<InvitationSent>()).toMatchObject({ emailed: false, link: null, invitation: { awaitingApproval: true } });
  });

  it.each([
    ['no name', invitee({ name: ' ' }), 'name'],
    ['a bad e-mail', invitee({ email: 'not-an-address' }), 'email'],
    ['no roles', invitee({ roles: [] }), 'roles'],
    ['an unknown role', invitee({ roles: ['emperor'] }), 'roles.0'],
  ])('400 for %s', async (_name, payload, field) => {
    const before = await f.t.db.$count(invitations);
    const response = await invite(f, payload);
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect(await f.t.db.$count(invitations)).toBe(before);
  });
});

describe('with SMTP', () => {
  let f: Fixture;
  let smtp: TestSmtpServer;

  beforeAll(async () => {
    smtp = await startTestSmtpServer();
    f = await setUp(smtp.url);
  });
  afterAll(async () => {
    await f.t.close();
    await smtp.close();
  });

  it('e-mails the link to the invitee, with a valid token, and does not return it', async () => {
    const response = await invite(f, invitee({ email: 'carl@kommun.test' }));
    expect(response.statusCode).toBe(201);
    const sent = response.json<InvitationSent>();
    expect(sent).toMatchObject({ emailed: true, link: null });

    expect(smtp.received).toHaveLength(1);
    const [message] = smtp.received;
    expect(message!.to).toEqual(['carl@kommun.test']);
    expect(message!.from).toBe('samverka@test.invalid');
    const body = message!.text;
    expect(body).toContain('Göteborgs stad');
    const links = body.match(/https?:\/\/\S+\/invitation#token=[\w-]+/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    expect(new Set(links).size).toBe(1);
    expect(links[0]!.startsWith(`${f.t.config.publicUrl}/invitation#token=`)).toBe(true);
    const [row] = await f.t.db.select().from(invitations).where(eq(invitations.id, sent.invitation.id));
    expect(row!.tokenHash).toBe(hashToken(tokenOf(links[0]!)));
    expect(body).toContain('72');
  });

  it('resend e-mails a new link', async () => {
    const sent = (await invite(f, invitee({ email: 'dora@kommun.test' }))).json<InvitationSent>();
    const before = smtp.received.length;
    const response = await f.t.app.inject({
      method: 'POST',
      url: `/api/organisations/${f.organisationId}/invitations/${sent.invitation.id}/resend`,
      headers: { cookie: f.adminCookie },
    });
    expect(response.json<InvitationSent>()).toMatchObject({ emailed: true, link: null });
    expect(smtp.received).toHaveLength(before + 1);
    const link = smtp.received.at(-1)!.text.match(/https?:\/\/\S+\/invitation#token=[\w-]+/)![0];
    const [row] = await f.t.db.select().from(invitations).where(eq(invitations.id, sent.invitation.id));
    expect(row!.tokenHash).toBe(hashToken(tokenOf(link)));
  });
});

describe('when the SMTP server cannot be reached', () => {
  it('falls back to giving the link to hand over', async () => {
    const closed = await startTestSmtpServer();
    await closed.close();
    const f = await setUp(closed.url);
    try {
      const response = await invite(f, invitee());
      expect(response.statusCode).toBe(201);
      const sent = response.json<InvitationSent>();
      expect(sent.emailed).toBe(false);
      const [row] = await f.t.db.select().from(invitations).where(eq(invitations.id, sent.invitation.id));
      expect(row!.tokenHash).toBe(hashToken(tokenOf(sent.link!)));
    } finally {
      await f.t.close();
    }
  });
});
