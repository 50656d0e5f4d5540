import { z } from 'zod';
import { caseFlagKinds } from '../enums.ts';
import { limits } from '../limits.ts';
import { uuid } from './common.ts';

/**
 * A calendar date as the user picked it, 'YYYY-MM-DD'. It is stored as an SQL date and sent back as
 * the same string, never through a Date, so it cannot move a day across time zones.
 */
export const flagDate = z.iso.date().refine((d) => d >= '1900-01-01' && d <= '2999-12-31', 'a date between 1900 and 2999');

export const caseFlagInput = z.object({
  kind: z.enum(caseFlagKinds),
  /** What the others should know; optional. */
  message: z.string().trim().min(1).max(limits.shortTextMax).nullable().default(null),
  /** A date the flag is about (e.g. a hearing), optional. */
  dueOn: flagDate.nullable().default(null),
});
export type CaseFlagInput = z.infer<typeof caseFlagInput>;
export type CaseFlagRequest = z.input<typeof caseFlagInput>;

export const caseFlag = z.object({
  id: uuid,
  caseId: uuid,
  kind: z.enum(caseFlagKinds),
  message: z.string().nullable(),
  dueOn: z.iso.date().nullable(),
  raisedByName: z.string(),
  raisedAt: z.iso.datetime({ offset: true }),
  /** Send it back in If-Match to remove the flag. */
  version: z.number().int(),
});
export type CaseFlag = z.infer<typeof caseFlag>;

/** The flags of several cases at once (the case list): only cases in the caller's scope answer. */
export const caseFlagsQuery = z.object({
  /** Case ids, comma-separated, at most 100. */
  caseIds: z
    .string()
    .max(100 * 37)
    .transform((s) => s.split(',').filter((id) => id.length > 0))
    .pipe(z.array(uuid).max(100)),
});

/** The flags of one case: kinds only, for a list. */
export const caseFlagSummary = z.object({ caseId: uuid, id: uuid, kind: z.enum(caseFlagKinds), dueOn: z.iso.date().nullable() });
export type CaseFlagSummary = z.infer<typeof caseFlagSummary>;

export const caseFlagParams = z.object({ caseId: uuid, flagId: uuid });
