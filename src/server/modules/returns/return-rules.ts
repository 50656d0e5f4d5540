/**
 * The return programme's rules as pure functions: which step may follow which, and the dates the
 * programme watches after arrival (a reintegration plan within one month, follow-ups at 3, 6 and
 * 12 months). Dates are Swedish calendar days, 'YYYY-MM-DD', never instants.
 */
import type { ReturnMilestoneKind, ReturnStatus } from '../../../shared/schemas/returns.ts';
import { endableStatuses, withdrawableStatuses } from '../../../shared/schemas/returns.ts';

/** The steps of the programme and the statuses each may start from. */
export const stepFrom = {
  decide: ['submitted'],
  assign: ['approved'],
  planJourney: ['assigned', 'travel_planned'],
  recordArrival: ['travel_planned'],
  recordPlan: ['arrived'],
  recordFollowUp: ['reintegration'],
  withdraw: withdrawableStatuses,
  end: endableStatuses,
} as const satisfies Record<string, readonly ReturnStatus[]>;
export type ReturnStep = keyof typeof stepFrom;

/** Whether the step may be taken from the status. */
export function isStepAllowed(step: ReturnStep, status: ReturnStatus): boolean {
  return (stepFrom[step] as readonly ReturnStatus[]).includes(status);
}

/**
 * Months after arrival at which each milestone is due. Counted from arrival, as issue 11 says
 * ("follow-ups at 3, 6 and 12 months after arrival"), not from departure as DESIGN.md §5 has it.
 */
export const milestoneMonths: Record<ReturnMilestoneKind, number> = {
  reintegration_plan: 1,
  follow_up_3: 3,
  follow_up_6: 6,
  follow_up_12: 12,
};

function parse(date: string): [number, number, number] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) throw new RangeError('expected YYYY-MM-DD');
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/**
 * The same day `months` months later; when that month is shorter, its last day
 * (31 January + 1 month = 28 or 29 February). Pure calendar arithmetic: no time zone enters it.
 */
export function addMonths(date: string, months: number): string {
  const [year, month, day] = parse(date);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const lastDay = new Date(Date.UTC(targetYear, targetMonth, 0)).getUTCDate();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${targetYear}-${pad(targetMonth)}-${pad(Math.min(day, lastDay))}`;
}

/** The milestones made on arrival, each with its date. */
export function milestonesAfterArrival(arrivedOn: string): { kind: ReturnMilestoneKind; dueOn: string }[] {
  return (Object.keys(milestoneMonths) as ReturnMilestoneKind[]).map((kind) => ({ kind, dueOn: addMonths(arrivedOn, milestoneMonths[kind]) }));
}
