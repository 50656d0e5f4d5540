import { randomBytes } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { prepareDatabase } from '../../src/server/db/prepare.ts';

/** 'postgres' runs the HTTP tests on a real server (npm run test:pg); the default is PGlite. */
export const testDatabaseKind = process.env.SAMVERKA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export interface TestDatabase {
  database: Database;
  /** Closes the connection and, on PostgreSQL, drops the database. */
  dispose: () => Promise<void>;
}

let migratedSnapshot: Promise<Blob> | undefined;

/** A migrated PGlite data directory, made once per worker and copied for each test database. */
function pgliteSnapshot(): Promise<Blob> {
  migratedSnapshot ??= (async () => {
    const client = await PGlite.create();
    const database = await openDatabase({ kind: 'pglite-instance', client });
    await prepareDatabase(database);
    const dump = await client.dumpDataDir('none');
    await client.close();
    return dump;
  })();
  return migratedSnapshot;
}

/** A fresh, migrated database with reference data and nothing else, of the kind this run tests. */
export async function createTestDatabase(): Promise<TestDatabase> {
  if (testDatabaseKind === 'pglite') {
    const client = await PGlite.create({ loadDataDir: await pgliteSnapshot() });
    const database = await openDatabase({ kind: 'pglite-instance', client });
    return { database, dispose: () => database.close() };
  }
  const created = await createEmptyDatabase();
  await prepareDatabase(created.database);
  return created;
}

/** A database with nothing in it, not even the schema. */
export async function createEmptyDatabase(): Promise<TestDatabase & { url?: string }> {
  if (testDatabaseKind === 'pglite') {
    const database = await openDatabase({ kind: 'pglite-instance', client: await PGlite.create() });
    return { database, dispose: () => database.close() };
  }
  const name = `samverka_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 5 });
  return {
    database,
    url: url.toString(),
    dispose: async () => {
      await database.close();
      await withAdminClient((c) => c.query(`drop database if exists ${name} with (force)`));
    },
  };
}

export async function withAdminClient<T>(fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}
