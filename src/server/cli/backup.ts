import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import type { PGlite } from '@electric-sql/pglite';
import { pgDump } from '@electric-sql/pglite-tools/pg_dump';
import { Encrypter } from 'age-encryption';
import pg from 'pg';
import { type Config, loadConfig } from '../config.ts';
import { openDatabase } from '../db/client.ts';
import { createPglite } from '../db/pglite.ts';
import { recordAudit } from '../platform/audit.ts';
import { keyFileName } from '../platform/crypto.ts';
import {
  type BackupManifest,
  countRecords,
  databasePartName,
  hashFile,
  keyFilePartName,
  manifestName,
  migrationLevel,
  type RowQuery,
} from './backup-manifest.ts';
import { type ArchiveEntry, tarStream, writeStreamToFile } from './tar-archive.ts';

export class BackupError extends Error {}

/** Where the dump is taken from: a PostgreSQL URL, or the one open PGlite instance. */
export type BackupSource = { kind: 'postgres'; url: string } | { kind: 'pglite'; client: PGlite };

export interface BackupOptions {
  source: BackupSource;
  /** The age public key (age1…) the backup is encrypted to. */
  recipient: string;
  /** The file to write; it must not exist yet. */
  out: string;
  /** The data folder's key file, put in the archive when the keys come from it. */
  keyFile?: string;
  onProgress?: (message: string) => void;
}

/** A connection string without its password, and the password apart, for libpq's tools. */
export function libpqTarget(url: string): { url: string; env: NodeJS.ProcessEnv } {
  const parsed = new URL(url);
  const password = decodeURIComponent(parsed.password);
  parsed.password = '';
  return { url: parsed.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

/** Runs a command, failing with its standard error when it fails. */
export function runTool(command: string, args: string[], env: NodeJS.ProcessEnv, stdin?: Readable): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: [stdin ? 'pipe' : 'ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      if (stderr.length < 20_000) stderr += chunk.toString('utf8');
    });
    child.on('error', (error) => reject(new BackupError(`${command} could not be started: ${error.message}`)));
    child.on('close', (code) => (code === 0 ? resolve() : reject(new BackupError(`${command} failed (exit ${code}):\n${stderr.trim()}`))));
    if (stdin) {
      stdin.on('error', (error) => {
        child.kill();
        reject(error);
      });
      child.stdin!.on('error', () => undefined); // a failing psql closes its input: the exit code says why
      stdin.pipe(child.stdin!);
    }
  });
}

interface DumpFacts {
  serverVersion: string;
  counts: BackupManifest['counts'];
  level: { migrationsApplied: number; lastMigrationMillis: number };
}

async function factsOf(query: RowQuery): Promise<DumpFacts> {
  const { rows } = await query("select current_setting('server_version') as v");
  const version = rows[0]?.v;
  return { serverVersion: typeof version === 'string' ? version : '', counts: await countRecords(query), level: await migrationLevel(query) };
}

/**
 * pg_dump inside an exported snapshot: a transaction holds the snapshot open while pg_dump reads
 * it, so the counts in the manifest are those of the very data dumped.
 */
async function dumpPostgres(url: string, file: string): Promise<DumpFacts> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('begin isolation level repeatable read read only');
    const { rows } = await client.query<{ id: string }>('select pg_export_snapshot() as id');
    const facts = await factsOf((text) => client.query(text));
    const target = libpqTarget(url);
    await runTool('pg_dump', ['--no-owner', '--no-privileges', `--snapshot=${rows[0]!.id}`, `--file=${file}`, `--dbname=${target.url}`], target.env);
    await client.query('commit');
    return facts;
  } finally {
    await client.end();
  }
}

/**
 * PGlite has one connection and this process alone opens its folder: what is counted and then
 * dumped is the same data, since nothing else can write in between.
 */
async function dumpPglite(client: PGlite, file: string): Promise<DumpFacts> {
  const facts = await factsOf((text) => client.query<Record<string, unknown>>(text));
  const searchPath = (await client.query<{ search_path: string }>('show search_path')).rows[0]!.search_path;
  const dump = await pgDump({ pg: client, args: ['--no-owner', '--no-privileges'] });
  // Its pg_dump runs in the instance's one session and leaves its read-only transaction open and
  // the search path empty: end both, so the session can write (the audit event) again.
  if (client.isInTransaction()) await client.exec('rollback');
  await client.exec('reset all');
  await client.query("select set_config('search_path', $1, false)", [searchPath]);
  await writeFile(file, Buffer.from(await dump.arrayBuffer()), { mode: 0o600, flag: 'wx' });
  return facts;
}

/**
 * Writes an encrypted backup: a tar of the manifest, the SQL dump (which holds the documents) and,
 * when the keys come from it, the data folder's encryption key file, encrypted as a whole with
 * age to the recipient. Nothing that decrypts it is needed or kept here. The plain dump exists
 * only in a private temporary folder (mode 0700) that is removed at the end.
 */
