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

describe('the audit chain migration', () => {
  it('chains events written before it existed', async () => {
    target = await createEmptyDatabase();
    const firstOnly = mkdtempSync(path.join(tmpdir(), 'samverka-migrations-'));
    folders.push(firstOnly);
    cpSync(migrationsFolder, firstOnly, { recursive: true });
    const journalPath = path.join(firstOnly, 'meta/_journal.json');
    const journal = JSON.parse(readFileSync(journalPath, 'utf8')) as { entries: { tag: string }[] };
    journal.entries = journal.entries.filter((e) => e.tag === '0000_init');
    writeFileSync(journalPath, JSON.stringify(journal));
    await migrate(target.database.db, firstOnly);
    for (const action of ['auth.sign_in', 'case.list', 'case.read']) {
      await target.database.db.execute(sql`insert into audit_events (action, subject_id) values (${action}, 'x')`);
    }
    await migrate(target.database.db);
    expect(await verifyAuditChain(target.database.db)).toEqual({ intact: true, events: 3 });
  });
});
