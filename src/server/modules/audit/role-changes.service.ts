import { sql } from 'drizzle-orm';
import type { Role } from '../../../shared/enums.ts';
import { type RoleChange, type RoleChangeList, roleChangeActions } from '../../../shared/schemas/admin.ts';
import type { RoleChangeRefusal } from '../../../shared/role-rules.ts';
import type { Db } from '../../db/client.ts';
import { auditEvents } from '../../db/schema/audit.ts';
import { users } from '../../db/schema/identity.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { findInvitationNames } from '../invitations/invitations.service.ts';
import { loadGrantPlace } from '../members/grant-place.service.ts';


/** The newest entries shown; the full record stays in the audit log. */
const logLength = 200;

type Row = {
  id: number;
  occurred_at: string | Date;
  action: RoleChange['action'];
  actor_name: string | null;
  member_name: string | null;
  subject_type: string | null;
  subject_id: string | null;
  details: { before?: Role[]; after?: Role[]; attempted?: Role[] | string; roles?: Role[]; refusal?: RoleChangeRefusal; invitationId?: string };
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
    select e.id, e.occurred_at, e.action, actor.name as actor_name, member.name as member_name,
      e.subject_type, e.subject_id, e.details
    from ${auditEvents} e
    left join ${users} actor on actor.id = e.actor_user_id
    left join ${users} member on member.id::text = coalesce(e.details->>'userId', case when e.subject_type = 'user' then e.subject_id end)
    where e.action in ${[...roleChangeActions]} and e.details->>'organisationId' = ${place.id}
    order by e.id desc
    limit ${logLength}`);
  // Someone invited has no account yet: the invitation holds their name.
  const invitationOf = (row: Row) => (row.subject_type === 'invitation' ? row.subject_id : (row.details.invitationId ?? null));
  const invited = await findInvitationNames(db, result.rows.map(invitationOf).filter((id): id is string => id !== null));
  await recordAudit(db, ctx, { action: 'role_changes.list', subjectId: place.id, details: { count: result.rows.length } });
  return {
    items: result.rows.map((row) => ({
      id: Number(row.id),
      occurredAt: new Date(row.occurred_at).toISOString(),
      action: row.action,
      actorName: row.actor_name,
      memberName: row.member_name ?? invited.get(invitationOf(row) ?? '') ?? null,
      before: roleList(row.details.before),
      after: roleList(row.details.after) ?? roleList(row.details.attempted),
      roles: roleList(row.details.roles),
      refusal: row.details.refusal ?? null,
    })),
  };
}
