import { z } from 'zod';
import { limits } from '../limits.ts';

// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const controlCharacter = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * The password a personal-data export (XLSX, PDF) is encrypted with. 12 to 64 characters,
 * no composition rules (NIST SP 800-63B), but no control characters (PDF readers and Excel
 * cannot take them from the keyboard), at most 127 bytes of UTF-8 (the most a PDF reader
 * reads) and not one character repeated. The server also checks it against the list of
 * breached passwords (platform/password-policy.ts) before it encrypts anything.
 */
export const exportPassword = z
  .string()
  .min(limits.exportPasswordMin)
  .max(limits.exportPasswordMax)
  .refine((password) => !controlCharacter.test(password), 'no control characters')
  .refine((password) => new TextEncoder().encode(password).length <= limits.exportPasswordBytesMax, `at most ${limits.exportPasswordBytesMax} bytes in UTF-8`)
  .refine((password) => new Set(password.toLowerCase()).size >= 4, 'at least 4 different characters');

/** What every export with personal data asks for besides the filter. */
export const encryptedExportInput = z.object({
  /** The password the file will open with; never stored, never logged. */
  password: exportPassword,
});
export type EncryptedExportInput = z.infer<typeof encryptedExportInput>;
