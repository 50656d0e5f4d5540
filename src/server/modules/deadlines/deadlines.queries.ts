import { type SQL, and, asc, eq, inArray, isNotNull, notInArray, sql } from 'drizzle-orm';
import type { DeadlineKind } from '../../../shared/schemas/deadlines.ts';
import type { Db, Tx } from '../../db/client.ts';
import { memberships, users } from '../../db/schema/identity.ts';
import { cases } from '../cases/cases.schema.ts';
import { measures } from '../measures/measures.schema.ts';
import { notifications } from '../notifications/notifications.schema.ts';
import { tasks } from '../tasks/tasks.schema.ts';
import { returnApplications, returnMilestones } from '../returns/returns.schema.ts';
import { reflectionPeriodDays } from '../measures/measures.service.ts';
import { type ReminderRule, deadlineRange } from './deadline-rules.ts';

/** Measures whose permit no longer runs: nothing to watch. */
const finishedMeasureStatuses = ['cancelled', 'ended'];

/** The deadline of each watched kind of permit measure (a date). */
const permitDeadlineDate = {
  // The measures module stores the end (decision + 30 days); the decision date alone still gives it.
  reflection_period: sql`coalesce(${measures.endOn}, ${measures.startOn} + ${reflectionPeriodDays}::int)`,
  residence_permit: sql`${measures.endOn}`,
} as const;

const isoDate = (date: SQL) => sql<string>`to_char(${date}, 'YYYY-MM-DD')`;

const permitMeasureType = {
  reflection_period: 'reflection_period_permit',
  residence_permit: 'temporary_residence_permit',
} as const;

export interface DeadlineRow {
  kind: DeadlineKind;
  subjectId: string;
  title: string | null;
  dueOn: string;
  isDone: boolean;
}

/** The case's watched deadlines: tasks with a due date, and permits that still run. Unsorted. */
export async function findCaseDeadlines(db: Db | Tx, caseId: string): Promise<DeadlineRow[]> {
  const taskRows = await db
    .select({
      subjectId: tasks.id,
      title: tasks.title,
      dueOn: sql<string>`to_char(${tasks.dueOn}, 'YYYY-MM-DD')`,
      isDone: sql<boolean>`${tasks.doneAt} is not null`,
    })
    .from(tasks)
    .where(and(eq(tasks.caseId, caseId), isNotNull(tasks.dueOn)));
  const permitRows = await Promise.all(
    (['reflection_period', 'residence_permit'] as const).map(async (kind) => {
      const rows = await db
        .select({ subjectId: measures.id, dueOn: isoDate(permitDeadlineDate[kind]) })
        .from(measures)
        .where(
          and(
            eq(measures.caseId, caseId),
            eq(measures.type, permitMeasureType[kind]),
            notInArray(measures.status, finishedMeasureStatuses),
            sql`${permitDeadlineDate[kind]} is not null`,
          ),
        )
        .orderBy(asc(measures.id));
      return rows.map((row) => ({ kind, subjectId: row.subjectId, title: null, dueOn: row.dueOn, isDone: false }));
    }),
  );
  const returnRows = await db
    .select({ subjectId: returnMilestones.id, milestone: returnMilestones.kind, dueOn: isoDate(sql`${returnMilestones.dueOn}`), isDone: sql<boolean>`${returnMilestones.doneAt} is not null` })
    .from(returnMilestones)
    .innerJoin(returnApplications, eq(returnApplications.id, returnMilestones.applicationId))
    .where(and(eq(returnApplications.caseId, caseId), inArray(returnApplications.status, watchedReturnStatuses)));
  const returns = returnRows.map((row) => ({
    kind: row.milestone === 'reintegration_plan' ? ('return_plan' as const) : ('return_follow_up' as const),
    subjectId: row.subjectId,
    title: null,
    dueOn: row.dueOn,
    isDone: row.isDone,
  }));
  return [...taskRows.map((row) => ({ kind: 'task' as const, ...row })), ...permitRows.flat(), ...returns];
}

/** Return applications whose milestones are watched: after arrival, until closed. */
const watchedReturnStatuses = ['arrived', 'reintegration', 'closed'];
/** Reminded only while the person is in the programme. */
const remindedReturnStatuses = ['arrived', 'reintegration'];

export type EmailStatus = 'none' | 'pending';

/**
 * Inserts the reminders of one rule that are due today and not yet made. The dedupe key names the
 * occurrence (kind, subject, deadline, recipient), and ON CONFLICT DO NOTHING makes the insert
 * safe to run on any number of instances at once: each reminder exists once. A changed due date,
 * or a new assignee, is a new occurrence and gets its own reminder. Returns how many were made.
 *
 * Nobody is reminded about a closed case, a done task, a permit that was cancelled or has ended,
 * or when the recipient is deactivated.
 */
export async function insertDueReminders(db: Db, rule: ReminderRule, today: string, emailStatus: EmailStatus): Promise<number> {
  const officers = rule.deadline === 'return_plan' || rule.deadline === 'return_follow_up' ? await insertDueIomReminders(db, rule, today, emailStatus) : 0;
  return officers + (await insertDueCaseReminders(db, rule, today, emailStatus));
}

