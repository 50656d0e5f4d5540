import { createHash, randomBytes } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateX25519Identity, identityToRecipient } from 'age-encryption';
import { asc, eq, ilike, sql } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/server/app.ts';
import { type BackupSource, createBackup } from '../../src/server/cli/backup.ts';
import type { BackupManifest } from '../../src/server/cli/backup-manifest.ts';
import { RestoreError, type RestoreTarget, restoreBackup } from '../../src/server/cli/restore.ts';
import { testConfig } from '../../src/server/config.ts';
import { type Database, type Db, openDatabase } from '../../src/server/db/client.ts';
import { createPglite } from '../../src/server/db/pglite.ts';
import { auditEvents, cases, documentContents, documents, journalEntries, persons } from '../../src/server/db/schema/index.ts';
import { verifyAuditChain } from '../../src/server/platform/audit-chain.ts';
import { adminUrl, createTestDatabase, type TestDatabase, testDatabaseKind, withAdminClient } from '../support/database.ts';
import { minimalPdf, minimalPng } from '../support/documents.ts';
import { buildUser, createCaseAs, signInAs } from '../support/factories.ts';
import { insertJournalEntry } from '../support/casework.ts';

// Dumping, encrypting and loading a whole database, and initdb for a PGlite target: minutes on a busy machine.
const slow = 180_000;

/** Words that must never be found in the encrypted file's bytes. */
const codeName = 'Backupsdotter Klartext';
const journalText = 'Samtal om boende, anteckning som inte får synas i säkerhetskopian';
const documentMarker = 'DOKUMENTMARKOR-7731';

interface Snapshot {
  cases: { id: string; reference: string }[];
  journal: { id: string; body: string }[];
  documents: { id: string; sha256: string; fileName: string }[];
  auditEvents: number;
}

async function snapshotOf(db: Db): Promise<Snapshot> {
  const contents = await db
    .select({ id: documents.id, fileName: documents.fileName, content: documentContents.content })
    .from(documents)
    .innerJoin(documentContents, eq(documentContents.documentId, documents.id))
    .orderBy(asc(documents.id));
  return {
    cases: await db.select({ id: cases.id, reference: cases.reference }).from(cases).orderBy(asc(cases.id)),
    journal: await db.select({ id: journalEntries.id, body: journalEntries.body }).from(journalEntries).orderBy(asc(journalEntries.id)),
    documents: contents.map((d) => ({ id: d.id, fileName: d.fileName, sha256: createHash('sha256').update(d.content).digest('hex') })),
    auditEvents: (await db.select({ id: auditEvents.id }).from(auditEvents)).length,
  };
}

