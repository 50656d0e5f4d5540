/** Input limits, used by the server's schemas and the web app's forms alike. */
export const limits = {
  emailMax: 254,
  nameMax: 200,
  passwordMin: 12,
  passwordMax: 256,
  codeNameMax: 80,
  organisationNameMax: 200,
  urlMax: 500,
  oidcClientIdMax: 200,
  oidcClientSecretMax: 500,
  /** Roles a person may hold in one organisation: at most all of them. */
  rolesMax: 10,
  pageSizeMax: 100,
  /**
   * Journal entries a case search ranks at most: the newest that match, in the caller's scope
   * (server/modules/cases/case-search.ts). A word in half of all entries would otherwise have every
   * one of them ranked; the web app names the figure when the total is a lower bound because of it.
   */
  journalMatchMax: 250,
  /** Short free text: references, reasons, consent scope, task titles. */
  shortTextMax: 500,
  /** Reasons for moving back, reopening, breaking the glass, closing. */
  reasonMin: 10,
  reasonMax: 2000,
  journalEntryMax: 20_000,
  /** Search text. */
  searchMin: 2,
  searchMax: 200,
  documentBytesMax: 20 * 1024 * 1024,
  fileNameMax: 200,
  identityValueMax: 300,
  /** Hours within which a journal entry's author may correct it. */
  journalCorrectionHours: 24,
  /** Hours a break-the-glass grant lasts. */
  breakGlassHours: 4,
  idempotencyKeyMax: 200,
  pageSizeDefault: 25,
  /** The password an export is encrypted with: chosen per export, typed or pasted once. */
  exportPasswordMin: 12,
  exportPasswordMax: 64,
  /** PDF (ISO 32000-2) reads at most 127 bytes of a password's UTF-8; longer would be cut silently. */
  exportPasswordBytesMax: 127,
} as const;
