import { type SQL, and, asc, eq, sql } from 'drizzle-orm';
import type { PoliceRegion, Role } from '../../../shared/enums.ts';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, organisations, users } from '../../db/schema/identity.ts';

export type OrganisationRow = typeof organisations.$inferSelect;

/** The organisations inside the scope, by name. */
export async function listOrganisations(db: Db, scope: SQL): Promise<OrganisationRow[]> {
  return db.select().from(organisations).where(scope).orderBy(asc(organisations.name), asc(organisations.id));
}

/** The organisation if it lies inside the scope; undefined for unknown and out-of-scope alike. */
export async function findOrganisation(db: Db | Tx, scope: SQL, id: string): Promise<OrganisationRow | undefined> {
  const [row] = await db.select().from(organisations).where(and(eq(organisations.id, id), scope));
  return row;
}

/** Every role some member holds in the organisation. */
export async function rolesHeldIn(db: Db | Tx, organisationId: string): Promise<Role[]> {
  const result = await db.execute<{ role: Role }>(
    sql`select distinct r.role from ${memberships} m, unnest(m.roles) as r(role) where m.organisation_id = ${organisationId}`,
  );
  return result.rows.map((row) => row.role);
}

/** The active regional coordinators of a police region's active organisations (optionally: is this one of them?). */
export async function findRegionalCoordinators(db: Db | Tx, regionCode: PoliceRegion, userId?: string) {
  return db
    .selectDistinctOn([users.id], { userId: users.id, name: users.name, organisationName: organisations.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(
      and(
        eq(organisations.regionCode, regionCode),
        eq(organisations.isActive, true),
        eq(users.isActive, true),
        sql`'regional_coordinator' = any(${memberships.roles})`,
        userId === undefined ? undefined : eq(users.id, userId),
      ),
    )
    .orderBy(users.id, organisations.name);
}
