import { z } from 'zod';
import { measureStatuses, measureTypes } from '../enums.ts';
import { limits } from '../limits.ts';
import { uuid } from './common.ts';

/**
 * A calendar date, YYYY-MM-DD, that exists (no 30 February), in years a case can concern. The
 * bounds also keep out years PostgreSQL's date type refuses (year 0).
 */
export const calendarDate = z.iso.date().refine((value) => {
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2199;
}, 'a date between 1900 and 2199');

/** Short practical detail about the measure; never identity data (names, personal numbers, addresses). */
const measureNote = z.string().trim().min(1).max(limits.shortTextMax);

/**
 * A new measure. For reflection_period_permit, startOn is the permit decision and is required;
 * the server computes endOn (decision + 30 days) and refuses an endOn sent by the client. For
 * temporary_residence_permit, endOn (the expiry) is required. endOn is never before startOn.
 */
export const measureCreateInput = z.object({
  type: z.enum(measureTypes),
  status: z.enum(measureStatuses).default('planned'),
  /** When the measure starts; for a permit, the date of the decision. */
  startOn: calendarDate.nullable().default(null),
  /** When it ends; for a residence permit its expiry; computed for a reflection-period permit. */
  endOn: calendarDate.nullable().optional(),
  note: measureNote.nullable().default(null),
});
export type MeasureCreateInput = z.infer<typeof measureCreateInput>;
/** The body a client sends; fields with defaults may be left out. */
export type MeasureCreateRequest = z.input<typeof measureCreateInput>;

/** A change of a measure: only the fields sent change, with If-Match. The same rules hold after it. */
export const measureUpdateInput = z
  .object({
    type: z.enum(measureTypes),
    status: z.enum(measureStatuses),
    startOn: calendarDate.nullable(),
    endOn: calendarDate.nullable(),
    note: measureNote.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type MeasureUpdateInput = z.infer<typeof measureUpdateInput>;

export const measure = z.object({
  id: uuid,
  type: z.enum(measureTypes),
  status: z.enum(measureStatuses),
  startOn: z.iso.date().nullable(),
  endOn: z.iso.date().nullable(),
  note: z.string().nullable(),
  createdByName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Send back in If-Match to change it. */
  version: z.number().int(),
});
export type Measure = z.infer<typeof measure>;

export const measureList = z.object({ items: z.array(measure) });
export type MeasureList = z.infer<typeof measureList>;

export const measureParams = z.object({ caseId: uuid, measureId: uuid });
