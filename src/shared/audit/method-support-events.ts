import { z } from 'zod';
import { consultationOutcomes, consultationSources, exploitationForms, policeRegions } from '../enums.ts';
import { quarter } from '../schemas/statistics.ts';
import { about, calendarDate, count, fieldNames, flag, id, ids, page, version } from './vocabulary.ts';

const opened = { regionCode: z.enum(policeRegions), source: z.enum(consultationSources) };

/** Why the public form refused a submission: the reason only, never the content. */
const intakeRefusal = z.enum(['rate_limited', 'honeypot', 'token_invalid', 'token_too_fast', 'token_expired']);

/** Method support: consultations, the support line's calls, the dashboard and the statistics. */
export const methodSupportEvents = {
  'consultation.submitted_publicly': about('consultation', opened),
  'consultation.intake_refused': about(null, { reason: intakeRefusal }),
  'consultation.create': about('consultation', opened),
  'consultation.list': about(null, { consultationIds: ids, total: count, page }),
  /** The consultation, a create's replay, or the coordinators it may be assigned to. */
  'consultation.read': about('consultation', { idempotentReplay: flag.optional(), assigneeUserIds: ids.optional() }),
  'consultation.claim': about('consultation', { version }),
  'consultation.assign': about('consultation', { assigneeUserId: id, version }),
  'consultation.advice': about('consultation', { adviceId: id }),
  'consultation.close': about('consultation', { outcome: z.string().pipe(z.enum(consultationOutcomes)), version }),
  'consultation.escalate': about('consultation', { caseId: id, version }),

  'call.list': about(null, { date: calendarDate, count }),
  /** The consultation and case a call is linked to, when it is. */
  'call.create': about('call', { consultationId: id.optional(), caseId: id.optional() }),
  'call.update': about('call', { fields: fieldNames, version, consultationId: id.optional(), caseId: id.optional() }),

  'dashboard.read': about(null, {
    region: z.enum(policeRegions).nullable(),
    open: count,
    overdue: count,
    myQueue: count,
    newToday: count,
    callsToday: count,
  }),

  /** The statistics read: the filters only; every figure went through disclosure control. */
  'statistics.read': about(null, {
    region: z.enum(policeRegions).nullable(),
    form: z.enum(exploitationForms).nullable(),
    from: quarter,
    to: quarter,
  }),
} as const;
