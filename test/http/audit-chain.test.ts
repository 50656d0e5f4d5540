import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../src/server/db/client.ts';
import { auditEvents } from '../../src/server/db/schema/index.ts';
import { openConfiguredDatabase } from '../../src/server/db/prepare.ts';
import { testConfig } from '../../src/server/config.ts';
import { recordAudit } from '../../src/server/platform/audit.ts';
import { verifyAuditChain } from '../../src/server/platform/audit-chain.ts';
import type { RequestContext } from '../../src/server/platform/request-context.ts';
import { startTestApp, type TestApp } from '../support/app.ts';
import { createConfiguredDatabase } from '../support/database.ts';
import { compiledCli, repoRoot } from '../support/server-process.ts';

// These start the command or the server as a child process: a busy machine may take minutes, and
// a timeout is not what they test.
const commandTimeout = 180_000;

const ctx: RequestContext = { actor: null, requestId: 'test', clientAddress: '127.0.0.1' };
const run = promisify(execFile);

/** Changes the audit table the way someone with database access could, behind the triggers' back. */
async function tamper(db: Db, statement: ReturnType<typeof sql>) {
  await db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
  await db.execute(sql`alter table audit_events disable trigger audit_events_erase_only`);
  try {
    await db.execute(statement);
  } finally {
    await db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
    await db.execute(sql`alter table audit_events enable trigger audit_events_erase_only`);
  }
}

async function writeEvents(db: Db, count: number) {
  for (let i = 0; i < count; i++) {
    await recordAudit(db, ctx, { action: 'case.list', details: { caseIds: [], total: 0, page: i + 1 } });
  }
}

describe('the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('chains every event to the one before', async () => {
    await writeEvents(t.db, 5);
    const rows = await t.db.select().from(auditEvents).orderBy(auditEvents.id);
    expect(rows[0]!.prevHash).toBe('');
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    expect(await verifyAuditChain(t.db)).toEqual({ intact: true, events: rows.length });
  });

  it.each([
    ['UPDATE', sql`update audit_events set action = 'case.read'`],
    ['DELETE', sql`delete from audit_events`],
    ['TRUNCATE', sql`truncate audit_events`],
  ])('refuses %s', async (_name, statement) => {
    const before = await t.db.$count(auditEvents);
    await expect(t.db.execute(statement)).rejects.toThrow();
    expect(await t.db.$count(auditEvents)).toBe(before);
  });

  it('stays one chain when many write at once', async () => {
    await Promise.all(Array.from({ length: 25 }, (_, i) => recordAudit(t.db, ctx, { action: 'case.list', details: { caseIds: [], total: 0, page: i + 1 } })));
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: true });
  });
});

describe('verification finds tampering', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('names an edited event', async () => {
    await writeEvents(t.db, 6);
    const [, , third] = await t.db.select().from(auditEvents).orderBy(auditEvents.id);
    await tamper(t.db, sql`update audit_events set details = '{"page": 99}' where id = ${third!.id}`);
    expect(await verifyAuditChain(t.db)).toMatchObject({ intact: false, brokenAtId: third!.id, reason: 'hash_mismatch' });
  });

  it('names the event after a deleted one', async () => {
    const fresh = await startTestApp();
    try {
      await writeEvents(fresh.db, 6);
      const rows = await fresh.db.select().from(auditEvents).orderBy(auditEvents.id);
      await tamper(fresh.db, sql`delete from audit_events where id = ${rows[3]!.id}`);
      expect(await verifyAuditChain(fresh.db)).toMatchObject({
        intact: false,
        brokenAtId: rows[4]!.id,
        reason: 'previous_hash_mismatch',
      });
    } finally {
      await fresh.close();
    }
  });
});

describe('samverka audit verify', { timeout: commandTimeout }, () => {
  it('says the chain is intact, then names the first broken event after an edit', async () => {
    const dataDir = mkdtempSync(path.join(tmpdir(), 'samverka-audit-'));
    const { databaseUrl, dispose } = await createConfiguredDatabase(dataDir);
    const env: NodeJS.ProcessEnv = { ...process.env, SAMVERKA_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    delete env.DATABASE_URL;
    if (databaseUrl) env.DATABASE_URL = databaseUrl;
    const config = testConfig({ dataDir, databaseUrl });
    try {
      let database = await openConfiguredDatabase(config);
      await writeEvents(database.db, 4);
      const ids = (await database.db.select({ id: auditEvents.id }).from(auditEvents).orderBy(auditEvents.id)).map((r) => r.id);
      await database.close();

      const intact = await run(process.execPath, [compiledCli, 'audit', 'verify'], { env, cwd: repoRoot });
      expect(intact.stdout).toContain('Audit chain intact: 4 events verified.');

      database = await openConfiguredDatabase(config);
      await tamper(database.db, sql`update audit_events set actor_user_id = null, client_address = '10.0.0.1' where id = ${ids[1]!}`);
      await database.close();
      await expect(run(process.execPath, [compiledCli, 'audit', 'verify'], { env, cwd: repoRoot })).rejects.toMatchObject({
        code: 2,
        stdout: expect.stringContaining(`BROKEN at event ${ids[1]}`),
      });
    } finally {
      await dispose();
      rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