async function insertDueCaseReminders(db: Db, rule: ReminderRule, today: string, emailStatus: EmailStatus): Promise<number> {
  const { from, to } = deadlineRange(rule, today);
  const source = reminderSource(rule.deadline);
  const result = await db.execute(sql`
    insert into ${notifications} (user_id, kind, case_id, subject_id, due_on, dedupe_key, email_status)
    select ${source.recipient}, ${rule.kind}::text, ${cases.id}, ${source.subjectId}, ${isoDate(source.dueOn)},
      concat_ws(':', ${rule.kind}::text, ${source.subjectId}, ${isoDate(source.dueOn)}, ${source.recipient}), ${emailStatus}::text
    from ${source.from}
    join ${cases} on ${cases.id} = ${source.caseId}
    join ${users} on ${users.id} = ${source.recipient} and ${users.isActive}
    where ${cases.phase} <> 'closed'
      and ${source.isOpen}
      and ${source.dueOn} between ${from}::date and ${to}::date
    on conflict (dedupe_key) do nothing
    returning ${notifications.id}`);
  return result.rows.length;
}

interface ReminderSource {
  from: SQL;
  caseId: SQL;
  subjectId: SQL;
  /** The deadline, a date. */
  dueOn: SQL;
  recipient: SQL;
  isOpen: SQL;
}

/** Where each kind of deadline lives and who hears about it (DESIGN.md §5). */
function reminderSource(kind: DeadlineKind): ReminderSource {
  switch (kind) {
    case 'task':
      return {
        from: sql`${tasks}`,
        caseId: sql`${tasks.caseId}`,
        subjectId: sql`${tasks.id}`,
        dueOn: sql`${tasks.dueOn}`,
        // The assignee; a task nobody has taken is the lead coordinator's to follow up.
        recipient: sql`coalesce(${tasks.assigneeUserId}, ${cases.leadUserId})`,
        isOpen: sql`${tasks.doneAt} is null`,
      };
    case 'return_plan':
    case 'return_follow_up':
      return {
        from: sql`${returnMilestones} join ${returnApplications} on ${returnApplications.id} = ${returnMilestones.applicationId}`,
        caseId: sql`${returnApplications.caseId}`,
        subjectId: sql`${returnMilestones.id}`,
        dueOn: sql`${returnMilestones.dueOn}`,
        // The lead coordinator; the IOM officers are reminded by insertDueIomReminders.
        recipient: sql`${cases.leadUserId}`,
        isOpen: returnMilestoneOpen(kind),
      };
    case 'reflection_period':
    case 'residence_permit':
      return {
        from: sql`${measures}`,
        caseId: sql`${measures.caseId}`,
        subjectId: sql`${measures.id}`,
        dueOn: permitDeadlineDate[kind],
        recipient: sql`${cases.leadUserId}`,
        isOpen: and(eq(measures.type, permitMeasureType[kind]), notInArray(measures.status, finishedMeasureStatuses))!,
      };
  }
}

/** An open milestone of this kind, of an application still in the programme. */
function returnMilestoneOpen(kind: 'return_plan' | 'return_follow_up'): SQL {
  return and(
    sql`${returnMilestones.doneAt} is null`,
    kind === 'return_plan' ? eq(returnMilestones.kind, 'reintegration_plan') : sql`${returnMilestones.kind} <> 'reintegration_plan'`,
    inArray(returnApplications.status, remindedReturnStatuses),
  )!;
}

/**
 * The return officers of the IOM organisation an application is assigned to get the programme's
 * reminders too. Theirs name the organisation and the milestone, not the case (they see only the
 * referral), so they carry no case id; their e-mail names the organisation and links to the
 * referral, never the case (notifications/return-officer-mail.ts).
 * Deduplicated like every reminder: one per occurrence and recipient.
 */
async function insertDueIomReminders(db: Db, rule: ReminderRule, today: string, emailStatus: EmailStatus): Promise<number> {
  const { from, to } = deadlineRange(rule, today);
  const kind = rule.deadline === 'return_plan' ? 'return_plan' : 'return_follow_up';
  const result = await db.execute(sql`
    insert into ${notifications} (user_id, kind, organisation_id, subject_id, due_on, dedupe_key, email_status)
    select distinct ${users.id}, ${rule.kind}::text, ${returnApplications.iomOrganisationId}, ${returnMilestones.id}, ${isoDate(sql`${returnMilestones.dueOn}`)},
      concat_ws(':', ${rule.kind}::text, ${returnMilestones.id}, ${isoDate(sql`${returnMilestones.dueOn}`)}, ${users.id}), ${emailStatus}::text
    from ${returnMilestones}
    join ${returnApplications} on ${returnApplications.id} = ${returnMilestones.applicationId}
    join ${cases} on ${cases.id} = ${returnApplications.caseId}
    join ${memberships} on ${memberships.organisationId} = ${returnApplications.iomOrganisationId} and 'return_officer' = any(${memberships.roles})
    join ${users} on ${users.id} = ${memberships.userId} and ${users.isActive}
    where ${cases.phase} <> 'closed'
      and ${returnMilestoneOpen(kind)}
      and ${returnMilestones.dueOn} between ${from}::date and ${to}::date
    on conflict (dedupe_key) do nothing
    returning ${notifications.id}`);
  return result.rows.length;
}
