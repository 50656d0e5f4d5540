import { and, eq, sql } from 'drizzle-orm';
import type { Gender } from '../../../shared/enums.ts';
import type { CasePerson } from '../../../shared/schemas/cases.ts';
import type { PersonUpdateInput } from '../../../shared/schemas/persons.ts';
import type { Db, Tx } from '../../db/client.ts';
import { personIdentities, persons } from './persons.schema.ts';
import type { IdentityValues } from './identity-codec.ts';

// Every function here takes a person id that requireCaseAccess has already let the actor reach.

const personColumns = {
  id: persons.id,
  codeName: persons.codeName,
  birthYear: persons.birthYear,
  gender: persons.gender,
  citizenships: persons.citizenships,
  languages: persons.languages,
  isChild: persons.isChild,
  hasProtectedIdentity: persons.hasProtectedIdentity,
  version: persons.version,
};

const toPerson = (row: Omit<CasePerson, 'gender'> & { gender: string }): CasePerson => ({ ...row, gender: row.gender as Gender });

export async function findPerson(db: Db | Tx, personId: string): Promise<CasePerson | undefined> {
  const [row] = await db.select(personColumns).from(persons).where(eq(persons.id, personId));
  return row && toPerson(row);
}

/** Changes the person if it still has the expected version; undefined when someone else got there first. */
export async function updatePerson(
  tx: Tx,
  personId: string,
  expectedVersion: number,
  changes: PersonUpdateInput,
): Promise<CasePerson | undefined> {
  const [row] = await tx
    .update(persons)
    .set({ ...changes, version: sql`${persons.version} + 1`, updatedAt: sql`now()` })
    .where(and(eq(persons.id, personId), eq(persons.version, expectedVersion)))
    .returning(personColumns);
  return row && toPerson(row);
}

const identityColumns = {
  fullName: personIdentities.fullName,
  personalNumber: personIdentities.personalNumber,
  documentNumber: personIdentities.documentNumber,
  dateOfBirth: personIdentities.dateOfBirth,
  phone: personIdentities.phone,
  address: personIdentities.address,
  guardian: personIdentities.guardian,
  keyId: personIdentities.keyId,
  version: personIdentities.version,
};

/** The stored identity, still encrypted. */
export interface StoredIdentity {
  values: IdentityValues;
  keyId: string;
  version: number;
}

export async function findIdentity(db: Db | Tx, personId: string, forUpdate = false): Promise<StoredIdentity | undefined> {
  const query = db.select(identityColumns).from(personIdentities).where(eq(personIdentities.personId, personId));
  const [row] = forUpdate ? await query.for('update') : await query;
  if (!row) return undefined;
  const { keyId, version, ...values } = row;
  return { values, keyId, version };
}

/** Stores the first identity of a person; undefined when one was stored meanwhile. */
export async function insertIdentity(
  tx: Tx,
  personId: string,
  encrypted: IdentityValues,
  keyId: string,
  userId: string,
): Promise<number | undefined> {
  const [row] = await tx
    .insert(personIdentities)
    .values({ personId, ...encrypted, keyId, updatedByUserId: userId })
    .onConflictDoNothing({ target: personIdentities.personId })
    .returning({ version: personIdentities.version });
  return row?.version;
}

/** Replaces the identity's values if it still has the expected version; undefined otherwise. */
export async function updateIdentity(
  tx: Tx,
  personId: string,
  expectedVersion: number,
  encrypted: IdentityValues,
  keyId: string,
  userId: string,
): Promise<number | undefined> {
  const [row] = await tx
    .update(personIdentities)
    .set({ ...encrypted, keyId, updatedByUserId: userId, updatedAt: sql`now()`, version: sql`${personIdentities.version} + 1` })
    .where(and(eq(personIdentities.personId, personId), eq(personIdentities.version, expectedVersion)))
    .returning({ version: personIdentities.version });
  return row?.version;
}

/** The identity's version now, 0 when none is stored. */
export async function identityVersion(db: Db | Tx, personId: string): Promise<number> {
  const [row] = await db
    .select({ version: personIdentities.version })
    .from(personIdentities)
    .where(eq(personIdentities.personId, personId));
  return row?.version ?? 0;
}
