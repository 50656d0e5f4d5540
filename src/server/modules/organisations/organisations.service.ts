import { eq, sql } from 'drizzle-orm';
import type { OrganisationType, PoliceRegion } from '../../../shared/enums.ts';
import { roleFitsOrganisation } from '../../../shared/role-rules.ts';
import type {
  Organisation,
  OrganisationCreateInput,
  OrganisationList,
  OrganisationUpdateInput,
} from '../../../shared/schemas/admin.ts';
import type { Db, Tx } from '../../db/client.ts';
import { loadReferenceData } from '../../db/reference-data.ts';
import { organisations } from '../../db/schema/identity.ts';
import type { Actor } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { Keyring } from '../../platform/crypto.ts';
import { type FieldError, badRequest, conflict, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { roleChangeRefused, withRefusalsAudited } from '../../platform/audited-refusal.ts';
import { canAdministerMembersOf, canManageOrganisations, changesOwnScope, organisationScope } from './organisations.policy.ts';
import { type OrganisationRow, findOrganisation, listOrganisations, rolesHeldIn } from './organisations.queries.ts';

/** An organisation the actor administers, or undefined (unknown and out of scope alike). */
export function findAdministeredOrganisation(db: Db | Tx, actor: Actor, unverifiedId: string): Promise<OrganisationRow | undefined> {
  return findOrganisation(db, organisationScope(actor), unverifiedId);
}

/** An organisation by id, for a caller that has already established it may act there. */
export function findOrganisationById(db: Db | Tx, id: string): Promise<OrganisationRow | undefined> {
  return findOrganisation(db, sql`true`, id);
}

export function presentOrganisation(actor: Actor, row: OrganisationRow): Organisation {
  return {
    id: row.id,
    name: row.name,
    type: row.type as OrganisationType,
    regionCode: row.regionCode as PoliceRegion | null,
    municipalityCode: row.municipalityCode,
    oidcIssuer: row.oidcIssuer,
    oidcClientId: row.oidcClientId,
    hasOidcClientSecret: row.oidcClientSecret !== null,
    isActive: row.isActive,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    can: { edit: canManageOrganisations(actor), manageMembers: canAdministerMembersOf(actor, row.id) },
  };
}

export async function listOrganisationsFor(db: Db, ctx: ActorContext): Promise<OrganisationList> {
  const rows = await listOrganisations(db, organisationScope(ctx.actor));
  return { items: rows.map((row) => presentOrganisation(ctx.actor, row)), can: { create: canManageOrganisations(ctx.actor) } };
}

/** The organisation if the actor may read it; otherwise 404, whether it exists or not. */
export async function getOrganisation(db: Db, ctx: ActorContext, unverifiedId: string): Promise<Organisation> {
  const row = await findOrganisation(db, organisationScope(ctx.actor), unverifiedId);
  if (!row) throw notFound('No such organisation.');
  return presentOrganisation(ctx.actor, row);
}

interface OidcSettings {
  oidcIssuer: string | null;
  oidcClientId: string | null;
  hasSecret: boolean;
}

/** Single sign-on needs an issuer and a client id together; a secret alone is meaningless. */
function checkOidcSettings({ oidcIssuer, oidcClientId, hasSecret }: OidcSettings): void {
  const errors: FieldError[] = [];
  if (oidcIssuer !== null && oidcClientId === null) {
    errors.push({ field: 'oidcClientId', code: 'required', message: 'needed with an OpenID issuer' });
  }
  if (oidcIssuer === null && (oidcClientId !== null || hasSecret)) {
    errors.push({ field: 'oidcIssuer', code: 'required', message: 'needed with an OpenID client id or secret' });
  }
  if (errors.length > 0) throw badRequest(`Invalid input: ${errors.map((e) => e.field).join(', ')}`, errors);
}

interface MunicipalitySetting {
  type: OrganisationType;
  regionCode: string | null;
  municipalityCode: string | null;
}

/**
 * The municipality an organisation serves: only social services (type municipality) have one,
 * it must exist, and it must lie in the organisation's police region when a region is set.
 */
function checkMunicipality({ type, regionCode, municipalityCode }: MunicipalitySetting): void {
  if (municipalityCode === null) return;
  const fail = (code: string, message: string) => {
    throw badRequest('Invalid input: municipalityCode', [{ field: 'municipalityCode', code, message }]);
  };
  if (type !== 'municipality') fail('not_allowed', 'only social services (type municipality) serve a municipality');
  const municipality = loadReferenceData().municipalities.find((m) => m.code === municipalityCode);
  if (!municipality) return fail('unknown', 'unknown municipality');
  if (regionCode !== null && municipality.regionCode !== regionCode) fail('outside_region', "not in the organisation's police region");
}

/** The names of the fields given, for the audit log: never their values (the secret among them). */
/** A new kind must still fit every role its members hold (shared/role-rules.ts), or the change is refused. */
async function checkRolesFitType(tx: Tx, organisationId: string, type: OrganisationType): Promise<void> {
  const misfits = (await rolesHeldIn(tx, organisationId)).filter((role) => !roleFitsOrganisation(role, type));
  if (misfits.length > 0) {
    throw conflict(`Members hold roles that do not belong in this kind of organisation: ${misfits.join(', ')}. Change their roles first.`);
  }
}

const changedFields = (input: object) => Object.keys(input).filter((k) => (input as Record<string, unknown>)[k] !== undefined);

export async function createOrganisation(db: Db, keyring: Keyring, ctx: ActorContext, input: OrganisationCreateInput): Promise<Organisation> {
  checkOidcSettings({ ...input, hasSecret: input.oidcClientSecret !== null });
  checkMunicipality(input);
  return db.transaction(async (tx) => {
    const [row] = await tx
      .insert(organisations)
      .values({
        name: input.name,
        type: input.type,
        regionCode: input.regionCode,
        municipalityCode: input.municipalityCode,
        oidcIssuer: input.oidcIssuer,
        oidcClientId: input.oidcClientId,
        oidcClientSecret: input.oidcClientSecret === null ? null : keyring.encrypt(input.oidcClientSecret),
      })
      .returning();
    await recordAudit(tx, ctx, {
      action: 'organisation.change',
      subjectId: row!.id,
      details: { change: 'created', fields: changedFields(input) },
    });
    return presentOrganisation(ctx.actor, row!);
  });
}

export async function updateOrganisation(
  db: Db,
  keyring: Keyring,
  ctx: ActorContext,
  unverifiedId: string,
  input: OrganisationUpdateInput,
): Promise<Organisation> {
  return withRefusalsAudited(db, ctx, async (tx) => {
    const current = await findOrganisation(tx, organisationScope(ctx.actor), unverifiedId);
    if (!current) throw notFound('No such organisation.');
    if (changesOwnScope(ctx.actor, current, input)) {
      throw roleChangeRefused('own_account', {
        action: 'organisation.change_refused',
        subjectId: current.id,
        details: { organisationId: current.id, fields: changedFields(input), refusal: 'own_account' },
      });
    }
    if (input.type !== undefined && input.type !== current.type) await checkRolesFitType(tx, current.id, input.type);
    const { oidcClientSecret, ...plain } = input;
    checkOidcSettings({
      oidcIssuer: input.oidcIssuer === undefined ? current.oidcIssuer : input.oidcIssuer,
      oidcClientId: input.oidcClientId === undefined ? current.oidcClientId : input.oidcClientId,
      hasSecret: oidcClientSecret === undefined ? current.oidcClientSecret !== null : oidcClientSecret !== null,
    });
    checkMunicipality({
      type: input.type ?? (current.type as OrganisationType),
      regionCode: input.regionCode === undefined ? current.regionCode : input.regionCode,
      municipalityCode: input.municipalityCode === undefined ? current.municipalityCode : input.municipalityCode,
    });
    const secret =
      oidcClientSecret === undefined ? {} : { oidcClientSecret: oidcClientSecret === null ? null : keyring.encrypt(oidcClientSecret) };
    const [row] = await tx
      .update(organisations)
      .set({ ...plain, ...secret, updatedAt: sql`now()` })
      .where(eq(organisations.id, current.id))
      .returning();
    const change = input.isActive === false && current.isActive ? 'deactivated' : input.isActive && !current.isActive ? 'reactivated' : 'updated';
    await recordAudit(tx, ctx, {
      action: 'organisation.change',
      subjectId: current.id,
      details: { change, fields: changedFields(input) },
    });
    return presentOrganisation(ctx.actor, row!);
  });
}

/** Who may lead a region's cases and handle its consultations: its active regional coordinators. */
export { findRegionalCoordinators } from './organisations.queries.ts';
