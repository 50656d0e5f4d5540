import { count, eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IntakeReceipt } from '../../../shared/schemas/intake.ts';
import { addWorkingDays } from '../../../shared/working-days.ts';
import { buildApp } from '../../app.ts';
import { testConfig } from '../../config.ts';
import { type Database, openDatabase } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { consultations } from '../consultations/consultations.schema.ts';
import { intakeRateLimits } from './intake.schema.ts';
import { Keyring } from '../../platform/crypto.ts';
import { createTestDatabase, testDatabaseKind, type TestDatabase } from '../../../../test/support/database.ts';
import { testKeyring } from '../../../../test/support/factories.ts';
import { checkFormToken, clientKeyOf, intakeRateLimit, issueFormToken, maximumFillMs, minimumFillMs } from './intake-guard.ts';
import { intakeForm, readyIntakeToken } from '../../../../test/support/intake.ts';

let created: TestDatabase & { url?: string };
let app: FastifyInstance;
let db: Database['db'];

beforeAll(async () => {
  created = await createTestDatabase();
  db = created.database.db;
  app = await buildApp({ config: testConfig(), database: created.database });
  await app.ready();
});
afterAll(async () => {
  await app?.close();
  await created?.dispose();
});

/** A token issued long enough ago for a person to have filled in the form. */
const readyToken = readyIntakeToken;

let addressCounter = 0;
/** Each test its own client address, so the rate limit only bites where a test means it to. */
const freshAddress = () => `10.0.${Math.floor(++addressCounter / 250)}.${(addressCounter % 250) + 1}`;

const form = intakeForm;

const submit = (payload: unknown, remoteAddress = freshAddress(), target = app) =>
  target.inject({ method: 'POST', url: '/api/intake', payload: payload as object, remoteAddress });

const consultationCount = async () => Number((await db.select({ n: count() }).from(consultations))[0]!.n);
const auditOf = (action: string) => db.select().from(auditEvents).where(eq(auditEvents.action, action));

