import { roleChangeRefusedType } from '../../shared/problem-types.ts';
import type { RoleChangeRefusal } from '../../shared/role-rules.ts';
import type { Db, Tx } from '../db/client.ts';
import { type AuditEntry, recordAudit } from './audit.ts';
import { HttpProblem } from './problems.ts';
import type { ActorContext } from './request-context.ts';

/**
 * A 403 whose attempt must be on record even though nothing changed: it carries the audit entry,
 * which withRefusalsAudited writes after the transaction has rolled back.
 */
export class AuditedRefusal extends HttpProblem {
  constructor(
    detail: string,
    readonly audit: AuditEntry,
  ) {
    super(403, 'Forbidden', detail);
  }
}

/**
 * Runs the work in a transaction. A refusal it throws rolls the work back, is then recorded in
 * the audit log on its own (refused attempts are evidence too), and is passed on to the caller.
 */
export async function withRefusalsAudited<T>(db: Db, ctx: ActorContext, work: (tx: Tx) => Promise<T>): Promise<T> {
  try {
    return await db.transaction(work);
  } catch (error) {
    if (error instanceof AuditedRefusal) await recordAudit(db, ctx, error.audit);
    throw error;
  }
}

const explanations: Record<RoleChangeRefusal, string> = {
  own_account: 'Nobody changes their own roles, organisation or scope; ask another administrator.',
  not_administered: 'You do not administer this organisation.',
  role_not_for_organisation_type: 'This role does not belong in this kind of organisation.',
  system_admin_only: 'Only a system administrator grants or removes this role.',
  approver_not_independent: 'A grant is approved by a second administrator: not the one who asked for it, nor the member it is for.',
};

/** The separation-of-duties rule said no (members.policy.ts); `refusal` tells the web app which part. */
export function roleChangeRefused(refusal: RoleChangeRefusal, audit: AuditEntry): AuditedRefusal {
  const problem = new AuditedRefusal(explanations[refusal], audit).withType(roleChangeRefusedType);
  problem.extensions = { refusal };
  return problem;
}
