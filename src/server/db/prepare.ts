import type { Config } from '../config.ts';
import { type Database, openDatabase } from './client.ts';
import { migrate } from './migrate.ts';
import { seedReferenceData } from './reference-data.ts';

/** Opens the database the configuration names: PostgreSQL with DATABASE_URL, else PGlite in the data folder. */
export function openConfiguredDatabase(config: Config): Promise<Database> {
  return config.databaseUrl
    ? openDatabase({ kind: 'postgres', url: config.databaseUrl })
    : openDatabase({ kind: 'pglite', dataDir: config.dataDir });
}

/** Brings the schema up to date and the reference data in; safe to run on every start. */
export async function prepareDatabase(database: Database): Promise<{ migrationsApplied: number }> {
  const migrationsApplied = await migrate(database.db);
  await seedReferenceData(database.db);
  return { migrationsApplied };
}

/** Where the data lives, for messages; never includes a password from the URL. */
export function describeDatabase(config: Config): string {
  if (!config.databaseUrl) return `embedded PGlite in ${config.dataDir}`;
  const url = new URL(config.databaseUrl);
  return `PostgreSQL ${url.hostname}:${url.port || 5432}${url.pathname}`;
}
