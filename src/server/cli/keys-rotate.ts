import { randomUUID } from 'node:crypto';
import { type SQL, and, asc, eq, gt, or, sql } from 'drizzle-orm';
import type { PgColumn, PgTable } from 'drizzle-orm/pg-core';
import { loadConfig, type Config } from '../config.ts';
import type { Db, Tx } from '../db/client.ts';
import { describeDatabase, openConfiguredDatabase, prepareDatabase } from '../db/prepare.ts';
import { organisations, personIdentities, users } from '../db/schema/index.ts';
import { reencrypt, reencryptIdentity } from '../modules/persons/identity-codec.ts';
import { recordAudit } from '../platform/audit.ts';
import { Keyring } from '../platform/crypto.ts';

/** How many rows one transaction re-encrypts. */
const defaultBatchSize = 200;

export interface RotationCounts {
  personIdentities: number;
  organisationSecrets: number;
  totpSecrets: number;
  /** Rows with a value whose key is not in the ring, left as they are. */
  unreadable: number;
}

export interface RotationResult {
  /** The key every value is now encrypted under. */
  keyId: string;
  /** The key file written with the new key first; undefined when the keys come from SAMVERKA_ENCRYPTION_KEY. */
  keyFile?: string;
  counts: RotationCounts;
  /** Persons whose duplicate-matching hashes were computed again under the new key. */
  matchKeyPersons: number;
}

import { recomputeMatchKeys } from './duplicates-reindex.ts';
import { addKeyToFile, requireKeyFile } from './key-file.ts';

export { RotationError, addKeyToFile, nextKeyId } from './key-file.ts';

/** A value encrypted under another key than the current one. */
function underOtherKey(column: PgColumn, keyId: string): SQL {
  return sql`(${column} is not null and split_part(${column}, '.', 2) <> ${keyId})`;
}

/**
 * Walks the rows that `select` picks in id order, a batch per transaction, and lets `handle`
 * re-encrypt each (locked) row. Each row is visited once, so a row that cannot be read is skipped
 * rather than met again.
 */
async function inBatches<Row extends { id: string }>(
  db: Db,
  batchSize: number,
  select: (tx: Tx, after: string | undefined) => Promise<Row[]>,
  handle: (tx: Tx, row: Row) => Promise<'done' | 'unreadable'>,
  counts: { done: number; unreadable: number },
  onBatch?: (rows: number) => void,
): Promise<void> {
  let after: string | undefined;
  for (;;) {
    const rows = await db.transaction(async (tx) => {
      const batch = await select(tx, after);
      for (const row of batch) counts[await handle(tx, row)]++;
      return batch;
    });
    onBatch?.(rows.length);
    if (rows.length < batchSize) return;
    after = rows.at(-1)!.id;
  }
}

function tryReencrypt<T>(fn: () => T): T | undefined {
  try {
    return fn();
  } catch {
    // The value's key is missing from the ring, or the value was changed: leave it as it is.
    return undefined;
  }
}

/** The rows of a secret column still under another key, after the last id seen, in id order. */
function pendingSecrets(idColumn: PgColumn, column: PgColumn, keyId: string, after: string | undefined): SQL | undefined {
  return and(after === undefined ? undefined : gt(idColumn, after), underOtherKey(column, keyId));
}

/**
 * Re-encrypts one secret column (an organisation's SSO client secret, a user's TOTP secret): each
 * row is updated only if its value is still the one read, a safeguard on top of the row lock.
 */
async function reencryptSecrets(
  db: Db,
  keyring: Keyring,
  batchSize: number,
  table: PgTable,
  idColumn: PgColumn,
  column: PgColumn,
  onBatch?: (rows: number) => void,
): Promise<{ done: number; unreadable: number }> {
  const counts = { done: 0, unreadable: 0 };
  const select = async (tx: Tx, after: string | undefined) => {
    const rows = await tx
      .select({ id: idColumn, value: column })
      .from(table)
      .where(pendingSecrets(idColumn, column, keyring.currentKeyId, after))
      .orderBy(asc(idColumn))
      .limit(batchSize)
      .for('update');
    return rows as { id: string; value: string | null }[];
  };
  // The SET target is the bare column name; the WHERE may name it qualified.
  const update = (tx: Tx, id: string, old: string, moved: string) =>
    tx.execute(sql`update ${table} set ${sql.identifier(column.name)} = ${moved} where ${idColumn} = ${id} and ${column} = ${old}`);
  await inBatches(
    db,
    batchSize,
    select,
    async (tx, { id, value }) => {
      const moved = value === null ? undefined : tryReencrypt(() => reencrypt(keyring, value));
      if (moved === undefined || value === null) return 'unreadable';
      await update(tx, id, value, moved);
      return 'done';
    },
    counts,
    onBatch,
  );
  return counts;
}