/** An empty database of the other kind than this run's, for a restore across kinds. */
async function emptyTargetOfOtherKind(): Promise<{ target: RestoreTarget; database: () => Promise<Database>; dispose: () => Promise<void> }> {
  if (testDatabaseKind === 'postgres') {
    const client = await createPglite();
    return { target: { kind: 'pglite', client }, database: () => openDatabase({ kind: 'pglite-instance', client }), dispose: () => client.close() };
  }
  const name = `samverka_restore_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const opened: Database[] = [];
  return {
    target: { kind: 'postgres', url: url.toString() },
    database: async () => {
      const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 2 });
      opened.push(database);
      return database;
    },
    dispose: async () => {
      for (const database of opened) await database.close();
      await withAdminClient((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

let source: TestDatabase & { url?: string };
let app: FastifyInstance;
let work: string;
let identity: string;
let backupFile: string;
let manifest: BackupManifest;
let before: Snapshot;

beforeAll(async () => {
  work = mkdtempSync(path.join(tmpdir(), 'samverka-backup-test-'));
  source = await createTestDatabase();
  app = await buildApp({ config: testConfig(), database: source.database });
  await app.ready();
  const lead = await buildUser(source.database.db, { roles: ['regional_coordinator'], regionCode: 'stockholm' });
  const cookie = await signInAs(app, lead);
  const created = [];
  for (let i = 0; i < 3; i++) created.push(await createCaseAs(app, cookie, { person: { codeName: `${codeName} ${i}`, isChild: false } }));
  for (const [i, theCase] of created.entries()) {
    await insertJournalEntry(source.database.db, theCase.id, lead, `${journalText} ${i}`);
    await insertJournalEntry(source.database.db, theCase.id, lead, `Rad ett\r\nrad två\ttab \\ bakstreck 'citat' ${i}`);
  }
  const pdf = Buffer.concat([minimalPdf(), Buffer.from(`% ${documentMarker}\n`, 'latin1')]);
  for (const [bytes, fileName] of [
    [pdf, 'beslut.pdf'],
    [minimalPng(), 'bild.png'],
  ] as const) {
    const response = await app.inject({
      method: 'POST',
      url: `/api/cases/${created[0]!.id}/documents?fileName=${fileName}`,
      headers: { cookie, 'content-type': 'application/octet-stream' },
      payload: bytes,
    });
    expect(response.statusCode, response.body).toBe(201);
  }
  before = await snapshotOf(source.database.db);
  identity = await generateX25519Identity();
  backupFile = path.join(work, 'samverka.tar.age');
  const backupSource: BackupSource =
    source.database.kind === 'pglite' ? { kind: 'pglite', client: source.pglite! } : { kind: 'postgres', url: source.url! };
  ({ manifest } = await createBackup({ source: backupSource, recipient: await identityToRecipient(identity), out: backupFile }));
}, slow);

afterAll(async () => {
  await app?.close();
  await source?.dispose();
  rmSync(work, { recursive: true, force: true });
});

describe('samverka backup', () => {
  it('counts what it dumped: every case, journal entry, document and audit event', () => {
    expect(before.cases).toHaveLength(3);
    expect(before.journal).toHaveLength(6);
    expect(before.documents).toHaveLength(2);
    expect(manifest.counts).toEqual({ cases: 3, journalEntries: 6, documents: 2, auditEvents: before.auditEvents });
    expect(manifest.database.kind).toBe(testDatabaseKind);
    expect(manifest.parts.map((p) => p.name)).toEqual(['database.sql']);
  });

  it('is audited in the database it was taken from, after the dump (counts only)', async () => {
    const [event] = await source.database.db.select().from(auditEvents).where(eq(auditEvents.action, 'backup.created'));
    expect(event!.details).toEqual({ databaseKind: testDatabaseKind, ...manifest.counts, keyFileIncluded: false });
    expect(event!.id).toBeGreaterThan(before.auditEvents);
  });

  it('writes an age file in which no plaintext can be found', () => {
    const bytes = readFileSync(backupFile);
    expect(bytes.subarray(0, 21).toString('latin1')).toBe('age-encryption.org/v1');
    for (const text of [codeName, journalText, documentMarker, 'CREATE TABLE', 'INSERT INTO', 'samverka-backup', '%PDF']) {
      expect(bytes.includes(Buffer.from(text, 'utf8')), text).toBe(false);
    }
  });

  it('refuses a recipient that is not an age public key', async () => {
    await expect(
      createBackup({ source: { kind: 'postgres', url: adminUrl() }, recipient: 'age1notakey', out: path.join(work, 'never.age') }),
    ).rejects.toThrow(/not an age public key/);
  });
});

describe('samverka restore', () => {
  it('with the wrong identity fails before the target is opened', async () => {
    let opened = false;
    const restoring = restoreBackup({
      file: backupFile,
      identity: `# another key\n${await generateX25519Identity()}\n`,
      openTarget: async () => {
        opened = true;
        throw new Error('the target must not be opened');
      },
    });
    await expect(restoring).rejects.toThrow(RestoreError);
    await expect(restoring).rejects.toThrow(/cannot decrypt/);
    expect(opened).toBe(false);
  }, slow);

  it('refuses a target that is not empty', async () => {
    const target: RestoreTarget = source.database.kind === 'pglite' ? { kind: 'pglite', client: source.pglite! } : { kind: 'postgres', url: source.url! };
    await expect(restoreBackup({ file: backupFile, identity, openTarget: async () => target })).rejects.toThrow(/not empty/);
    expect((await snapshotOf(source.database.db)).cases).toEqual(before.cases);
  }, slow);

  it(`loads into an empty ${testDatabaseKind === 'pglite' ? 'PostgreSQL' : 'PGlite'} database every case, journal entry and document, with a verifying audit chain`, async () => {
    const other = await emptyTargetOfOtherKind();
    try {
      const result = await restoreBackup({ file: backupFile, identity, openTarget: async () => other.target });
      expect(result.counts).toEqual(manifest.counts);
      expect(result.migrationsApplied).toBe(0);
      expect(result.chain).toEqual({ intact: true, events: before.auditEvents });
      const restored = await other.database();
      expect(restored.kind).not.toBe(testDatabaseKind);
      // Everything that was there, and one event more: the restore itself, chained on.
      expect(await snapshotOf(restored.db)).toEqual({ ...before, auditEvents: before.auditEvents + 1 });
      expect(await verifyAuditChain(restored.db)).toEqual({ intact: true, events: before.auditEvents + 1 });
      const [restoreEvent] = await restored.db.select().from(auditEvents).where(eq(auditEvents.action, 'backup.restored'));
      expect(restoreEvent!.details).toEqual({ fromDatabaseKind: testDatabaseKind, ...manifest.counts, migrationsApplied: 0 });
      // The dump carries the pg_trgm extension and the code-name index built on it (migration 0028).
      const fragment = '%sdotter klar%';
      const plan = await restored.db.transaction(async (tx) => {
        await tx.execute(sql`set local enable_seqscan = off`);
        return tx.execute(sql`explain select id from persons where code_name ilike ${fragment}`);
      });
      expect(JSON.stringify(plan.rows)).toContain('persons_code_name_trgm_idx');
      const found = await restored.db.select({ id: persons.id }).from(persons).where(ilike(persons.codeName, fragment));
      expect(found).toHaveLength(3);
    } finally {
      await other.dispose();
    }
  }, slow);

  it('refuses a backup whose bytes were changed', async () => {
    const damaged = path.join(work, 'damaged.tar.age');
    const bytes = readFileSync(backupFile);
    bytes[bytes.length - 100]! ^= 0x01;
    writeFileSync(damaged, bytes);
    let opened = false;
    await expect(
      restoreBackup({
        file: damaged,
        identity,
        openTarget: async () => {
          opened = true;
          throw new Error('not reached');
        },
      }),
    ).rejects.toThrow(RestoreError);
    expect(opened).toBe(false);
  }, slow);
});
