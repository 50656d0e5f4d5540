import { type SQL, and, asc, desc, eq, inArray, notInArray, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { OrganisationType, PoliceRegion, ReferralKind, ReferralStatus, ServiceNeed, StatutoryProvision } from '../../../shared/enums.ts';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, organisations, users } from '../../db/schema/identity.ts';
import { caseRoles } from '../cases/cases.policy.ts';
import { referrals } from './referrals.schema.ts';

const fromOrganisation = alias(organisations, 'from_organisation');
const toOrganisation = alias(organisations, 'to_organisation');
const recipient = alias(users, 'recipient');
const requester = alias(users, 'requester');
const decider = alias(users, 'decider');

const referralColumns = {
  id: referrals.id,
  kind: referrals.kind,
  caseId: referrals.caseId,
  caseReference: referrals.caseReference,
  caseRegionCode: referrals.caseRegionCode,
  serviceNeed: referrals.serviceNeed,
  status: referrals.status,
  fromOrganisationId: referrals.fromOrganisationId,
  fromOrganisationName: fromOrganisation.name,
  toOrganisationId: referrals.toOrganisationId,
  toOrganisationName: toOrganisation.name,
  toOrganisationType: toOrganisation.type,
  toOrganisationRegionCode: toOrganisation.regionCode,
  recipientUserId: referrals.recipientUserId,
  recipientName: recipient.name,
  message: referrals.message,
  legalBasisKind: referrals.legalBasisKind,
  statute: referrals.statute,
  consentGivenOn: referrals.consentGivenOn,
  consentScope: referrals.consentScope,
  consentGivenTo: referrals.consentGivenTo,
  municipalityCode: referrals.municipalityCode,
  requestedByUserId: referrals.requestedByUserId,
  requestedByName: requester.name,
  createdAt: referrals.createdAt,
  decidedByName: decider.name,
  decidedAt: referrals.decidedAt,
  reason: referrals.reason,
  version: referrals.version,
};

export interface ReferralRow {
  id: string;
  kind: ReferralKind;
  caseId: string;
  caseReference: string;
  caseRegionCode: PoliceRegion;
  serviceNeed: ServiceNeed | null;
  status: ReferralStatus;
  fromOrganisationId: string;
  fromOrganisationName: string;
  toOrganisationId: string;
  toOrganisationName: string;
  toOrganisationType: OrganisationType;
  toOrganisationRegionCode: PoliceRegion | null;
  recipientUserId: string | null;
  recipientName: string | null;
  message: string;
  legalBasisKind: 'consent' | 'statute' | null;
  statute: StatutoryProvision | null;
  consentGivenOn: string | null;
  consentScope: string | null;
  consentGivenTo: string | null;
  municipalityCode: string | null;
  requestedByUserId: string;
  requestedByName: string;
  createdAt: Date;
  decidedByName: string | null;
  decidedAt: Date | null;
  reason: string | null;
  version: number;
}

async function selectReferrals(db: Db | Tx, where: SQL | undefined, order: 'newest' | 'oldest' = 'newest'): Promise<ReferralRow[]> {
  const rows = await db
    .select(referralColumns)
    .from(referrals)
    .innerJoin(fromOrganisation, eq(fromOrganisation.id, referrals.fromOrganisationId))
    .innerJoin(toOrganisation, eq(toOrganisation.id, referrals.toOrganisationId))
    .innerJoin(requester, eq(requester.id, referrals.requestedByUserId))
    .leftJoin(recipient, eq(recipient.id, referrals.recipientUserId))
    .leftJoin(decider, eq(decider.id, referrals.decidedByUserId))
    .where(where)
    .orderBy(order === 'newest' ? desc(referrals.createdAt) : asc(referrals.createdAt), asc(referrals.id));
  return rows as ReferralRow[];
}

/** Every referral and transfer of a case, latest first. Call only after requireCaseAccess. */
export async function listCaseReferrals(db: Db | Tx, caseId: string): Promise<ReferralRow[]> {
  return selectReferrals(db, eq(referrals.caseId, caseId));
}

/** Organisations whose referrals (any case role) and transfers (regional coordinators) the actor answers. */
export interface AnsweringOrganisations {
  referral: readonly string[];
  transfer: readonly string[];
}

/** Sent to an organisation the actor answers for, kind by kind: the condition that narrows every queue. */
function sentToActor(to: AnsweringOrganisations): SQL {
  const parts: SQL[] = [];
  if (to.referral.length > 0) parts.push(and(eq(referrals.kind, 'referral'), inArray(referrals.toOrganisationId, [...to.referral]))!);
  if (to.transfer.length > 0) parts.push(and(eq(referrals.kind, 'transfer'), inArray(referrals.toOrganisationId, [...to.transfer]))!);
  return parts.length === 0 ? sql`false` : or(...parts)!;
}

/**
 * The queue of the organisations the actor answers for: only what was sent to them (the condition
 * is in the SQL, so a list or count never shows another organisation's). Pending ones oldest
 * first; with `all`, the answered ones too, latest first.
 */
