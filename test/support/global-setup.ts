import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../../src/server/db/client.ts';
import { createPglite } from '../../src/server/db/pglite.ts';
import { prepareDatabase } from '../../src/server/db/prepare.ts';
import { adminUrl, testDatabaseKind, withAdminClient } from './database.ts';
import { buildServer } from './server-process.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A file holding the data directory of a migrated PGlite database with reference data. */
    pgliteSnapshot?: string;
    /** A file holding the data directory of a PGlite database as initdb left it. */
    pgliteEmptySnapshot?: string;
    /** A migrated PostgreSQL database with reference data, copied for each test database. */
    postgresTemplate?: string;
  }
}

/**
 * Runs once per `vitest run`, before any test file: migrates one database and hands it to every
 * worker, which copies it for each test database (createTestDatabase) instead of migrating again.
 * The copy is the same database the migrations made, on both PGlite and PostgreSQL. On PGlite the
 * database as initdb left it is kept too, for createEmptyDatabase. It also compiles the server and
 * the command once, for the tests that start them as processes (test/support/server-process.ts).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // The compiled server and samverka command that test/http starts as child processes.
  buildServer();
  if (testDatabaseKind === 'pglite') {
    const folder = mkdtempSync(path.join(tmpdir(), 'samverka-test-snapshot-'));
    const save = async (name: string, dump: Blob) => {
      const file = path.join(folder, name);
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      return file;
    };
    const client = await createPglite();
    // Starting PostgreSQL zeroes its shared buffers: initdb's 128 MB took half of the second each
    // copy of this database needs to start (every test file, and every command and server the
    // tests start on a data folder). The tests' databases are a few megabytes; 16 MB holds them.
    // It applies from each copy's first start, as postgresql.auto.conf is part of the snapshot.
    await client.exec(`alter system set shared_buffers = '16MB'`);
    project.provide('pgliteEmptySnapshot', await save('empty.tar', await client.dumpDataDir('none')));
    const database = await openDatabase({ kind: 'pglite-instance', client });
    await prepareDatabase(database);
    project.provide('pgliteSnapshot', await save('migrated.tar', await client.dumpDataDir('none')));
    await client.close();
    return async () => rmSync(folder, { recursive: true, force: true });
  }

  const name = `samverka_template_${randomBytes(6).toString('hex')}`;
  await withAdminClient((c) => c.query(`create database ${name}`));
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString(), poolSize: 1 });
  try {
    await prepareDatabase(database);
  } finally {
    // A template may have no connections while it is copied.
    await database.close();
  }
  project.provide('postgresTemplate', name);
  return async () => {
    await withAdminClient((c) => c.query(`drop database if exists ${name} with (force)`));
  };
}
