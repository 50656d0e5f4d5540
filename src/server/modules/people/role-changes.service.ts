import { sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import type { RoleChange, RoleChangeList } from '../../../shared/schemas/admin.ts';
import type { RoleChangeRefusal } from '../../../shared/role-rules.ts';
import type { Db } from '../../db/client.ts';
import { auditEvents, invitations, users } from '../../db/schema/index.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { loadGrantPlace } from './grant-place.service.ts';

const roleChangeActions = [
  'membership.roles_changed',
  'membership.roles_change_refused',
  'role_request.created',
  'role_request.approved',
  'role_request.rejected',
  'role_request.withdrawn',
  'invitation.created',
  'invitation.approved',
  'invitation.rejected',
  'invitation.refused',
  'invitation.accepted',
  'organisation.change_refused',
] as const satisfies readonly RoleChange['action'][];

/** The newest entries shown; the full record stays in the audit log. */
const logLength = 200;

type Row = {
  id: number;
  occurred_at: string | Date;
  action: RoleChange['action'];
  actor_name: string | null;
  person_name: string | null;
  details: { before?: Role[]; after?: Role[]; attempted?: Role[] | string; roles?: Role[]; refusal?: RoleChangeRefusal };
};

const roleList = (value: unknown): Role[] | null => (Array.isArray(value) ? (value as Role[]) : null);

/**
 * An organisation's log of role changes from the audit log: grants, removals, requests and their
 * decisions, invitations, and the attempts the separation-of-duties rule refused. For the
 * organisation's administrators; reading it is recorded like any read of staff data.
 */
export async function listRoleChanges(db: Db, ctx: ActorContext, unverifiedOrganisationId: string): Promise<RoleChangeList> {
  const place = await loadGrantPlace(db, ctx, unverifiedOrganisationId);
  const result = await db.execute<Row>(sql`
    select e.id, e.occurred_at, e.action, actor.name as actor_name,
      coalesce(person.name, invited.name) as person_name, e.details
    from ${auditEvents} e
    left join ${users} actor on actor.id = e.actor_user_id
    left join ${users} person on person.id::text = coalesce(e.details->>'userId', case when e.subject_type = 'user' then e.subject_id end)
    left join ${invitations} invited on e.subject_type = 'invitation' and invited.id::text = e.subject_id
      or invited.id::text = e.details->>'invitationId'
    where e.action in ${[...roleChangeActions]} and e.details->>'organisationId' = ${place.id}
    order by e.id desc
    limit ${logLength}`);
  await recordAudit(db, ctx, { action: 'role_changes.list', subjectId: place.id, details: { count: result.rows.length } });
  return {
    items: result.rows.map((row) => ({
      id: Number(row.id),
      occurredAt: new Date(row.occurred_at).toISOString(),
      action: row.action,
      actorName: row.actor_name,
      personName: row.person_name,
      before: roleList(row.details.before),
      after: roleList(row.details.after) ?? roleList(row.details.attempted),
      roles: roleList(row.details.roles),
      refusal: row.details.refusal ?? null,
    })),
  };
}
