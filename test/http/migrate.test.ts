import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import { migrate, migrationsFolder } from '../../src/server/db/migrate.ts';
import { prepareDatabase } from '../../src/server/db/prepare.ts';
import { verifyAuditChain } from '../../src/server/platform/audit-chain.ts';
import { createEmptyDatabase, type TestDatabase } from '../support/database.ts';

let target: TestDatabase | undefined;
const folders: string[] = [];
afterEach(async () => {
  await target?.dispose();
  target = undefined;
  for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
});

const tableNames = async (t: TestDatabase) =>
  (
    await t.database.db.execute<{ table_name: string }>(
      sql`select table_name from information_schema.tables where table_schema = 'public' order by 1`,
    )
  ).rows.map((r) => r.table_name);

/** A copy of the real migrations with one more that creates a table and then fails. */
function foldersWithBrokenMigration(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'samverka-migrations-'));
  folders.push(folder);
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { idx: number; when: number; tag: string }[] };
  const last = journal.entries.at(-1)!;
  journal.entries.push({ ...last, idx: last.idx + 1, when: last.when + 1000, tag: '9999_broken' });
  writeFileSync(journalPath, JSON.stringify(journal));
  writeFileSync(
    path.join(folder, '9999_broken.sql'),
    'CREATE TABLE "half_done" ("id" integer);\n--> statement-breakpoint\nSELECT * FROM "no_such_table";\n',
  );
  return folder;
}

describe('migrations', () => {
  it('build the schema and load reference data; a second run changes nothing', async () => {
    target = await createEmptyDatabase();
    const first = await prepareDatabase(target.database);
    expect(first.migrationsApplied).toBeGreaterThan(0);
    expect(await tableNames(target)).toEqual(expect.arrayContaining(['cases', 'users', 'audit_events', 'municipalities']));
    const regions = await target.database.db.execute<{ n: number }>(
      sql`select count(distinct c.region_code)::int as n from municipalities m join counties c on c.code = m.county_code`,
    );
    expect(regions.rows[0]!.n).toBe(7);
    expect((await prepareDatabase(target.database)).migrationsApplied).toBe(0);
  });

  it('a failing migration leaves the database as it was', async () => {
    target = await createEmptyDatabase();
    await expect(migrate(target.database.db, foldersWithBrokenMigration())).rejects.toThrow();
    // The good migrations ran in the same transaction as the bad one, so none of them stayed.
    expect(await tableNames(target)).toEqual([]);
  });

  it('a failing migration on an up-to-date database keeps the schema', async () => {
    target = await createEmptyDatabase();
    await prepareDatabase(target.database);
    const before = await tableNames(target);
    await expect(migrate(target.database.db, foldersWithBrokenMigration())).rejects.toThrow();
    expect(await tableNames(target)).toEqual(before);
    expect(before).not.toContain('half_done');
  });
});

/** A copy of the real migrations up to (not including) the first one `before` names. */
function migrationsBefore(tag: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'samverka-migrations-'));
  folders.push(folder);
  cpSync(migrationsFolder, folder, { recursive: true });
  const journalPath = path.join(folder, 'meta/_journal.json');
  const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
  journal.entries = journal.entries.slice(0, journal.entries.findIndex((e) => e.tag.startsWith(tag)));
  writeFileSync(journalPath, JSON.stringify(journal));
  return folder;
}

const auditRowsOf = async (t: TestDatabase) =>
  (
    await t.database.db.execute<{ id: string; action: string; hash: string; hash_version: number; personal_salt: string | null; details: Record<string, unknown> }>(
      sql`select id, action, hash, hash_version, personal_salt, details from audit_events order by id`,
    )
  ).rows;

/** Three events written by the migrations before the chain's version 2 (0024), one edited behind the triggers' back if asked. */
async function eventsBeforeVersion2(options: { editSecond: boolean }) {
  target = await createEmptyDatabase();
  await migrate(target.database.db, migrationsBefore('0024_'));
  for (const [action, address] of [['auth.sign_in', '203.0.113.7'], ['case.list', '203.0.113.8'], ['case.read', null]] as const) {
    await target.database.db.execute(sql`insert into audit_events (action, subject_id, client_address) values (${action}, 'x', ${address})`);
  }
  const rows = (await target.database.db.execute<{ id: string; hash: string }>(sql`select id, hash from audit_events order by id`)).rows;
  if (options.editSecond) {
    await target.database.db.execute(sql`alter table audit_events disable trigger audit_events_append_only`);
    await target.database.db.execute(sql`update audit_events set subject_id = 'y' where id = ${rows[1]!.id}`);
    await target.database.db.execute(sql`alter table audit_events enable trigger audit_events_append_only`);
  }
  return { t: target, rows };
}

describe('the audit chain migrations', () => {
  it('chains events written before the chain existed', async () => {
    target = await createEmptyDatabase();
    await migrate(target.database.db, migrationsBefore('0001_'));
    for (const action of ['auth.sign_in', 'case.list', 'case.read']) {
      await target.database.db.execute(sql`insert into audit_events (action, subject_id) values (${action}, 'x')`);
    }
    await migrate(target.database.db);
    // The three, and the upgrade to version 2 (0024) that recorded the head it found.
    expect(await verifyAuditChain(target.database.db)).toEqual({ intact: true, events: 4 });
  });

  it('moves a verifying chain to version 2 and records its old head hash', async () => {
    const { t, rows } = await eventsBeforeVersion2({ editSecond: false });
    await migrate(t.database.db);
    const after = await auditRowsOf(t);
    expect(after.map((r) => r.action)).toEqual(['auth.sign_in', 'case.list', 'case.read', 'audit.chain_upgraded']);
    expect(after.every((r) => r.hash_version === 2 && r.personal_salt !== null)).toBe(true);
    expect(after.at(-1)!.details).toEqual({ toVersion: 2, events: 3, intact: true, previousHead: rows[2]!.hash });
    expect(await verifyAuditChain(t.database.db)).toEqual({ intact: true, events: 4 });
  });

  it('leaves a chain that does not verify in version 1, so verification still names the edited event', async () => {
    const { t, rows } = await eventsBeforeVersion2({ editSecond: true });
    await migrate(t.database.db);
    const after = await auditRowsOf(t);
    expect(after.slice(0, 3).map((r) => r.hash_version)).toEqual([1, 1, 1]);
    expect(after.at(-1)!.details).toEqual({ toVersion: 2, events: 3, intact: false, brokenAtId: Number(rows[1]!.id), previousHead: rows[2]!.hash });
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ intact: false, brokenAtId: Number(rows[1]!.id), reason: 'hash_mismatch' });
    // A version 1 row hashes its client address itself: erasing it is refused.
    await expect(
      t.database.db.execute(sql`update audit_events set client_address = null, personal_erased_at = now() where id = ${rows[0]!.id}`),
    ).rejects.toThrow();
  });
});