describe('GET /api/intake/form-token', () => {
  it('gives a sealed token without a session, not to be cached', async () => {
    const response = await app.inject({ method: 'GET', url: '/api/intake/form-token' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-store');
    const { token } = response.json<{ token: string }>();
    expect(token).toMatch(/^v1\./);
    // The issue time is sealed, not readable as plain JSON.
    expect(Buffer.from(token, 'utf8').toString()).not.toContain('issuedAt');
  });
});

describe('POST /api/intake', () => {
  it('opens a consultation in the municipality’s police region with a first response due one working day later', async () => {
    const before = await consultationCount();
    const startedAt = new Date();
    const response = await submit(form({ municipalityCode: '1480', requesterEmail: 'Kim@Example.se' }));
    expect(response.statusCode).toBe(201);
    const receipt = response.json<IntakeReceipt>();
    expect(receipt.reference).toMatch(/^MS-\d{4}-\d{6}$/);
    expect(receipt.regionName).toBe('Väst');
    expect(await consultationCount()).toBe(before + 1);

    const [row] = await db.select().from(consultations).where(eq(consultations.reference, receipt.reference));
    expect(row).toMatchObject({
      source: 'public_form',
      regionCode: 'vast',
      municipalityCode: '1480',
      createdByUserId: null,
      requesterEmail: 'kim@example.se',
      requesterPhone: '031-123 45 67',
      exploitationForms: ['forced_labour'],
      urgency: 'normal',
    });
    expect(row!.firstResponseDueAt.toISOString()).toBe(addWorkingDays(row!.receivedAt, 1).toISOString());
    expect(new Date(receipt.firstResponseDueAt).toISOString()).toBe(row!.firstResponseDueAt.toISOString());
    expect(row!.receivedAt.getTime()).toBeGreaterThanOrEqual(startedAt.getTime() - 1000);

    const audit = (await auditOf('consultation.submitted_publicly')).filter((a) => a.subjectId === row!.id);
    expect(audit).toHaveLength(1);
    expect(audit[0]!.actorUserId).toBeNull();
    // Ids and codes only: nothing the visitor wrote.
    expect(audit[0]!.details).toEqual({ regionCode: 'vast', source: 'public_form' });
    // Only the details carry content; ids and hashes are random hex that may hold any digits.
    const written = JSON.stringify(audit[0]!.details);
    for (const text of ['Kim', 'Socialtjänsten', 'pass', '031']) expect(written).not.toContain(text);
  });

  it('routes Gotland to region Stockholm and accepts an e-mail address alone and no exploitation forms', async () => {
    const response = await submit(form({ municipalityCode: '0980', requesterPhone: '', requesterEmail: 'a@b.se', exploitationForms: [] }));
    expect(response.statusCode).toBe(201);
    const [row] = await db.select().from(consultations).where(eq(consultations.reference, response.json<IntakeReceipt>().reference));
    expect(row).toMatchObject({ regionCode: 'stockholm', requesterPhone: null, exploitationForms: [] });
  });

  it('stores markup as the text it is, and strips unknown keys', async () => {
    const description = '<script>alert("x")</script> <img src=x onerror=alert(1)> & "citat"';
    const response = await submit({ ...form({ description }), regionCode: 'nord', status: 'closed' });
    expect(response.statusCode).toBe(201);
    const [row] = await db.select().from(consultations).where(eq(consultations.reference, response.json<IntakeReceipt>().reference));
    expect(row!.description).toBe(description);
    expect(row!.regionCode).toBe('vast');
    expect(row!.status).not.toBe('closed');
  });

  const tooLong = (n: number) => 'x'.repeat(n);
  it.each<[string, unknown, string]>([
    ['no name', form({ requesterName: '' }), 'requesterName'],
    ['an overlong name', form({ requesterName: tooLong(201) }), 'requesterName'],
    ['an overlong organisation', form({ requesterOrganisation: tooLong(201) }), 'requesterOrganisation'],
    ['neither phone nor e-mail', form({ requesterPhone: '', requesterEmail: '' }), 'requesterPhone'],
    ['a phone number that is not one', form({ requesterPhone: 'ring mig' }), 'requesterPhone'],
    ['a malformed e-mail', form({ requesterEmail: 'inte-en-adress' }), 'requesterEmail'],
    ['a municipality code that is not four digits', form({ municipalityCode: '14800' }), 'municipalityCode'],
    ['an unknown municipality', form({ municipalityCode: '9999' }), 'municipalityCode'],
    ['a too short description', form({ description: 'kort' }), 'description'],
    ['an overlong description', form({ description: tooLong(5001) }), 'description'],
    ['a personal identity number in the description', form({ description: 'Hon heter något och har nummer 19121212-1212, tror jag.' }), 'description'],
    ['a ten-digit identity number without a dash', form({ description: 'Personnumret är 1212121212 enligt henne.' }), 'description'],
    ['a coordination number', form({ description: 'Samordningsnummer 701063-2391 står på kortet.' }), 'description'],
    ['an unknown exploitation form', form({ exploitationForms: ['piracy' as never] }), 'exploitationForms.0'],
    ['an exploitation form twice', form({ exploitationForms: ['begging', 'begging'] }), 'exploitationForms'],
    ['no child answer', form({ childInvolved: undefined as never }), 'childInvolved'],
    ['an unknown urgency', form({ urgency: 'whenever' as never }), 'urgency'],
    ['no form token', form({ formToken: '' }), 'formToken'],
    ['a wrong type', form({ description: 42 as never }), 'description'],
  ])('refuses %s with 400 on the field and stores nothing', async (_label, payload, field) => {
    const before = await consultationCount();
    const response = await submit(payload);
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field)).toContain(field);
    expect(await consultationCount()).toBe(before);
  });

  it('reports a missing contact together with the other problems, in one answer', async () => {
    const response = await submit(form({ requesterPhone: '', requesterEmail: '', requesterName: '', urgency: 'never' as never }));
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((e) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['requesterName', 'requesterPhone', 'urgency']));
  });

  it('says plainly that a description may not hold an identity number, and what to remove', async () => {
    const response = await submit(form({ description: 'Hennes personnummer är 121212–1212 och hon är rädd.' }));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string; message: string }[] }>().errors).toContainEqual(
      expect.objectContaining({ field: 'description', message: 'must not contain a personal identity number: remove "121212–1212"' }),
    );
  });

  it('refuses malformed JSON with 400 and an oversized body with 413, storing nothing', async () => {
    const before = await consultationCount();
    const malformed = await app.inject({
      method: 'POST',
      url: '/api/intake',
      headers: { 'content-type': 'application/json' },
      payload: '{"requesterName": "Kim",',
      remoteAddress: freshAddress(),
    });
    expect(malformed.statusCode).toBe(400);
    const huge = await submit({ ...form(), padding: 'x'.repeat(40_000) });
    expect(huge.statusCode).toBe(413);
    expect(await consultationCount()).toBe(before);
  });

  it('answers a filled-in honeypot as if accepted, stores nothing and audits the reason only', async () => {
    const before = await consultationCount();
    const auditBefore = (await auditOf('consultation.intake_refused')).length;
    const response = await submit(form({ website: 'https://spam.example' }));
    expect(response.statusCode).toBe(201);
    const receipt = response.json<IntakeReceipt>();
    expect(receipt.reference).toMatch(/^MS-\d{4}-\d{6}$/);
    expect(receipt.regionName).toBe('Väst');
    expect(await consultationCount()).toBe(before);
    expect((await db.select().from(consultations).where(eq(consultations.reference, receipt.reference)))).toHaveLength(0);
    const refused = await auditOf('consultation.intake_refused');
    expect(refused).toHaveLength(auditBefore + 1);
    expect(refused.at(-1)!.details).toEqual({ reason: 'honeypot' });
  });

  it.each([
    ['too fast (issued just now)', () => issueFormToken(testKeyring), 'token_too_fast'],
    ['expired (three hours old)', () => issueFormToken(testKeyring, new Date(Date.now() - 3 * 3_600_000)), 'token_expired'],
    ['forged with another key', () => readyToken(new Keyring(`other:${Buffer.alloc(32, 7).toString('base64')}`)), 'token_invalid'],
    ['made up', () => 'v1.k1.AAAA.BBBB', 'token_invalid'],
    ['sealed but not a form token', () => testKeyring.encrypt(JSON.stringify({ issuedAt: Date.now() - 60_000 })), 'token_invalid'],
  ])('refuses a form token that is %s with 400 on formToken and stores nothing', async (_label, token, code) => {
    const before = await consultationCount();
    const response = await submit(form({ formToken: token() }));
    expect(response.statusCode).toBe(400);
    expect(response.json<{ errors: { field: string; code: string }[] }>().errors).toContainEqual(
      expect.objectContaining({ field: 'formToken', code }),
    );
    expect(await consultationCount()).toBe(before);
  });

  it('hands out a token of the moment it was fetched, good from the minimum fill time until the maximum', async () => {
    const before = Date.now();
    const { token } = (await app.inject({ method: 'GET', url: '/api/intake/form-token' })).json<{ token: string }>();
    const after = Date.now();
    const tooSoon = await submit(form({ formToken: token }));
    expect(tooSoon.statusCode).toBe(400);
    expect(tooSoon.json<{ errors: { field: string; code: string }[] }>().errors).toContainEqual(
      expect.objectContaining({ field: 'formToken', code: 'token_too_fast' }),
    );
    // Sealed with the app's key and stamped with when it was fetched: the check that refused it
    // now takes it once the minimum fill time has passed, without the test waiting for it.
    const { issuedAt } = JSON.parse(testKeyring.decrypt(token)) as { issuedAt: number };
    expect(issuedAt).toBeGreaterThanOrEqual(before);
    expect(issuedAt).toBeLessThanOrEqual(after);
    const at = (ms: number) => checkFormToken(testKeyring, token, new Date(issuedAt + ms));
    expect(at(minimumFillMs - 1)).toEqual({ ok: false, reason: 'token_too_fast' });
    expect(at(minimumFillMs)).toEqual({ ok: true });
    expect(at(maximumFillMs)).toEqual({ ok: true });
    expect(at(maximumFillMs + 1)).toEqual({ ok: false, reason: 'token_expired' });
  });
});

