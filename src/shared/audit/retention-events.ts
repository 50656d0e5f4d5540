import { z } from 'zod';
import { retentionRecordTypes } from '../retention-terms.ts';
import { about, count, id } from './vocabulary.ts';

const recordType = z.enum(retentionRecordTypes);
/** Per record type: how many records the run anonymised and how many a legal hold kept back. */
const perType = z.array(z.strictObject({ recordType, years: count, anonymised: count, held: count }));

/** Retention (issue 13): periods, legal holds and the runs that anonymise what has expired. */
export const retentionEvents = {
  'retention.settings_read': about(null, {}),
  /** The record types whose period changed, and to what (null: back to the default). */
  'retention.settings_changed': about(null, { changes: z.array(z.strictObject({ recordType, years: count.nullable() })) }),
  /** A run of the daily job or of `samverka retention` (a dry run writes nothing, this included). */
  'retention.run': about(null, { runId: id, types: perType }),
  'legal_hold.list': about(null, { count }),
  'legal_hold.placed': about('case', { holdId: id }),
  'legal_hold.lifted': about('case', { holdId: id }),
} as const;