export async function listIncomingReferrals(db: Db, to: AnsweringOrganisations, status: 'pending' | 'all'): Promise<ReferralRow[]> {
  if (status === 'pending') return selectReferrals(db, and(sentToActor(to), eq(referrals.status, 'pending')), 'oldest');
  return selectReferrals(db, sentToActor(to));
}

export async function countIncomingReferrals(db: Db, to: AnsweringOrganisations): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(referrals)
    .where(and(sentToActor(to), eq(referrals.status, 'pending')));
  return row?.n ?? 0;
}

/** One referral, presented; undefined when there is none. Callers decide who may see it. */
export async function findReferral(db: Db | Tx, id: string): Promise<ReferralRow | undefined> {
  const [row] = await selectReferrals(db, eq(referrals.id, id));
  return row;
}

/** Locks the referral row for a decision (accept, decline, revoke, approval). */
export async function lockReferral(tx: Tx, id: string): Promise<{ id: string; status: ReferralStatus; version: number } | undefined> {
  const [row] = await tx
    .select({ id: referrals.id, status: referrals.status, version: referrals.version })
    .from(referrals)
    .where(eq(referrals.id, id))
    .for('update');
  return row as { id: string; status: ReferralStatus; version: number } | undefined;
}

export type NewReferral = typeof referrals.$inferInsert;

export async function insertReferral(tx: Tx, values: NewReferral): Promise<string> {
  const [row] = await tx.insert(referrals).values(values).returning({ id: referrals.id });
  return row!.id;
}

/** Moves the referral on from the version read; false when someone else moved it first. */
export async function setReferralStatus(
  tx: Tx,
  id: string,
  expectedVersion: number,
  change: { status: ReferralStatus; decidedByUserId?: string; reason?: string | null; teamMemberId?: string | null },
): Promise<boolean> {
  const { decidedByUserId, ...rest } = change;
  const updated = await tx
    .update(referrals)
    .set({
      ...rest,
      ...(decidedByUserId === undefined ? {} : { decidedByUserId, decidedAt: sql`now()` }),
      version: sql`${referrals.version} + 1`,
    })
    .where(and(eq(referrals.id, id), eq(referrals.version, expectedVersion)))
    .returning({ id: referrals.id });
  return updated.length > 0;
}

// ---- Recipients ------------------------------------------------------------------------------

const roleArray = (roles: readonly string[]) => sql`array[${sql.join(
  roles.map((role) => sql`${role}`),
  sql`, `,
)}]::text[]`;

/** Roles that answer a referral (case roles) or a transfer (regional coordinators). */
export const answeringRoles = (kind: ReferralKind): readonly string[] => (kind === 'transfer' ? ['regional_coordinator'] : caseRoles());

/** Active members of an active organisation holding one of the roles: the only ones ever offered or told. */
function activeMembersWith(roles: readonly string[]): SQL {
  return and(eq(users.isActive, true), eq(organisations.isActive, true), sql`${memberships.roles} && ${roleArray(roles)}`)!;
}

/**
 * Organisations a case may be referred (or transferred) to: active, with at least one active
 * member who can answer; those of the region first, then by name. Disabled ones are never offered.
 */
export async function listRecipientOrganisations(db: Db, kind: ReferralKind, regionCode: PoliceRegion, excludeIds: readonly string[]) {
  const withAnsweringMembers = db
    .select({ id: memberships.organisationId })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(activeMembersWith(answeringRoles(kind)));
  return db
    .select({ id: organisations.id, name: organisations.name, type: organisations.type, regionCode: organisations.regionCode })
    .from(organisations)
    .where(
      and(
        eq(organisations.isActive, true),
        inArray(organisations.id, withAnsweringMembers),
        excludeIds.length > 0 ? notInArray(organisations.id, [...excludeIds]) : undefined,
      ),
    )
    .orderBy(sql`(${organisations.regionCode} is not distinct from ${regionCode}) desc`, asc(organisations.name), asc(organisations.id)) as Promise<
    { id: string; name: string; type: OrganisationType; regionCode: PoliceRegion | null }[]
  >;
}

/** The active members of an organisation who may answer (and be named as recipient), by name. */
export async function listAnsweringMembers(db: Db | Tx, organisationId: string, kind: ReferralKind, userId?: string) {
  return db
    .select({ userId: users.id, name: users.name })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .innerJoin(organisations, eq(organisations.id, memberships.organisationId))
    .where(and(eq(memberships.organisationId, organisationId), activeMembersWith(answeringRoles(kind)), userId ? eq(users.id, userId) : undefined))
    .orderBy(asc(users.name), asc(users.id));
}

/** The organisation, if it is active: its name and region. */
export async function findActiveOrganisation(db: Db | Tx, id: string) {
  const [row] = await db
    .select({ id: organisations.id, name: organisations.name, regionCode: organisations.regionCode })
    .from(organisations)
    .where(and(eq(organisations.id, id), eq(organisations.isActive, true)));
  return row as { id: string; name: string; regionCode: PoliceRegion | null } | undefined;
}
