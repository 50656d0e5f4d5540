import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { inject } from 'vitest';
import { type Database, openDatabase } from '../../src/server/db/client.ts';
import { createPglite } from '../../src/server/db/pglite.ts';
import { prepareDatabase } from '../../src/server/db/prepare.ts';

/** 'postgres' runs the HTTP tests on a real server (npm run test:pg); the default is PGlite. */
export const testDatabaseKind = process.env.SAMVERKA_TEST_DB === 'postgres' ? 'postgres' : 'pglite';

export function adminUrl(): string {
  return process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
}

export interface TestDatabase {
  database: Database;
  /** The PGlite instance behind `database`, on PGlite (for tools that need it, like its pg_dump). */
  pglite?: PGlite;
  /** Closes the connection and, on PostgreSQL, drops the database. */
  dispose: () => Promise<void>;
}

let migratedSnapshot: Promise<Blob> | undefined;

/**
 * A migrated PGlite data directory with reference data, copied for each test database: made once
 * per run by global-setup.ts and read once per worker, or made here when no global setup ran.
 */
function pgliteSnapshot(): Promise<Blob> {
  migratedSnapshot ??= (async () => {
    const file = inject('pgliteSnapshot');
    if (file) return new Blob([await readFile(file)]);
    const client = await createPglite();
    const database = await openDatabase({ kind: 'pglite-instance', client });
    await prepareDatabase(database);
    const dump = await client.dumpDataDir('none');
    await client.close();
    return dump;
  })();
  return migratedSnapshot;
}

/** A fresh, migrated database with reference data and nothing else, of the kind this run tests. */
export async function createTestDatabase(): Promise<TestDatabase & { url?: string }> {
  if (testDatabaseKind === 'pglite') {
    const client = await createPglite({ loadDataDir: await pgliteSnapshot() });
    const database = await openDatabase({ kind: 'pglite-instance', client });
    return { database, pglite: client, dispose: () => database.close() };
  }
  // A copy of the database global-setup.ts migrated; without it, migrate this one.
  const template = inject('postgresTemplate');
  const created = await createEmptyDatabase(template);
  if (!template) await prepareDatabase(created.database);
  return created;
}

let emptySnapshot: Promise<Blob | undefined> | undefined;

/** A PGlite data directory as initdb left it, made once per run by global-setup.ts, if it ran. */
function pgliteEmptySnapshot(): Promise<Blob | undefined> {
  emptySnapshot ??= (async () => {
    const file = inject('pgliteEmptySnapshot');
    return file ? new Blob([await readFile(file)]) : undefined;
  })();
  return emptySnapshot;
}

/** A database with nothing in it, not even the schema (on PostgreSQL: or a copy of `template`). */
export async function createEmptyDatabase(template?: string): Promise<TestDatabase & { url?: string }> {
  if (testDatabaseKind === 'pglite') {
    const empty = await pgliteEmptySnapshot();
    const database = await openDatabase({ kind: 'pglite-instance', client: await createPglite(empty ? { loadDataDir: empty } : {}) });
    return { database, dispose: () => database.close() };
  }
  const name = `samverka_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(template ? `create database ${name} template ${template}` : `create database ${name}`));
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

/**
 * A database where the server and the samverka command look for it, migrated with reference data
 * or (`migrated: false`) as initdb left it: on PGlite the data folder itself, copied from a
 * snapshot so no initdb runs; on PostgreSQL a fresh database whose URL goes in DATABASE_URL.
 * Closed; the caller or the process it starts opens it.
 */
export async function createConfiguredDatabase(
  dataDir: string,
  { migrated = true } = {},
): Promise<{ databaseUrl: string | undefined; dispose: () => Promise<void> }> {
  if (testDatabaseKind === 'pglite') {
    const snapshot = migrated ? await pgliteSnapshot() : await pgliteEmptySnapshot();
    // Where openConfiguredDatabase looks (db/client.ts).
    const folder = path.join(dataDir, 'pglite');
    mkdirSync(folder, { recursive: true, mode: 0o700 });
    const client = await createPglite({ dataDir: folder, ...(snapshot ? { loadDataDir: snapshot } : {}) });
    await client.close();
    return { databaseUrl: undefined, dispose: async () => undefined };
  }
  const created = migrated ? await createTestDatabase() : await createEmptyDatabase();
  await created.database.close();
  return {
    databaseUrl: created.url,
    dispose: async () => {
      await withAdminClient((c) => c.query(`drop database if exists ${new URL(created.url!).pathname.slice(1)} with (force)`));
    },
  };
}