describe('rate limit per client address', () => {
  it(`allows ${intakeRateLimit} submissions in ten minutes, then 429 with Retry-After storing nothing; other addresses go on`, async () => {
    const address = '192.0.2.10';
    for (let i = 0; i < intakeRateLimit; i++) expect((await submit(form(), address)).statusCode).toBe(201);
    const before = await consultationCount();
    const limited = await submit(form(), address);
    expect(limited.statusCode).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(600);
    // Even a robot's honeypot hit is refused, and nothing is stored.
    expect((await submit(form({ website: 'x' }), address)).statusCode).toBe(429);
    expect(await consultationCount()).toBe(before);
    expect((await submit(form(), '192.0.2.11')).statusCode).toBe(201);
    // The table holds a hash of the address, never the address.
    const keys = (await db.select({ key: intakeRateLimits.clientKey }).from(intakeRateLimits)).map((r) => r.key);
    expect(keys).toContain(clientKeyOf(address));
    expect(keys.join()).not.toContain('192.0.2');
    const refused = (await auditOf('consultation.intake_refused')).filter((a) => (a.details as { reason?: string }).reason === 'rate_limited');
    expect(refused).toHaveLength(1);
  });

  it('counts older minutes of the window but not those before it', async () => {
    const address = '192.0.2.20';
    const minutesAgo = (m: number) => new Date(Math.floor(Date.now() / 60_000) * 60_000 - m * 60_000);
    await db.insert(intakeRateLimits).values([
      { clientKey: clientKeyOf(address), windowStart: minutesAgo(30), count: 50 },
      { clientKey: clientKeyOf(address), windowStart: minutesAgo(4), count: intakeRateLimit - 1 },
    ]);
    expect((await submit(form(), address)).statusCode).toBe(201);
    expect((await submit(form(), address)).statusCode).toBe(429);
  });

  it('holds across two app instances on one database', async () => {
    // On PostgreSQL the second instance has its own connection pool, as another server process would.
    const second: Database =
      testDatabaseKind === 'postgres' && created.url
        ? await openDatabase({ kind: 'postgres', url: created.url, poolSize: 2 })
        : created.database;
    const other = await buildApp({ config: testConfig(), database: second });
    await other.ready();
    try {
      const address = '192.0.2.30';
      for (let i = 0; i < intakeRateLimit; i++) {
        const target = i % 2 === 0 ? app : other;
        expect((await submit(form(), address, target)).statusCode).toBe(201);
      }
      expect((await submit(form(), address, other)).statusCode).toBe(429);
      expect((await submit(form(), address, app)).statusCode).toBe(429);
    } finally {
      await other.close();
      if (second !== created.database) await second.close();
    }
  });
});
