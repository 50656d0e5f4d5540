import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { z } from 'zod';
import { migrationsFolder } from '../db/migrate.ts';

/**
 * What a backup holds, written as manifest.json first in its archive. Documents are not files
 * beside the database: their bytes are rows of document_contents, so the database dump carries
 * them, in the same snapshot as the rows that name them.
 */
export const backupManifest = z.strictObject({
  format: z.literal('samverka-backup'),
  version: z.literal(1),
  createdAt: z.string(),
  database: z.strictObject({
    kind: z.enum(['pglite', 'postgres']),
    /** The server the dump was taken from (PGlite reports its PostgreSQL version). */
    serverVersion: z.string(),
    /** Rows of drizzle.__drizzle_migrations, and the newest one's timestamp (its folder's millis). */
    migrationsApplied: z.number().int().min(0),
    lastMigrationMillis: z.number().int(),
  }),
  counts: z.strictObject({
    cases: z.number().int().min(0),
    journalEntries: z.number().int().min(0),
    documents: z.number().int().min(0),
    auditEvents: z.number().int().min(0),
  }),
  documentStorage: z.literal('database'),
  /** Whether the data folder's encryption key file is in the archive (else the keys come from SAMVERKA_ENCRYPTION_KEY). */
  encryptionKeyFile: z.enum(['included', 'not_included']),
  parts: z.array(z.strictObject({ name: z.string(), bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) })),
});
export type BackupManifest = z.infer<typeof backupManifest>;
export type BackupCounts = BackupManifest['counts'];

export const manifestName = 'manifest.json';
export const databasePartName = 'database.sql';
export const keyFilePartName = 'encryption.key';

/** Runs one SQL statement and answers its rows (pg.Client#query or PGlite#query alike). */
export type RowQuery = (text: string) => Promise<{ rows: Record<string, unknown>[] }>;

const countQueries: Record<keyof BackupCounts, string> = {
  cases: 'select count(*)::int as n from public.cases',
  journalEntries: 'select count(*)::int as n from public.journal_entries',
  documents: 'select count(*)::int as n from public.documents',
  auditEvents: 'select count(*)::int as n from public.audit_events',
};

/** The counts a restore must find again. */
export async function countRecords(query: RowQuery): Promise<BackupCounts> {
  const counts = {} as BackupCounts;
  for (const [key, text] of Object.entries(countQueries) as [keyof BackupCounts, string][]) {
    counts[key] = Number((await query(text)).rows[0]?.n ?? 0);
  }
  return counts;
}

/** The schema level of the database: how many migrations it has and the newest one's timestamp. */
export async function migrationLevel(query: RowQuery): Promise<{ migrationsApplied: number; lastMigrationMillis: number }> {
  const { rows } = await query('select count(*)::int as n, coalesce(max(created_at), -1)::text as last from drizzle.__drizzle_migrations');
  return { migrationsApplied: Number(rows[0]?.n ?? 0), lastMigrationMillis: Number(rows[0]?.last ?? -1) };
}

/** The newest migration this version of Samverka knows. */
export function newestKnownMigrationMillis(): number {
  return Math.max(-1, ...readMigrationFiles({ migrationsFolder }).map((m) => m.folderMillis));
}

/** The SHA-256 and size of a file, read as a stream. */
export async function hashFile(file: string): Promise<{ bytes: number; sha256: string }> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(file)) {
    hash.update(chunk as Buffer);
    bytes += (chunk as Buffer).length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** Refuses a backup with different counts than the manifest's. */
export function countsDiffer(expected: BackupCounts, found: BackupCounts): string[] {
  return (Object.keys(expected) as (keyof BackupCounts)[])
    .filter((key) => expected[key] !== found[key])
    .map((key) => `${key}: ${found[key]} restored, ${expected[key]} in the backup`);
}