export async function createBackup(options: BackupOptions): Promise<{ file: string; manifest: BackupManifest }> {
  const encrypter = new Encrypter();
  try {
    encrypter.addRecipient(options.recipient);
  } catch {
    throw new BackupError('SAMVERKA_BACKUP_RECIPIENT is not an age public key (age1…)');
  }
  if (existsSync(options.out)) throw new BackupError(`${options.out} exists already; choose another file`);
  const work = await mkdtemp(path.join(tmpdir(), 'samverka-backup-'));
  const partial = `${options.out}.partial`;
  try {
    const sqlFile = path.join(work, databasePartName);
    options.onProgress?.('Dumping the database…');
    const facts = options.source.kind === 'postgres' ? await dumpPostgres(options.source.url, sqlFile) : await dumpPglite(options.source.client, sqlFile);
    const entries: ArchiveEntry[] = [{ name: databasePartName, file: sqlFile }];
    if (options.keyFile) entries.push({ name: keyFilePartName, file: options.keyFile });
    const parts = [];
    for (const entry of entries) parts.push({ name: entry.name, ...(await hashFile(entry.file)) });
    const manifest: BackupManifest = {
      format: 'samverka-backup',
      version: 1,
      createdAt: new Date().toISOString(),
      database: { kind: options.source.kind, serverVersion: facts.serverVersion, ...facts.level },
      counts: facts.counts,
      documentStorage: 'database',
      encryptionKeyFile: options.keyFile ? 'included' : 'not_included',
      parts,
    };
    const manifestFile = path.join(work, manifestName);
    await writeFile(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`, { mode: 0o600 });
    options.onProgress?.('Encrypting…');
    const plain = Readable.toWeb(Readable.from(tarStream([{ name: manifestName, file: manifestFile }, ...entries]))) as ReadableStream<Uint8Array>;
    await writeStreamToFile(await encrypter.encrypt(plain), partial);
    await rename(partial, options.out);
    await recordBackup(options.source, manifest);
    return { file: options.out, manifest };
  } finally {
    await rm(partial, { force: true });
    await rm(work, { recursive: true, force: true });
  }
}

/** The backup in the audit log of the database it was taken from: what it holds, counts only. */
async function recordBackup(source: BackupSource, manifest: BackupManifest): Promise<void> {
  const database = await openDatabase(source.kind === 'postgres' ? { kind: 'postgres', url: source.url, poolSize: 1 } : { kind: 'pglite-instance', client: source.client });
  try {
    await recordAudit(
      database.db,
      { actor: null, requestId: `cli-${randomUUID()}`, clientAddress: 'cli' },
      { action: 'backup.created', details: { databaseKind: source.kind, ...manifest.counts, keyFileIncluded: manifest.encryptionKeyFile === 'included' } },
    );
  } finally {
    // The PGlite instance is the caller's to close.
    if (source.kind === 'postgres') await database.close();
  }
}

function defaultBackupName(now = new Date()): string {
  return `samverka-backup-${now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z')}.tar.age`;
}

/**
 * Refuses a PGlite folder another process has open: PGlite is one process's database, and a second
 * one opening it could damage it. Its postmaster.pid exists while it is open (with a made-up pid,
 * so a file left by a crash cannot be told from a live one).
 */
export function refuseOpenPgliteFolder(dir: string): void {
  if (existsSync(path.join(dir, 'postmaster.pid'))) {
    throw new BackupError(
      `The embedded database in ${dir} is open: stop the Samverka server first. If none runs, a crash left ${path.join(dir, 'postmaster.pid')}: remove it and try again.`,
    );
  }
}

/** The data folder's PGlite database, refused when there is none (a backup must not create one). */
async function openPgliteForBackup(config: Config): Promise<PGlite> {
  const dir = path.join(config.dataDir, 'pglite');
  if (!existsSync(dir) || (await readdir(dir)).length === 0) throw new BackupError(`No embedded database in ${dir}`);
  refuseOpenPgliteFolder(dir);
  return createPglite(dir);
}

/** `samverka backup [--out FILE]`. */
export async function runBackup(args: readonly string[]): Promise<number> {
  const outIndex = args.indexOf('--out');
  const unknown = args.filter((a, i) => a !== '--out' && i !== outIndex + 1);
  if ((outIndex >= 0 && !args[outIndex + 1]) || unknown.length || (outIndex < 0 && args.length)) {
    process.stderr.write('Usage: samverka backup [--out FILE]\n');
    return 1;
  }
  const config = loadConfig();
  if (!config.backupRecipient) {
    process.stderr.write(
      'samverka backup: SAMVERKA_BACKUP_RECIPIENT is not set. Make a key pair where the backups are read (age-keygen),\n' +
        'keep the private key there, and set SAMVERKA_BACKUP_RECIPIENT to its public key (age1…).\n',
    );
    return 1;
  }
  const out = path.resolve(outIndex >= 0 ? args[outIndex + 1]! : defaultBackupName());
  const keyFile = config.encryptionKey ? undefined : path.join(config.dataDir, keyFileName);
  const client = config.databaseUrl ? undefined : await openPgliteForBackup(config);
  try {
    const source: BackupSource = client ? { kind: 'pglite', client } : { kind: 'postgres', url: config.databaseUrl! };
    const { manifest } = await createBackup({
      source,
      recipient: config.backupRecipient,
      out,
      keyFile: keyFile && existsSync(keyFile) ? keyFile : undefined,
      onProgress: (message) => process.stderr.write(`${message}\n`),
    });
    const c = manifest.counts;
    process.stdout.write(
      `Backup written to ${out} (encrypted to ${config.backupRecipient.slice(0, 12)}…): ${c.cases} cases, ${c.journalEntries} journal entries, ` +
        `${c.documents} documents, ${c.auditEvents} audit events; encryption key file ${manifest.encryptionKeyFile.replace('_', ' ')}.\n`,
    );
    return 0;
  } finally {
    await client?.close();
  }
}
