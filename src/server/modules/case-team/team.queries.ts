import { type SQL, and, asc, desc, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { OrganisationType, PoliceRegion } from '../../../shared/enums.ts';
import type {
  CandidateOrganisation,
  CandidateContact,
  RemovedTeamMember,
  TeamContact,
  TeamMember,
} from '../../../shared/schemas/case-team.ts';
import type { CaseParticipant } from '../../../shared/schemas/cases.ts';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, organisations, users } from '../../db/schema/identity.ts';
import { caseTeamMembers, legalBases } from './team.schema.ts';
import type { CaseAccess } from '../cases/case-access.policy.ts';
import { caseRoles } from '../cases/cases.policy.ts';

/** The roles that make someone one of an organisation's case-role members: named contacts, participants. */
const caseRoleArray = () => sql`array[${sql.join(
  caseRoles().map((role) => sql`${role}`),
  sql`, `,
)}]::text[]`;

const holdsCaseRole = sql`${memberships.roles} && ${caseRoleArray()}`;

// ---- Team members ------------------------------------------------------------------------------

const adder = alias(users, 'adder');
const remover = alias(users, 'remover');

const memberColumns = {
  id: caseTeamMembers.id,
  organisationId: caseTeamMembers.organisationId,
  organisationName: organisations.name,
  organisationType: organisations.type,
  legalBasisId: caseTeamMembers.legalBasisId,
  contacts: sql<TeamContact[]>`coalesce((
    select json_agg(json_build_object('userId', c.id, 'name', c.name) order by c.name, c.id)
    from ${users} c where c.id = any(${caseTeamMembers.contactUserIds})
  ), '[]'::json)`,
  addedByName: adder.name,
  addedAt: caseTeamMembers.addedAt,
  removedAt: caseTeamMembers.removedAt,
  removedByName: remover.name,
  version: caseTeamMembers.version,
};

interface MemberRow extends Omit<TeamMember, 'organisationType' | 'addedAt'> {
  organisationType: string;
  addedAt: Date;
  removedAt: Date | null;
  removedByName: string | null;
}

function toMember({ removedAt: _removedAt, removedByName: _removedByName, ...row }: MemberRow): TeamMember {
  return { ...row, organisationType: row.organisationType as OrganisationType, addedAt: row.addedAt.toISOString() };
}

function selectMembers(db: Db | Tx) {
  return db
    .select(memberColumns)
    .from(caseTeamMembers)
    .innerJoin(organisations, eq(organisations.id, caseTeamMembers.organisationId))
    .innerJoin(adder, eq(adder.id, caseTeamMembers.addedByUserId))
    .leftJoin(remover, eq(remover.id, caseTeamMembers.removedByUserId));
}

/** The organisations on the team now, by name. */
export async function listActiveMembers(db: Db | Tx, caseId: string): Promise<TeamMember[]> {
  const rows = await selectMembers(db)
    .where(and(eq(caseTeamMembers.caseId, caseId), isNull(caseTeamMembers.removedAt)))
    .orderBy(asc(organisations.name), asc(caseTeamMembers.id));
  return rows.map(toMember);
}

/** Organisations that have left the team, latest first. */
export async function listRemovedMembers(db: Db | Tx, caseId: string): Promise<RemovedTeamMember[]> {
  const rows = await selectMembers(db)
    .where(and(eq(caseTeamMembers.caseId, caseId), isNotNull(caseTeamMembers.removedAt)))
    .orderBy(desc(caseTeamMembers.removedAt), asc(caseTeamMembers.id));
  return rows.map((row) => ({ ...toMember(row), removedAt: row.removedAt!.toISOString(), removedByName: row.removedByName }));
}

/** One team row of the case, presented, with whether it has been removed. */
export async function findMember(db: Db | Tx, caseId: string, id: string): Promise<{ member: TeamMember; isRemoved: boolean } | undefined> {
  const [row] = await selectMembers(db).where(and(eq(caseTeamMembers.caseId, caseId), eq(caseTeamMembers.id, id)));
  return row ? { member: toMember(row), isRemoved: row.removedAt !== null } : undefined;
}

