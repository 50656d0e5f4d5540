import { z } from 'zod';
import { callerCategories, callTopics, policeRegions } from '../enums.ts';
import { languageCodes } from '../languages.ts';
import { containsPersonalNumber } from '../personal-number-in-text.ts';
import { stockholmDate } from '../working-days.ts';
import { uuid } from './common.ts';

/** Longest advice text of one call. */
export const callAdviceMax = 5000;
/** Longest call that can be logged. */
export const callMaxDurationSeconds = 8 * 60 * 60;
/** How far ahead of the server's clock a time may be (the browser's clock may run a little fast). */
export const callClockSkewMs = 2 * 60 * 1000;

export const consultationReferencePattern = /^MS-\d{4}-\d{6}$/;
export const caseReferencePattern = /^NMT-\d{4}-\d{6}$/;

const optionalReference = (pattern: RegExp, shape: string) =>
  z
    .string()
    .trim()
    .toUpperCase()
    .transform((s) => (s === '' ? null : s))
    .pipe(z.string().regex(pattern, shape).nullable())
    .nullable()
    .optional();

const callFields = {
  startedAt: z.iso.datetime({ offset: true }),
  endedAt: z.iso.datetime({ offset: true }).nullable().optional(),
  callerCategory: z.enum(callerCategories),
  topic: z.enum(callTopics),
  regionCode: z.enum(policeRegions).nullable().optional(),
  language: z.enum(languageCodes).nullable().optional(),
  adviceGiven: z
    .string()
    .trim()
    .max(callAdviceMax)
    .transform((s) => (s === '' ? null : s))
    .nullable()
    .optional(),
  followUpNeeded: z.boolean(),
  consultationReference: optionalReference(consultationReferencePattern, 'MS-YYYY-NNNNNN'),
  caseReference: optionalReference(caseReferencePattern, 'NMT-YYYY-NNNNNN'),
};

interface CallTimes {
  startedAt?: string;
  endedAt?: string | null;
  callerCategory?: string;
  adviceGiven?: string | null;
}

/** The rules over several fields, shared by create, update and the web form. */
export function checkCall(call: CallTimes, ctx: z.RefinementCtx, now = Date.now()): void {
  const latest = now + callClockSkewMs;
  const started = call.startedAt === undefined ? undefined : Date.parse(call.startedAt);
  const ended = call.endedAt ? Date.parse(call.endedAt) : undefined;
  if (started !== undefined && started > latest) {
    ctx.addIssue({ code: 'custom', path: ['startedAt'], message: 'in_future' });
  }
  if (ended !== undefined) {
    if (ended > latest) ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'in_future' });
    if (started !== undefined && ended < started) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'before_start' });
    } else if (started !== undefined && ended - started > callMaxDurationSeconds * 1000) {
      ctx.addIssue({ code: 'custom', path: ['endedAt'], message: 'too_long' });
    }
  }
  if (call.callerCategory === 'exposed_person' && call.adviceGiven && containsPersonalNumber(call.adviceGiven)) {
    ctx.addIssue({ code: 'custom', path: ['adviceGiven'], message: 'personal_number' });
  }
}

export const callCreateInput = z
  .object({
    ...callFields,
    endedAt: callFields.endedAt.default(null),
    regionCode: callFields.regionCode.default(null),
    language: callFields.language.default(null),
    adviceGiven: callFields.adviceGiven.default(null),
    followUpNeeded: callFields.followUpNeeded.default(false),
    consultationReference: callFields.consultationReference.default(null),
    caseReference: callFields.caseReference.default(null),
  })
  .superRefine((call, ctx) => { checkCall(call, ctx); });
export type CallCreateInput = z.infer<typeof callCreateInput>;
export type CallCreateRequest = z.input<typeof callCreateInput>;

/** Send only what changes; the rules over several fields are checked against the stored call too. */
export const callUpdateInput = z
  .object({
    startedAt: callFields.startedAt.optional(),
    endedAt: callFields.endedAt,
    callerCategory: callFields.callerCategory.optional(),
    topic: callFields.topic.optional(),
    regionCode: callFields.regionCode,
    language: callFields.language,
    adviceGiven: callFields.adviceGiven,
    followUpNeeded: callFields.followUpNeeded.optional(),
    consultationReference: callFields.consultationReference,
    caseReference: callFields.caseReference,
  })
  .superRefine((call, ctx) => { checkCall(call, ctx); });
export type CallUpdateInput = z.infer<typeof callUpdateInput>;
export type CallUpdateRequest = z.input<typeof callUpdateInput>;

export const callListQuery = z.object({
  /** A Swedish date; today in Swedish time when left out. */
  date: z.iso.date().optional(),
});
export type CallListQuery = z.infer<typeof callListQuery>;

/**
 * The call log's filter as an export takes it: the Swedish day. Left out, it is today, fixed when
 * the export is asked for (not when its job runs), so the audit log records which day was exported.
 */
export const callExportFilter = z
  .object({ date: z.iso.date().default(() => stockholmDate(new Date())) })
  .strict();
export type CallExportFilter = z.infer<typeof callExportFilter>;

export const callItem = z.object({
  id: uuid,
  startedAt: z.string(),
  endedAt: z.string().nullable(),
  durationSeconds: z.number().int().nullable(),
  callerCategory: z.enum(callerCategories),
  topic: z.enum(callTopics),
  regionCode: z.enum(policeRegions).nullable(),
  language: z.string().nullable(),
  adviceGiven: z.string().nullable(),
  followUpNeeded: z.boolean(),
  consultationId: uuid.nullable(),
  /** Only when the operator may see the consultation. */
  consultationReference: z.string().nullable(),
  /** Only when the operator may see the case; otherwise both are null. */
  caseId: uuid.nullable(),
  caseReference: z.string().nullable(),
  version: z.number().int(),
});
export type CallItem = z.infer<typeof callItem>;

export const callList = z.object({
  date: z.string(),
  items: z.array(callItem),
});
export type CallList = z.infer<typeof callList>;
