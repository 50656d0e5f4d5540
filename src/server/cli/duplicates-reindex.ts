import { randomUUID } from 'node:crypto';
import { and, asc, gt, inArray, ne } from 'drizzle-orm';
import { loadConfig } from '../config.ts';
import type { Db } from '../db/client.ts';
import { describeDatabase, openConfiguredDatabase, prepareDatabase } from '../db/prepare.ts';
import { personIdentities, personMatchKeys } from '../db/schema/index.ts';
import { storeMatchKeys } from '../modules/duplicates/duplicates.service.ts';
import { recordAudit } from '../platform/audit.ts';
import { type Keyring, loadKeyring } from '../platform/crypto.ts';
import { requireKeyFile } from './key-file.ts';

export interface ReindexCounts {
  /** Persons whose keyed hashes were computed again. */
  persons: number;
  /** Identities with a value whose key is not in the ring (or that was changed), left as they are. */
  unreadable: number;
}

function decryptOrUndefined(keyring: Keyring, value: string | null): string | null | undefined {
  if (value === null) return null;
  try {
    return keyring.decrypt(value);
  } catch {
    return undefined;
  }
}

/**
 * Computes the duplicate-matching hashes again from the identities, under the keyring's current
 * key, a batch of persons per transaction. `onlyStale` takes only persons with a hash under
 * another key (after `keys rotate`); otherwise every identity (filling in those stored before
 * matching existed). Only the name and the personal identity number are decrypted.
 */
export async function recomputeMatchKeys(
  db: Db,
  keyring: Keyring,
  { onlyStale, batchSize = 200 }: { onlyStale: boolean; batchSize?: number },
): Promise<ReindexCounts> {
  const counts: ReindexCounts = { persons: 0, unreadable: 0 };
  const stale = db
    .selectDistinct({ personId: personMatchKeys.personId })
    .from(personMatchKeys)
    .where(ne(personMatchKeys.keyId, keyring.currentKeyId));
  let after: string | undefined;
  for (;;) {
    const batch = await db.transaction(async (tx) => {
      const rows = await tx
        .select({
          personId: personIdentities.personId,
          fullName: personIdentities.fullName,
          personalNumber: personIdentities.personalNumber,
          documentNumber: personIdentities.documentNumber,
        })
        .from(personIdentities)
        .where(
          and(
            after === undefined ? undefined : gt(personIdentities.personId, after),
            onlyStale ? inArray(personIdentities.personId, stale) : undefined,
          ),
        )
        .orderBy(asc(personIdentities.personId))
        .limit(batchSize)
        .for('update');
      for (const row of rows) {
        const fullName = decryptOrUndefined(keyring, row.fullName);
        const personalNumber = decryptOrUndefined(keyring, row.personalNumber);
        const documentNumber = decryptOrUndefined(keyring, row.documentNumber);
        if (fullName === undefined || personalNumber === undefined || documentNumber === undefined) {
          counts.unreadable++;
          continue;
        }
        await storeMatchKeys(tx, keyring, row.personId, { fullName, personalNumber, documentNumber });
        counts.persons++;
      }
      return rows;
    });
    if (batch.length < batchSize) return counts;
    after = batch.at(-1)!.personId;
  }
}

/** `samverka duplicates reindex`: every identity's hashes again; exit 1 when some could not be read. */
export async function runDuplicatesReindex(): Promise<number> {
  const config = loadConfig();
  if (!config.encryptionKey) requireKeyFile(config);
  const { keyring } = loadKeyring(config);
  const database = await openConfiguredDatabase(config);
  try {
    await prepareDatabase(database);
    process.stdout.write(`Database: ${describeDatabase(config)}\n`);
    const counts = await recomputeMatchKeys(database.db, keyring, { onlyStale: false });
    await recordAudit(
      database.db,
      { actor: null, requestId: `cli-${randomUUID()}`, clientAddress: 'cli' },
      { action: 'duplicates.reindexed', details: { keyId: keyring.currentKeyId, ...counts } },
    );
    process.stdout.write(`Duplicate matching: hashes computed under ${keyring.currentKeyId} for ${counts.persons} person(s).\n`);
    if (counts.unreadable > 0) process.stdout.write(`${counts.unreadable} identity(ies) could not be read and were left as they are.\n`);
    return counts.unreadable > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}