/** The organisation's active team row in the case, if it has one. */
export async function findActiveMemberId(db: Db | Tx, caseId: string, organisationId: string): Promise<string | undefined> {
  const [row] = await db
    .select({ id: caseTeamMembers.id })
    .from(caseTeamMembers)
    .where(and(eq(caseTeamMembers.caseId, caseId), eq(caseTeamMembers.organisationId, organisationId), isNull(caseTeamMembers.removedAt)));
  return row?.id;
}

export interface NewTeamMember {
  caseId: string;
  organisationId: string;
  legalBasisId: string;
  contactUserIds: string[];
  addedByUserId: string;
}

export async function insertMember(tx: Tx, values: NewTeamMember): Promise<string> {
  const [row] = await tx.insert(caseTeamMembers).values(values).returning({ id: caseTeamMembers.id });
  return row!.id;
}

/** Changes an active team row if the version still matches; false when it did not. */
export async function updateMember(
  tx: Tx,
  id: string,
  expectedVersion: number,
  changes: { legalBasisId?: string; contactUserIds?: string[] },
): Promise<boolean> {
  const updated = await tx
    .update(caseTeamMembers)
    .set({ ...changes, version: sql`${caseTeamMembers.version} + 1` })
    .where(and(eq(caseTeamMembers.id, id), eq(caseTeamMembers.version, expectedVersion), isNull(caseTeamMembers.removedAt)))
    .returning({ id: caseTeamMembers.id });
  return updated.length > 0;
}

/** Takes an organisation off the team, keeping the row as history; false on a stale version. */
export async function markMemberRemoved(tx: Tx, id: string, expectedVersion: number, byUserId: string): Promise<boolean> {
  const updated = await tx
    .update(caseTeamMembers)
    .set({ removedAt: sql`now()`, removedByUserId: byUserId, version: sql`${caseTeamMembers.version} + 1` })
    .where(and(eq(caseTeamMembers.id, id), eq(caseTeamMembers.version, expectedVersion), isNull(caseTeamMembers.removedAt)))
    .returning({ id: caseTeamMembers.id });
  return updated.length > 0;
}

export async function memberVersion(db: Db | Tx, id: string): Promise<number | undefined> {
  const [row] = await db.select({ version: caseTeamMembers.version }).from(caseTeamMembers).where(eq(caseTeamMembers.id, id));
  return row?.version;
}


// ---- Organisations and members -----------------------------------------------------------------

/** An organisation that may take part in cases: it exists and is active. */
export async function findActiveOrganisation(db: Db | Tx, id: string): Promise<{ id: string; name: string } | undefined> {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(and(eq(organisations.id, id), eq(organisations.isActive, true)));
  return row;
}

/** The active organisations, those of the region first, then by name. */
export async function listCandidateOrganisations(db: Db, regionCode: PoliceRegion): Promise<CandidateOrganisation[]> {
  const rows = await db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type, regionCode: organisations.regionCode })
    .from(organisations)
    .where(eq(organisations.isActive, true))
    .orderBy(sql`(${organisations.regionCode} is not distinct from ${regionCode}) desc`, asc(organisations.name), asc(organisations.id));
  return rows.map((row) => ({ ...row, type: row.type as OrganisationType, regionCode: row.regionCode as PoliceRegion | null }));
}

function caseRoleMembersOf(organisationId: string, more?: SQL) {
  return and(eq(memberships.organisationId, organisationId), eq(users.isActive, true), holdsCaseRole, more);
}

