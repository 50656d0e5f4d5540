import { randomUUID } from 'node:crypto';
import { createReadStream, existsSync } from 'node:fs';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import type { PGlite } from '@electric-sql/pglite';
import { Decrypter } from 'age-encryption';
import pg from 'pg';
import { type Config, loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { createPglite } from '../db/pglite.ts';
import { describeDatabase, prepareDatabase } from '../db/prepare.ts';
import { recordAudit } from '../platform/audit.ts';
import { type ChainVerdict, verifyAuditChain } from '../platform/audit-chain.ts';
import { keyFileName } from '../platform/crypto.ts';
import {
  type BackupCounts,
  type BackupManifest,
  backupManifest,
  countRecords,
  countsDiffer,
  databasePartName,
  hashFile,
  keyFilePartName,
  manifestName,
  newestKnownMigrationMillis,
  type RowQuery,
} from './backup-manifest.ts';
import { refuseOpenPgliteFolder } from './backup.ts';
import { loadIntoPglite, loadIntoPostgres } from './sql-load.ts';
import { untarInto } from './tar-archive.ts';

export class RestoreError extends Error {}

/** Where a backup goes: an empty PostgreSQL database, or an open PGlite instance with nothing in it. */
export type RestoreTarget = { kind: 'postgres'; url: string } | { kind: 'pglite'; client: PGlite };

export interface RestoreOptions {
  /** The encrypted backup. */
  file: string;
  /** The text of an age identity file: `AGE-SECRET-KEY-1…` lines, `#` comments. */
  identity: string;
  /** Opened only once the backup has been decrypted and checked, so a bad backup or key touches nothing. */
  openTarget: () => Promise<RestoreTarget>;
  /** Called before the load with the key file the archive holds, if any; may refuse by throwing. */
  beforeLoad?: (keyFileContent: string | undefined) => Promise<void>;
  onProgress?: (message: string) => void;
}

export interface RestoreResult {
  manifest: BackupManifest;
  counts: BackupCounts;
  migrationsApplied: number;
  chain: ChainVerdict;
  /** The encryption key file in the archive, if any, for the caller to place. */
  keyFileContent?: string;
}

/** The identities in an age identity file. */
export function parseIdentities(text: string): string[] {
  const identities = text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !line.startsWith('#'));
  if (!identities.length || identities.some((line) => !line.startsWith('AGE-SECRET-KEY-'))) {
    throw new RestoreError('the identity file holds no age private key (AGE-SECRET-KEY-…)');
  }
  return identities;
}

