import { z } from 'zod';

/** A year of identification the HTCDS export can be limited to. */
const year = z.int().min(2000).max(2100);

/**
 * The HTCDS microdata export's filter: the years of identification it holds, both ends included;
 * either may be left out. Only whole numbers, since every export filter is written to the audit log.
 */
export const htcdsExportFilter = z
  .strictObject({
    fromYear: year.optional(),
    toYear: year.optional(),
  })
  .refine((f) => f.fromYear === undefined || f.toYear === undefined || f.fromYear <= f.toYear, { path: ['toYear'], message: 'not before fromYear' });
export type HtcdsExportFilter = z.infer<typeof htcdsExportFilter>;