/** The organisation's active members who hold a case role there: who may be named as contacts. */
export async function listCaseRoleMembers(db: Db, organisationId: string): Promise<CandidateContact[]> {
  return db
    .select({ userId: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(caseRoleMembersOf(organisationId))
    .orderBy(asc(users.name), asc(users.id));
}

/** Of the given users, those who may be named contacts of the organisation. */
export async function eligibleContactIds(db: Db | Tx, organisationId: string, userIds: readonly string[]): Promise<Set<string>> {
  if (userIds.length === 0) return new Set();
  const rows = await db
    .select({ userId: users.id })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(caseRoleMembersOf(organisationId, inArray(users.id, [...userIds])));
  return new Set(rows.map((r) => r.userId));
}

// ---- Participants ------------------------------------------------------------------------------

/** What decides who works on a case besides its team: its lead and its region (from CaseAccess). */
export type CaseRouting = Pick<CaseAccess, 'caseId' | 'leadUserId' | 'regionCode'>;

/**
 * The members working on a case, one row per member with the organisation they work on it for: the
 * lead, the regional coordinators of the case's region, and the case-role members of every organisation
 * with a team seat under a legal basis that holds (the same seat cases.policy lets in). Only
 * active accounts.
 */
function participantsOf(theCase: CaseRouting, onlyUserId?: string): SQL {
  const { caseId, leadUserId, regionCode } = theCase;
  const onlyUser = onlyUserId === undefined ? sql`` : sql`where p.user_id = ${onlyUserId}::uuid`;
  return sql`
    select distinct on (p.user_id) p.user_id as "userId", p.name, p.organisation_name as "organisationName"
    from (
      select u.id as user_id, u.name, o.name as organisation_name, 1 as rank
      from users u
      join memberships m on m.user_id = u.id and m.roles && ${caseRoleArray()}
      join organisations o on o.id = m.organisation_id
      where u.id = ${leadUserId}::uuid and u.is_active and o.is_active
      union all
      select u.id, u.name, o.name, 2
      from organisations o
      join memberships m on m.organisation_id = o.id and 'regional_coordinator' = any(m.roles)
      join users u on u.id = m.user_id
      where o.region_code = ${regionCode} and u.is_active and o.is_active
      union all
      select u.id, u.name, o.name, 3
      from case_team_members t
      join legal_bases lb on lb.id = t.legal_basis_id
      join organisations o on o.id = t.organisation_id
      join memberships m on m.organisation_id = t.organisation_id and m.roles && ${caseRoleArray()}
      join users u on u.id = m.user_id
      where t.case_id = ${caseId}::uuid and t.removed_at is null and lb.consent_withdrawn_at is null and u.is_active and o.is_active
    ) p
    ${onlyUser}
    order by p.user_id, p.rank, p.organisation_name`;
}

/** The members working on the case, by name; for assignee pickers. Call after the access check. */
export async function listCaseParticipants(db: Db | Tx, theCase: CaseRouting): Promise<CaseParticipant[]> {
  const result = await db.execute<CaseParticipant>(sql`select * from (${participantsOf(theCase)}) q order by q.name, q."userId"`);
  return result.rows.map((r) => ({ userId: r.userId, name: r.name, organisationName: r.organisationName }));
}

/** Whether the user works on the case (see listCaseParticipants), e.g. to accept them as an assignee. */
export async function isCaseParticipant(db: Db | Tx, theCase: CaseRouting, userId: string): Promise<boolean> {
  const result = await db.execute<CaseParticipant>(participantsOf(theCase, userId));
  return result.rows.length > 0;
}

/** Those of the organisations that hold a team seat on the case under a legal basis that still holds. */
export async function organisationsOnCaseTeam(db: Db | Tx, caseId: string, organisationIds: readonly string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await db
    .select({ organisationId: caseTeamMembers.organisationId })
    .from(caseTeamMembers)
    .innerJoin(legalBases, eq(legalBases.id, caseTeamMembers.legalBasisId))
    .where(
      and(
        eq(caseTeamMembers.caseId, caseId),
        inArray(caseTeamMembers.organisationId, [...organisationIds]),
        isNull(caseTeamMembers.removedAt),
        isNull(legalBases.consentWithdrawnAt),
      ),
    );
  return rows.map((r) => r.organisationId);
}