/** Re-encrypts every value that is not under the keyring's current key; the row versions stay, the content is the same. */
export async function reencryptAll(
  db: Db,
  keyring: Keyring,
  batchSize = defaultBatchSize,
  onProgress?: (rowsSeen: number) => void,
): Promise<RotationCounts> {
  let seen = 0;
  const onBatch = (rows: number) => {
    seen += rows;
    onProgress?.(seen);
  };
  const current = keyring.currentKeyId;
  const identities = { done: 0, unreadable: 0 };
  const valueColumns = [
    personIdentities.fullName,
    personIdentities.personalNumber,
    personIdentities.documentNumber,
    personIdentities.dateOfBirth,
    personIdentities.phone,
    personIdentities.address,
    personIdentities.guardian,
  ];
  await inBatches(
    db,
    batchSize,
    (tx, after) =>
      tx
        .select({
          id: personIdentities.personId,
          fullName: personIdentities.fullName,
          personalNumber: personIdentities.personalNumber,
          documentNumber: personIdentities.documentNumber,
          dateOfBirth: personIdentities.dateOfBirth,
          phone: personIdentities.phone,
          address: personIdentities.address,
          guardian: personIdentities.guardian,
          version: personIdentities.version,
        })
        .from(personIdentities)
        .where(
          and(
            after === undefined ? undefined : gt(personIdentities.personId, after),
            or(sql`${personIdentities.keyId} <> ${current}`, ...valueColumns.map((c) => underOtherKey(c, current))),
          ),
        )
        .orderBy(asc(personIdentities.personId))
        .limit(batchSize)
        .for('update'),
    async (tx, { id, version, ...values }) => {
      const moved = tryReencrypt(() => reencryptIdentity(keyring, values));
      if (!moved) return 'unreadable';
      await tx
        .update(personIdentities)
        .set({ ...moved, keyId: current })
        .where(and(eq(personIdentities.personId, id), eq(personIdentities.version, version)));
      return 'done';
    },
    identities,
    onBatch,
  );

  const orgSecrets = await reencryptSecrets(db, keyring, batchSize, organisations, organisations.id, organisations.oidcClientSecret, onBatch);
  const totp = await reencryptSecrets(db, keyring, batchSize, users, users.id, users.totpSecret, onBatch);

  return {
    personIdentities: identities.done,
    organisationSecrets: orgSecrets.done,
    totpSecrets: totp.done,
    unreadable: identities.unreadable + orgSecrets.unreadable + totp.unreadable,
  };
}

/**
 * `samverka keys rotate`. With the key file of the data folder, a new key is made and written
 * first in the file; with SAMVERKA_ENCRYPTION_KEY nothing is written (the operator has put the new
 * key first). Then every value not under the current key is re-encrypted, and the rotation is
 * audited with its counts. Running it again, or after a crash, is safe: no key is ever dropped.
 */
export async function rotateKeys(
  db: Db,
  config: Config,
  { batchSize = defaultBatchSize, onProgress }: { batchSize?: number; onProgress?: (rowsSeen: number) => void } = {},
): Promise<RotationResult> {
  const { keyring, keyFile } = config.encryptionKey ? { keyring: new Keyring(config.encryptionKey), keyFile: undefined } : addKeyToFile(config);
  const counts = await reencryptAll(db, keyring, batchSize, onProgress);
  // The hashes are keyed by a subkey of the encryption key: the new key needs new hashes.
  const { persons: matchKeyPersons } = await recomputeMatchKeys(db, keyring, { onlyStale: true, batchSize });
  await recordAudit(
    db,
    { actor: null, requestId: `cli-${randomUUID()}`, clientAddress: 'cli' },
    { action: 'keys.rotated', details: { keyId: keyring.currentKeyId, keyFileWritten: keyFile !== undefined, ...counts, matchKeyPersons } },
  );
  return { keyId: keyring.currentKeyId, keyFile, counts, matchKeyPersons };
}

/** What the command prints: counts and key ids, never a value or a key. */
export function describeRotation(result: RotationResult): string[] {
  const { counts } = result;
  const lines = result.keyFile
    ? [`New encryption key ${result.keyId} written first in ${result.keyFile} (mode 0600); the older keys stay after it.`]
    : [`Current encryption key (first in SAMVERKA_ENCRYPTION_KEY): ${result.keyId}. Nothing was written.`];
  lines.push(
    `Re-encrypted under ${result.keyId}: ${counts.personIdentities} person identities, ` +
      `${counts.organisationSecrets} single sign-on client secrets, ${counts.totpSecrets} second-factor secrets.`,
    `Duplicate matching: hashes computed again under ${result.keyId} for ${result.matchKeyPersons} person(s).`,
  );
  if (counts.unreadable > 0) {
    lines.push(
      `${counts.unreadable} row(s) hold a value whose key is not in the ring (or that was changed); they were left as they are.`,
    );
  }
  if (result.keyFile) lines.push('Running instances take up the new key from the key file the first time they meet a value sealed with it.');
  return lines;
}

/** The command: exit 0 when every value is under the current key, 1 when some could not be read. */
export async function runKeysRotate(): Promise<number> {
  const config = loadConfig();
  if (!config.encryptionKey) requireKeyFile(config);
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database);
    process.stdout.write(`Database: ${describeDatabase(config)}\n`);
    const result = await rotateKeys(database.db, config, {
      onProgress: (rows) => {
        if (process.stderr.isTTY) process.stderr.write(`\r${rows.toLocaleString('sv-SE')} rows processed…`);
      },
    });
    if (process.stderr.isTTY) process.stderr.write('\n');
    process.stdout.write(`${describeRotation(result).join('\n')}\n`);
    return result.counts.unreadable > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}
