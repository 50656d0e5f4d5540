import { and, asc, eq, isNotNull, lt, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, organisations, users } from '../../db/schema/identity.ts';
import { externalIdentities, oidcSignIns } from './sso.schema.ts';

/** Active organisations with a complete OpenID Connect configuration. */
const hasSso = and(
  eq(organisations.isActive, true),
  isNotNull(organisations.oidcIssuer),
  isNotNull(organisations.oidcClientId),
  isNotNull(organisations.oidcClientSecret),
);

export async function listSsoOrganisations(db: Db): Promise<{ id: string; name: string }[]> {
  return db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(hasSso)
    .orderBy(asc(organisations.name));
}

export interface SsoOrganisationSettings {
  id: string;
  issuer: string;
  clientId: string;
  /** Still encrypted. */
  encryptedClientSecret: string;
}

export async function findSsoOrganisation(db: Db | Tx, id: string): Promise<SsoOrganisationSettings | undefined> {
  const [row] = await db
    .select({
      id: organisations.id,
      issuer: organisations.oidcIssuer,
      clientId: organisations.oidcClientId,
      encryptedClientSecret: organisations.oidcClientSecret,
    })
    .from(organisations)
    .where(and(eq(organisations.id, id), hasSso));
  if (!row?.issuer || !row.clientId || !row.encryptedClientSecret) return undefined;
  return { id: row.id, issuer: row.issuer, clientId: row.clientId, encryptedClientSecret: row.encryptedClientSecret };
}

export async function insertSignIn(db: Db, row: typeof oidcSignIns.$inferInsert): Promise<void> {
  // Sign-ins nobody finished are of no use once expired; clearing them here keeps the table small.
  await db.delete(oidcSignIns).where(lt(oidcSignIns.expiresAt, sql`now()`));
  await db.insert(oidcSignIns).values(row);
}

/** Takes the sign-in under way for this state, once: the row is gone whatever happens next. */
export async function takeSignIn(db: Db, state: string) {
  const [row] = await db.delete(oidcSignIns).where(eq(oidcSignIns.state, state)).returning();
  return row;
}

/** A member the organisation's provider may sign in: linked before, or matched by e-mail. */
export interface SsoCandidate {
  userId: string;
  isActive: boolean;
  /** Whether they are still a member of the organisation the provider belongs to. */
  isMember: boolean;
}

/** The member already linked to this account at the provider, if any. */
export async function findLinkedUser(
  db: Db | Tx,
  issuer: string,
  subject: string,
  organisationId: string,
): Promise<SsoCandidate | undefined> {
  const [row] = await db
    .select({ userId: users.id, isActive: users.isActive, memberId: memberships.id })
    .from(externalIdentities)
    .innerJoin(users, eq(users.id, externalIdentities.userId))
    .leftJoin(
      memberships,
      and(eq(memberships.userId, users.id), eq(memberships.organisationId, externalIdentities.organisationId)),
    )
    .where(
      and(
        eq(externalIdentities.issuer, issuer),
        eq(externalIdentities.subject, subject),
        eq(externalIdentities.organisationId, organisationId),
      ),
    );
  return row && { userId: row.userId, isActive: row.isActive, isMember: row.memberId !== null };
}

/** Whether this account at the provider is linked to anyone, for any organisation. */
export async function isSubjectLinked(db: Db | Tx, issuer: string, subject: string): Promise<boolean> {
  const [row] = await db
    .select({ id: externalIdentities.id })
    .from(externalIdentities)
    .where(and(eq(externalIdentities.issuer, issuer), eq(externalIdentities.subject, subject)));
  return row !== undefined;
}

/** A member of the organisation with this (lower-case) e-mail address. */
export async function findMemberByEmail(
  db: Db | Tx,
  email: string,
  organisationId: string,
): Promise<SsoCandidate | undefined> {
  const [row] = await db
    .select({ userId: users.id, isActive: users.isActive })
    .from(users)
    .innerJoin(memberships, and(eq(memberships.userId, users.id), eq(memberships.organisationId, organisationId)))
    .where(eq(users.email, email));
  return row && { ...row, isMember: true };
}

export async function linkExternalIdentity(db: Db | Tx, row: typeof externalIdentities.$inferInsert): Promise<void> {
  await db.insert(externalIdentities).values(row);
}

export async function removeExpiredSsoSignIns(db: Db): Promise<number> {
  const removed = await db.delete(oidcSignIns).where(lt(oidcSignIns.expiresAt, sql`now()`)).returning({ state: oidcSignIns.state });
  return removed.length;
}
