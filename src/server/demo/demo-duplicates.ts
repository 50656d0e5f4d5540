import { and, asc, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../db/client.ts';
import { cases, personIdentities, persons } from '../db/schema/index.ts';
import { storeMatchKeys } from '../modules/duplicates/duplicates.service.ts';
import { emptyIdentity, encryptIdentity } from '../modules/persons/identity-codec.ts';
import type { Keyring } from '../platform/crypto.ts';

/**
 * Two Stockholm cases whose identities are another spelling of one name, and one with the same
 * (fictional: Skatteverket's test number) personal identity number, so the case page shows
 * possible duplicates; the second also shares a passport number, written another way, with the
 * first. Fictional people only.
 */
const demoIdentities = [
  { fullName: 'Anna Lindqvist', personalNumber: '19121212-1212', documentNumber: 'X0 1234 567', dateOfBirth: '1912-12-12' },
  { fullName: 'Ana Lindkvist', personalNumber: null, documentNumber: 'x01234567', dateOfBirth: null },
  { fullName: 'Anna Lindquist', personalNumber: '19121212-1212', dateOfBirth: '1912-12-12' },
];

export async function seedDemoDuplicates(tx: Tx, keyring: Keyring): Promise<void> {
  const rows = await tx
    .select({ personId: cases.personId, leadUserId: cases.leadUserId })
    .from(cases)
    .innerJoin(persons, eq(persons.id, cases.personId))
    .where(and(eq(cases.regionCode, 'stockholm'), eq(persons.hasProtectedIdentity, false), isNotNull(cases.leadUserId)))
    .orderBy(asc(cases.reference))
    .limit(demoIdentities.length);
  for (const [index, row] of rows.entries()) {
    const values = { ...emptyIdentity, ...demoIdentities[index]! };
    await tx.insert(personIdentities).values({
      personId: row.personId,
      ...encryptIdentity(keyring, values),
      keyId: keyring.currentKeyId,
      updatedByUserId: row.leadUserId,
    });
    await storeMatchKeys(tx, keyring, row.personId, values);
  }
}
