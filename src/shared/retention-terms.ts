/**
 * The record types retention knows, and the years each is kept after it closes unless the
 * configuration (SAMVERKA_RETENTION_YEARS) or an administrator says otherwise. Zod-free: the
 * web app's admin page reads these as plain constants.
 */
export const retentionRecordTypes = ['case', 'journal', 'documents', 'consultation', 'intake_submission', 'call', 'audit'] as const;
export type RetentionRecordType = (typeof retentionRecordTypes)[number];

/**
 * Built-in defaults in whole years after closure (README, "Retention"): a case, its journal and
 * documents 10 years after the case closed (the longest limitation period for trafficking
 * offences against children runs from the victim's 18th birthday, and a reopened investigation
 * needs the file); a consultation 5 years after it closed; a public-form submission 2 years after it
 * was handled; a support-line call 2 years after it ended; audit events 10 years after they were
 * written (then they lose their actor and client address and stay in the chain: see README).
 */
export const builtInRetentionYears: Readonly<Record<RetentionRecordType, number>> = {
  case: 10,
  journal: 10,
  documents: 10,
  consultation: 5,
  intake_submission: 2,
  call: 2,
  audit: 10,
};

export const minRetentionYears = 1;
export const maxRetentionYears = 100;

/** Parses `case=12,call=3` into overrides; names the first bad part. */
export function parseRetentionYears(text: string): { years: Partial<Record<RetentionRecordType, number>> } | { error: string } {
  const years: Partial<Record<RetentionRecordType, number>> = {};
  for (const part of text.split(',').map((p) => p.trim()).filter((p) => p !== '')) {
    const match = /^([a-z_]+)=(\d{1,3})$/.exec(part);
    const type = match?.[1] as RetentionRecordType | undefined;
    const value = Number(match?.[2]);
    if (!type || !retentionRecordTypes.includes(type)) return { error: `unknown record type in "${part}" (one of ${retentionRecordTypes.join(', ')})` };
    if (!(value >= minRetentionYears && value <= maxRetentionYears)) return { error: `years out of range in "${part}" (${minRetentionYears}–${maxRetentionYears})` };
    years[type] = value;
  }
  return { years };
}