/** Decrypts and unpacks into `dir`, then checks every part against the manifest's hashes. */
async function unpack(file: string, identities: readonly string[], dir: string): Promise<BackupManifest> {
  const decrypter = new Decrypter();
  for (const identity of identities) decrypter.addIdentity(identity);
  let plain: ReadableStream<Uint8Array>;
  try {
    plain = await decrypter.decrypt(Readable.toWeb(createReadStream(file)) as ReadableStream<Uint8Array>);
  } catch (error) {
    throw new RestoreError(`cannot decrypt ${file} with this identity (${error instanceof Error ? error.message : 'unknown error'})`);
  }
  let names: string[];
  try {
    names = await untarInto(Readable.fromWeb(plain as NodeReadableStream<Uint8Array>), dir);
  } catch (error) {
    throw new RestoreError(`the backup is damaged or incomplete: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (names[0] !== manifestName) throw new RestoreError('the archive does not start with a manifest: not a Samverka backup');
  const parsed = backupManifest.safeParse(JSON.parse(await readFile(path.join(dir, manifestName), 'utf8')));
  if (!parsed.success) throw new RestoreError('the manifest is not one this version of Samverka reads');
  const manifest = parsed.data;
  const expected = [manifestName, ...manifest.parts.map((p) => p.name)].sort();
  if (JSON.stringify([...names].sort()) !== JSON.stringify(expected)) throw new RestoreError('the archive holds other files than its manifest lists');
  for (const part of manifest.parts) {
    const found = await hashFile(path.join(dir, part.name));
    if (found.sha256 !== part.sha256 || found.bytes !== part.bytes) throw new RestoreError(`${part.name} does not match its hash in the manifest`);
  }
  if (!manifest.parts.some((p) => p.name === databasePartName)) throw new RestoreError('the backup holds no database dump');
  if (manifest.database.lastMigrationMillis > newestKnownMigrationMillis()) {
    throw new RestoreError('the backup comes from a newer version of Samverka than this one: restore it with that version or a later one');
  }
  return manifest;
}

const userRelations = `
  select count(*)::int as n from pg_catalog.pg_class c join pg_catalog.pg_namespace s on s.oid = c.relnamespace
  where s.nspname not in ('pg_catalog', 'information_schema', 'pg_toast') and s.nspname not like 'pg\\_temp%' and s.nspname not like 'pg\\_toast\\_temp%'`;
const extraSchemas = `
  select count(*)::int as n from pg_catalog.pg_namespace
  where nspname not in ('pg_catalog', 'information_schema', 'pg_toast', 'public') and nspname not like 'pg\\_temp%' and nspname not like 'pg\\_toast\\_temp%'`;

async function isEmpty(query: RowQuery): Promise<boolean> {
  const relations = Number((await query(userRelations)).rows[0]?.n);
  const schemas = Number((await query(extraSchemas)).rows[0]?.n);
  return relations === 0 && schemas === 0;
}

async function withPgClient<T>(url: string, fn: (query: RowQuery) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn((text) => client.query(text));
  } finally {
    await client.end();
  }
}

/**
 * Restores a backup into an empty database. Everything that can fail without touching the target
 * is done first: decrypting (a wrong identity stops here), the hashes, the schema level, the
 * target's emptiness. The load is one transaction, so a failure leaves the target empty. Then the
 * migrations run as on every start, and the counts and the audit chain are checked.
 */
export async function restoreBackup(options: RestoreOptions): Promise<RestoreResult> {
  const identities = parseIdentities(options.identity);
  const work = await mkdtemp(path.join(tmpdir(), 'samverka-restore-'));
  try {
    options.onProgress?.('Decrypting and checking the backup…');
    const manifest = await unpack(options.file, identities, work);
    const keyFileContent = manifest.encryptionKeyFile === 'included' ? await readFile(path.join(work, keyFilePartName), 'utf8') : undefined;
    await options.beforeLoad?.(keyFileContent);
    const target = await options.openTarget();
    const query: RowQuery = (text) => (target.kind === 'pglite' ? target.client.query<Record<string, unknown>>(text) : withPgClient(target.url, (q) => q(text)));
    if (!(await isEmpty(query))) {
      throw new RestoreError('the target database is not empty: a backup is restored only into a new, empty database');
    }
    options.onProgress?.('Loading the database…');
    const sqlFile = path.join(work, databasePartName);
    if (target.kind === 'postgres') await loadIntoPostgres(target.url, sqlFile);
    else await loadIntoPglite(target.client, sqlFile);
    options.onProgress?.('Checking the schema, the counts and the audit chain…');
    const database = await openDatabase(target.kind === 'postgres' ? { kind: 'postgres', url: target.url, poolSize: 2 } : { kind: 'pglite-instance', client: target.client });
    try {
      const { migrationsApplied } = await prepareDatabase(database);
      const counts = await countRecords(query);
      const differences = countsDiffer(manifest.counts, counts);
      if (differences.length) throw new RestoreError(`the restored database differs from the backup: ${differences.join('; ')}`);
      const chain = await verifyAuditChain(database.db);
      await recordAudit(
        database.db,
        { actor: null, requestId: `cli-${randomUUID()}`, clientAddress: 'cli' },
        { action: 'backup.restored', details: { fromDatabaseKind: manifest.database.kind, ...counts, migrationsApplied } },
      );
      return { manifest, counts, migrationsApplied, chain, keyFileContent };
    } finally {
      // The PGlite instance is the caller's; only a pool opened here is closed.
      if (target.kind === 'postgres') await database.close();
    }
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/**
 * Puts the backup's encryption key file into the data folder when the keys are read from there:
 * written when there is none, accepted when it is the same, refused when another key is there.
 */
async function checkKeyFile(config: Config, content: string | undefined): Promise<void> {
  const file = path.join(config.dataDir, keyFileName);
  if (!content || config.encryptionKey || !existsSync(file)) return;
  if ((await readFile(file, 'utf8')).trim() !== content.trim()) {
    throw new RestoreError(`${file} holds other keys than the backup: move it away (nothing was restored)`);
  }
}

async function placeKeyFile(config: Config, content: string | undefined): Promise<string> {
  if (!content) return 'The backup holds no encryption key file: give the restored server the SAMVERKA_ENCRYPTION_KEY of the one backed up.';
  if (config.encryptionKey) return 'The backup holds the encryption key file; SAMVERKA_ENCRYPTION_KEY is set here, so it was not written: the keys there must include it.';
  const file = path.join(config.dataDir, keyFileName);
  if (existsSync(file)) return `The encryption key file ${file} already holds the backup's keys.`;
  await mkdir(config.dataDir, { recursive: true, mode: 0o700 });
  await writeFile(file, content, { mode: 0o600, flag: 'wx' });
  await chmod(file, 0o600);
  return `Wrote the backup's encryption key file to ${file} (mode 0600).`;
}

function parseRestoreArgs(args: readonly string[]): { file: string; identityFile: string } | undefined {
  let file: string | undefined;
  let identityFile: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === '--identity' || arg === '-i') identityFile = args[++i];
    else if (!arg.startsWith('-') && !file) file = arg;
    else return undefined;
  }
  return file && identityFile ? { file, identityFile } : undefined;
}

