import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { eq, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../src/shared/schemas/cases.ts';
import type { IdentityView } from '../../src/shared/schemas/persons.ts';
import { buildApp } from '../../src/server/app.ts';
import { addKeyToFile, nextKeyId, RotationError, rotateKeys } from '../../src/server/cli/keys-rotate.ts';
import { type Config, testConfig } from '../../src/server/config.ts';
import type { Db } from '../../src/server/db/client.ts';
import { openConfiguredDatabase } from '../../src/server/db/prepare.ts';
import { auditEvents, organisations, users } from '../../src/server/db/schema/index.ts';
import { Keyring, keyFileName, loadKeyring } from '../../src/server/platform/crypto.ts';
import { createConfiguredDatabase, createTestDatabase, type TestDatabase } from '../support/database.ts';
import { buildOrganisation, buildUser, createCaseAs, signInAs, type TestUser } from '../support/factories.ts';
import { compiledCli, repoRoot } from '../support/server-process.ts';

// These start the command or the server as a child process: a busy machine may take minutes, and
// a timeout is not what they test.
const commandTimeout = 180_000;

const run = promisify(execFile);
const testKeySpec = testConfig().encryptionKey!;
const newKey = (id: string) => `${id}:${randomBytes(32).toString('base64')}`;

/** Identities stored through the API, and the plain values that must never be found in the database. */
const identities = [
  { fullName: 'Elena Rotationsdottir', personalNumber: '19811218-9876', phone: '+46 70 111 22 33', address: 'Nyckelvägen 3, Kista' },
  { fullName: 'Ion Krypteradsson', personalNumber: '19701063-2391', phone: '+46 70 444 55 66', address: 'Chiffergränd 9, Malmö' },
  { fullName: 'Ada Nyckelberg', personalNumber: '19900101-0017', phone: '+46 70 777 88 99', address: 'Saltvägen 12, Umeå' },
];
const ssoSecret = 'sso-client-secret-that-must-stay-hidden';
const plaintexts = [...identities.flatMap((i) => Object.values(i)), ssoSecret, '8112189876'];

interface Fixture {
  database: TestDatabase['database'];
  db: Db;
  config: Config;
  dataDir: string;
  lead: TestUser;
  cases: CaseDetail[];
  dispose: () => Promise<void>;
}

/** An app on the given keyring; closed by the caller. */
async function appWith(database: TestDatabase['database'], config: Config, keyring: Keyring): Promise<FastifyInstance> {
  const app = await buildApp({ config, database, keyring });
  await app.ready();
  return app;
}

/** A fresh database with three stored identities and an SSO secret, written under `keyring`. */
async function storeIdentities(config: Config, keyring: Keyring, dataDir: string): Promise<Fixture> {
  const { database, dispose } = await createTestDatabase();
  const app = await appWith(database, config, keyring);
  try {
    const lead = await buildUser(database.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
    const cookie = await signInAs(app, lead);
    const cases: CaseDetail[] = [];
    for (const identity of identities) {
      const created = await createCaseAs(app, cookie);
      const stored = await app.inject({
        method: 'PUT',
        url: `/api/cases/${created.id}/identity`,
        headers: { cookie, 'if-match': '"0"' },
        payload: identity,
      });
      expect(stored.statusCode).toBe(200);
      cases.push(created);
    }
    await database.db
      .update(organisations)
      .set({ oidcClientSecret: keyring.encrypt(ssoSecret) })
      .where(eq(organisations.id, await buildOrganisation(database.db)));
    return {
      database,
      db: database.db,
      config,
      dataDir,
      lead,
      cases,
      dispose: async () => {
        await dispose();
        rmSync(dataDir, { recursive: true, force: true });
      },
    };
  } finally {
    await app.close();
  }
}

async function rawIdentityRows(db: Db) {
  const { rows } = await db.execute<Record<string, string | number | null>>(sql`select * from person_identities order by person_id`);
  return rows;
}

async function rawSecrets(db: Db) {
  const { rows } = await db.execute<{ value: string }>(
    sql`select totp_secret as value from users where totp_secret is not null
        union all select oidc_client_secret from organisations where oidc_client_secret is not null`,
  );
  return rows.map((r) => r.value);
}

const valueColumns = ['full_name', 'personal_number', 'date_of_birth', 'phone', 'address', 'guardian'];

/** Every encrypted value in the database names `keyId`, and none of it is plaintext. */
async function expectAllUnder(db: Db, keyId: string) {
  const rows = await rawIdentityRows(db);
  expect(rows).toHaveLength(identities.length);
  for (const row of rows) {
    expect(row.key_id).toBe(keyId);
    for (const column of valueColumns) {
      if (row[column] !== null) expect(Keyring.keyIdOf(String(row[column]))).toBe(keyId);
    }
  }
  for (const secret of await rawSecrets(db)) expect(Keyring.keyIdOf(secret)).toBe(keyId);
  const dump = JSON.stringify({ rows, secrets: await rawSecrets(db) });
  for (const plain of plaintexts) expect(dump).not.toContain(plain);
}

/** Signs the lead in on an app with `keyring` (so the TOTP secret must decrypt) and shows each identity. */
async function expectIdentitiesShown(fixture: Fixture, keyring: Keyring) {
  const app = await appWith(fixture.database, fixture.config, keyring);
  try {
    const cookie = await signInAs(app, fixture.lead);
    for (const [index, theCase] of fixture.cases.entries()) {
      const shown = await app.inject({ method: 'GET', url: `/api/cases/${theCase.id}/identity`, headers: { cookie } });
      expect(shown.statusCode).toBe(200);
      expect(shown.json<IdentityView>()).toMatchObject({ ...identities[index], version: 1 });
    }
  } finally {
    await app.close();
  }
}

describe('key ids', () => {
  it('count up from the highest kN', () => {
    expect(nextKeyId(['k1'])).toBe('k2');
    expect(nextKeyId(['k2', 'k1', 'test'])).toBe('k3');
    expect(nextKeyId(['test'])).toBe('k2');
    expect(nextKeyId(['k10', 'k9'])).toBe('k11');
  });

  it('a missing key file is refused, not created', () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-keys-'));
    try {
      expect(() => addKeyToFile(testConfig({ dataDir, encryptionKey: undefined }))).toThrow(RotationError);
      expect(readdirSync(dataDir)).toEqual([]);
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

describe('samverka keys rotate with the key file of the data folder', { timeout: commandTimeout }, () => {
  let fixture: Fixture;
  let keyFile: string;
  let firstContent: string;

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-keys-'));
    keyFile = path.join(dataDir, keyFileName);
    // k1 encrypts; the test key stays for reading the test users' TOTP secrets.
    writeFileSync(keyFile, `${newKey('k1')},${testKeySpec}\n`, { mode: 0o600 });
    firstContent = readFileSync(keyFile, 'utf8').trim();
    const config = testConfig({ dataDir, encryptionKey: undefined });
    fixture = await storeIdentities(config, loadKeyring(config).keyring, dataDir);
  });
  afterAll(() => fixture.dispose());

  it('stores identity values encrypted: the raw rows hold no plaintext', async () => {
    const rows = await rawIdentityRows(fixture.db);
    expect(rows.map((r) => r.key_id)).toEqual(['k1', 'k1', 'k1']);
    const dump = JSON.stringify(rows);
    for (const plain of plaintexts) expect(dump).not.toContain(plain);
  });

  it('puts a new key first in the file, keeps the old ones after it, and re-encrypts everything', async () => {
    const versionsBefore = (await rawIdentityRows(fixture.db)).map((r) => r.version);
    const usersWithTotp = await fixture.db.$count(users, sql`${users.totpSecret} is not null`);
    // A batch of two, so the three identities take more than one transaction.
    const progress: number[] = [];
    const result = await rotateKeys(fixture.db, fixture.config, { batchSize: 2, onProgress: (rows) => progress.push(rows) });
    expect(result).toMatchObject({
      keyId: 'k2',
      keyFile,
      counts: { personIdentities: 3, organisationSecrets: 1, totpSecrets: usersWithTotp, unreadable: 0 },
    });

    const content = readFileSync(keyFile, 'utf8').trim();
    expect(progress.length).toBeGreaterThan(3);
    expect(progress.at(-1)).toBe(3 + 1 + usersWithTotp);
    expect(content.startsWith('k2:')).toBe(true);
    expect(content.endsWith(`,${firstContent}`)).toBe(true);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    expect(readdirSync(fixture.dataDir)).toEqual([keyFileName]);

    await expectAllUnder(fixture.db, 'k2');
    // Same content, so the versions clients hold stay valid.
    expect((await rawIdentityRows(fixture.db)).map((r) => r.version)).toEqual(versionsBefore);
  });

  it('the API still shows the same identities, and signing in still works, with the rotated file', async () => {
    await expectIdentitiesShown(fixture, loadKeyring(fixture.config).keyring);
  });

  it('audits the rotation with counts and key ids only', async () => {
    const [event] = await fixture.db.select().from(auditEvents).where(eq(auditEvents.action, 'keys.rotated'));
    expect(event).toMatchObject({ actorUserId: null, subjectId: null });
    expect(event!.details).toMatchObject({ keyId: 'k2', keyFileWritten: true, personIdentities: 3, organisationSecrets: 1 });
    const dump = JSON.stringify(event);
    for (const plain of plaintexts) expect(dump).not.toContain(plain);
    expect(dump).not.toContain(readFileSync(keyFile, 'utf8').split(',')[0]!.split(':')[1]);
  });

  it('resumes after a crash between writing the key file and re-encrypting', async () => {
    // The crash: the file has k3 first, but nothing was re-encrypted.
    addKeyToFile(fixture.config);
    expect(readFileSync(keyFile, 'utf8').startsWith('k3:')).toBe(true);
    // Everything is still readable, since k2 stayed in the ring.
    await expectIdentitiesShown(fixture, loadKeyring(fixture.config).keyring);

    const result = await rotateKeys(fixture.db, fixture.config);
    expect(result.keyId).toBe('k4');
    expect(result.counts).toMatchObject({ personIdentities: 3, organisationSecrets: 1, unreadable: 0 });
    expect(readFileSync(keyFile, 'utf8').trim().endsWith(`,${firstContent}`)).toBe(true);
    expect(keyIds(readFileSync(keyFile, 'utf8'))).toEqual(['k4', 'k3', 'k2', 'k1', 'test']);
    expect(statSync(keyFile).mode & 0o777).toBe(0o600);
    await expectAllUnder(fixture.db, 'k4');
    await expectIdentitiesShown(fixture, loadKeyring(fixture.config).keyring);
  });
});

const keyIds = (spec: string) => spec.trim().split(',').map((pair) => pair.split(':')[0]);

describe('samverka keys rotate with SAMVERKA_ENCRYPTION_KEY', { timeout: commandTimeout }, () => {
  let fixture: Fixture;
  let rotatedConfig: Config;

  beforeAll(async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-keys-'));
    const config = testConfig({ dataDir });
    fixture = await storeIdentities(config, new Keyring(config.encryptionKey!), dataDir);
    // The operator puts the new key first and keeps the old one for reading.
    rotatedConfig = testConfig({ dataDir, encryptionKey: `${newKey('k7')},${testKeySpec}` });
  });
  afterAll(() => fixture.dispose());

  it('writes no key file, and re-encrypts every value under the first key', async () => {
    const result = await rotateKeys(fixture.db, rotatedConfig);
    expect(result.keyFile).toBeUndefined();
    expect(result.keyId).toBe('k7');
    expect(result.counts).toMatchObject({ personIdentities: 3, organisationSecrets: 1, unreadable: 0 });
    expect(existsSync(path.join(fixture.dataDir, keyFileName))).toBe(false);
    await expectAllUnder(fixture.db, 'k7');
    await expectIdentitiesShown(fixture, new Keyring(rotatedConfig.encryptionKey!));
  });

  it('running it again changes nothing', async () => {
    const before = { rows: await rawIdentityRows(fixture.db), secrets: await rawSecrets(fixture.db) };
    const again = await rotateKeys(fixture.db, rotatedConfig);
    expect(again.counts).toEqual({ personIdentities: 0, organisationSecrets: 0, totpSecrets: 0, unreadable: 0 });
    expect({ rows: await rawIdentityRows(fixture.db), secrets: await rawSecrets(fixture.db) }).toEqual(before);
  });

  it('counts values whose key is missing from the ring, and leaves them as they are', async () => {
    const withoutOldKey = testConfig({ dataDir: fixture.dataDir, encryptionKey: newKey('k8') });
    const result = await rotateKeys(fixture.db, withoutOldKey);
    expect(result.counts.personIdentities).toBe(0);
    expect(result.counts.unreadable).toBeGreaterThanOrEqual(4);
    await expectAllUnder(fixture.db, 'k7');
  });
});

describe('the samverka command', { timeout: commandTimeout }, () => {
  it('rotates the key file of the data folder and prints counts, never values', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-keys-cli-'));
    const { databaseUrl, dispose } = await createConfiguredDatabase(dataDir);
    const env: NodeJS.ProcessEnv = { ...process.env, SAMVERKA_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    delete env.SAMVERKA_ENCRYPTION_KEY;
    delete env.DATABASE_URL;
    if (databaseUrl) env.DATABASE_URL = databaseUrl;
    const config = testConfig({ dataDir, databaseUrl, encryptionKey: undefined });
    const totpSecret = 'JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP';
    try {
      let database = await openConfiguredDatabase(config);
      const { keyring, createdKeyFile } = loadKeyring(config);
      expect(createdKeyFile).toBeDefined();
      const firstContent = readFileSync(createdKeyFile!, 'utf8').trim();
      await database.db.insert(users).values({ email: 'cli@samverka.test', name: 'Cli Person', totpSecret: keyring.encrypt(totpSecret) });
      await database.close();

      const { stdout } = await run(process.execPath, [compiledCli, 'keys', 'rotate'], { env, cwd: repoRoot });
      expect(stdout).toContain(`New encryption key k2 written first in ${createdKeyFile}`);
      expect(stdout).toContain('0 person identities, 0 single sign-on client secrets, 1 second-factor secrets');
      expect(stdout).not.toContain(totpSecret);
      expect(statSync(createdKeyFile!).mode & 0o777).toBe(0o600);
      const content = readFileSync(createdKeyFile!, 'utf8').trim();
      expect(keyIds(content)).toEqual(['k2', 'k1']);
      expect(content.endsWith(`,${firstContent}`)).toBe(true);
      expect(stdout).not.toContain(content.split(',')[0]!.split(':')[1]);

      database = await openConfiguredDatabase(config);
      const [user] = await database.db.select({ totpSecret: users.totpSecret }).from(users);
      expect(Keyring.keyIdOf(user!.totpSecret!)).toBe('k2');
      expect(loadKeyring(config).keyring.decrypt(user!.totpSecret!)).toBe(totpSecret);
      await database.close();
    } finally {
      await dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
