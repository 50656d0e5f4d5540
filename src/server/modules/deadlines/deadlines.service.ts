import type { DeadlineList } from '../../../shared/schemas/deadlines.ts';
import type { Db } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { requireCaseAccess } from '../cases/case-access.policy.ts';
import { deadlineStatus, reminderRules, swedishToday } from './deadline-rules.ts';
import { type EmailStatus, findCaseDeadlines, insertDueReminders } from './deadlines.queries.ts';

/** The order deadlines on the same day are listed in. */
const kindOrder = { reflection_period: 0, residence_permit: 1, return_plan: 2, return_follow_up: 3, task: 4 } as const;

/**
 * The deadlines the system watches in a case, earliest first, with where each stands today in
 * Sweden. Anyone who may see the case may see them.
 */
export async function listCaseDeadlines(db: Db, ctx: ActorContext, unverifiedCaseId: string, now = new Date()): Promise<DeadlineList> {
  const access = await requireCaseAccess(db, ctx.actor, unverifiedCaseId);
  const today = swedishToday(now);
  const rows = await findCaseDeadlines(db, access.caseId);
  const items = rows
    .map((row) => ({ kind: row.kind, subjectId: row.subjectId, title: row.title, dueOn: row.dueOn, ...deadlineStatus(row.dueOn, today, row.isDone) }))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || kindOrder[a.kind] - kindOrder[b.kind] || a.subjectId.localeCompare(b.subjectId));
  await recordAudit(db, ctx, { action: 'deadline.list', subjectId: access.caseId, details: { count: items.length } });
  return { items, today };
}

export { deadlineStatus } from './deadline-rules.ts';

/**
 * Makes the deadline reminders due today in Sweden (deadline-rules.ts says which, including the
 * catch-up after downtime), once per occurrence however many instances run it; returns how many.
 */
export async function insertDueDeadlineReminders(db: Db, today: string, emailStatus: EmailStatus): Promise<number> {
  let created = 0;
  for (const rule of reminderRules) created += await insertDueReminders(db, rule, today, emailStatus);
  return created;
}
