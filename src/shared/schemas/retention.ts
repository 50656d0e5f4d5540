import { z } from 'zod';
import { maxRetentionYears, minRetentionYears, retentionRecordTypes } from '../retention-terms.ts';
import { uuid } from './common.ts';

export const retentionRecordType = z.enum(retentionRecordTypes);
const years = z.int().min(minRetentionYears).max(maxRetentionYears);

/** One record type's period: the configuration's default, the administrator's setting, and the one in force. */
export const retentionSetting = z.object({
  recordType: retentionRecordType,
  /** From the configuration (SAMVERKA_RETENTION_YEARS or the built-in default). */
  defaultYears: years,
  /** Set by an administrator; null when the default applies. */
  setYears: years.nullable(),
  /** The period in force: setYears, else defaultYears. */
  years,
  updatedAt: z.iso.datetime().nullable(),
});
export type RetentionSetting = z.infer<typeof retentionSetting>;

/** New periods, by record type; null goes back to the default. Types left out are unchanged. */
export const retentionSettingsInput = z.strictObject({
  years: z.partialRecord(retentionRecordType, years.nullable()).refine((value) => Object.keys(value).length > 0, 'Name at least one record type.'),
});
export type RetentionSettingsInput = z.infer<typeof retentionSettingsInput>;

export const legalHold = z.object({
  id: uuid,
  caseReference: z.string(),
  reason: z.string(),
  placedAt: z.iso.datetime(),
  liftedAt: z.iso.datetime().nullable(),
  isActive: z.boolean(),
});
export type LegalHold = z.infer<typeof legalHold>;

export const legalHoldInput = z.strictObject({
  /** The case's reference number, NMT-YYYY-NNNNNN. */
  caseReference: z.string().trim().regex(/^NMT-\d{4}-\d{6}$/, 'Expected NMT-YYYY-NNNNNN.'),
  /** Why the case must be kept (a decision, a court's order): no case content. */
  reason: z.string().trim().min(3).max(500),
});
export type LegalHoldInput = z.infer<typeof legalHoldInput>;

export const legalHoldParams = z.object({ holdId: uuid });

/** What a run anonymised (or would, in a dry run) per record type, and what a legal hold kept back. */
export const retentionRunSummary = z.object({
  dryRun: z.boolean(),
  types: z.array(z.object({ recordType: retentionRecordType, years, expired: z.int().nonnegative(), held: z.int().nonnegative() })),
});
export type RetentionRunSummary = z.infer<typeof retentionRunSummary>;
