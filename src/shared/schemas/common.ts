import { z } from 'zod';
import { roleChangeRefusals } from '../role-rules.ts';
import { limits } from '../limits.ts';

export const uuid = z.uuid();

export const email = z
  .string()
  .trim()
  .max(limits.emailMax)
  .pipe(z.email())
  .transform((s) => s.toLowerCase());

/** RFC 9457 problem details, as every error answer of the API. */
export const problem = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string().optional(),
  instance: z.string().optional(),
  /** Which input fields were wrong, for validation errors. */
  errors: z
    .array(
      z.object({
        /** Dotted path of the input field, e.g. person.codeName. */
        field: z.string(),
        /** Stable kind of error for the web app to word: too_small, too_big, invalid_type, invalid_format, invalid_value, unknown, ... */
        code: z.string(),
        /** English explanation for API users. */
        message: z.string(),
      }),
    )
    .optional(),
  /** With 412: the version the resource has now. */
  currentVersion: z.number().int().optional(),
  /** Stable kind of refusal for the web app to word (e.g. registration_closed); the detail is English for API users. */
  code: z.string().optional(),
  /** With a refused role change (403, type …/role-change-refused): which rule refused it. */
  refusal: z.enum(roleChangeRefusals).optional(),
});
export type Problem = z.infer<typeof problem>;

export const pageQuery = z.object({
  page: z.coerce.number().int().min(1).max(100_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(limits.pageSizeMax).default(limits.pageSizeDefault),
});