/** `samverka restore FILE --identity KEYFILE`: into the database the configuration names, which must be empty. */
export async function runRestore(args: readonly string[]): Promise<number> {
  const parsed = parseRestoreArgs(args);
  if (!parsed) {
    process.stderr.write('Usage: samverka restore FILE --identity AGE_IDENTITY_FILE\n');
    return 1;
  }
  const config = loadConfig();
  const identity = await readFile(parsed.identityFile, 'utf8');
  let client: PGlite | undefined;
  const openTarget = async (): Promise<RestoreTarget> => {
    if (config.databaseUrl) return { kind: 'postgres', url: config.databaseUrl };
    const dir = path.join(config.dataDir, 'pglite');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    refuseOpenPgliteFolder(dir);
    client = await createPglite(dir);
    return { kind: 'pglite', client };
  };
  try {
    const result = await restoreBackup({
      file: path.resolve(parsed.file),
      identity,
      openTarget,
      beforeLoad: (keyFileContent) => checkKeyFile(config, keyFileContent),
      onProgress: (m) => process.stderr.write(`${m}\n`),
    });
    const c = result.counts;
    const lines = [
      `Restored into ${describeDatabase(config)} a backup of ${result.manifest.database.kind} taken ${result.manifest.createdAt}:`,
      `  ${c.cases} cases, ${c.journalEntries} journal entries, ${c.documents} documents, ${c.auditEvents} audit events (as in the manifest);`,
      `  ${result.migrationsApplied} newer migration(s) applied.`,
      result.chain.intact ? `  Audit chain intact: ${result.chain.events} events verified.` : `  Audit chain BROKEN at event ${result.chain.brokenAtId}.`,
      await placeKeyFile(config, result.keyFileContent),
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return result.chain.intact ? 0 : 2;
  } finally {
    await client?.close();
  }
}
