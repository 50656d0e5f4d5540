import { createCipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * pdfkit 0.20 encrypts with AES-256 under the Standard security handler's revision 5 (Adobe's
 * extension level 3), whose password check is one SHA-256: cheap to guess at, and withdrawn by
 * ISO 32000-2. Revision 6 keeps the same file key and AES-256 content encryption but derives the
 * password entries (U, UE, O, OE) with the standard's hardened hash (algorithm 2.B). This
 * rewrites those entries on pdfkit's encryption dictionary before it is written, so the file is
 * revision 6 throughout. It reads pdfkit's internals (pinned to 0.20.2) and refuses if they differ.
 */

interface PdfkitSecurity {
  encryptionKey: Uint8Array;
  dictionary: { data: Record<string, unknown> };
}

/** The password as the standard wants it: SASLprep (approximated by space mapping and NFKC), UTF-8, at most 127 bytes. */
export function passwordBytes(password: string): Buffer {
  const prepared = password
    .replace(/[\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000]/g, ' ')
    // SASLprep's "mapped to nothing": soft hyphen, joiners, variation selectors, BOM.
    .replace(/\u00ad|\u034f|\u1806|\u180b|\u180c|\u180d|\u200c|\u200d|\u2060|\ufeff|[\ufe00-\ufe0f]/g, '')
    .normalize('NFKC');
  return Buffer.from(prepared, 'utf8').subarray(0, 127);
}

/** ISO 32000-2 algorithm 2.B: the hash of a password with a salt (and the U entry, for the owner). */
export function hardenedHash(password: Buffer, salt: Buffer, userEntry: Buffer = Buffer.alloc(0)): Buffer {
  let k = createHash('sha256').update(Buffer.concat([password, salt, userEntry])).digest();
  for (let round = 0; ; round++) {
    const k1 = Buffer.concat(Array<Buffer>(64).fill(Buffer.concat([password, k, userEntry])));
    const cipher = createCipheriv('aes-128-cbc', k.subarray(0, 16), k.subarray(16, 32)).setAutoPadding(false);
    const e = Buffer.concat([cipher.update(k1), cipher.final()]);
    let sum = 0;
    for (const byte of e.subarray(0, 16)) sum += byte;
    k = createHash(['sha256', 'sha384', 'sha512'][sum % 3] ?? 'sha256').update(e).digest();
    if (round >= 63 && (e.at(-1) ?? 0) <= round + 1 - 32) break;
  }
  return k.subarray(0, 32);
}

/** AES-256-CBC with a zero IV and no padding: how the standard wraps the file key in UE and OE. */
function wrapFileKey(key: Buffer, fileKey: Uint8Array): Buffer {
  const cipher = createCipheriv('aes-256-cbc', key, Buffer.alloc(16)).setAutoPadding(false);
  return Buffer.concat([cipher.update(fileKey), cipher.final()]);
}

/** The 48-byte password entry (hash, validation salt, key salt) and the wrapped file key. */
function passwordEntries(password: Buffer, fileKey: Uint8Array, userEntry?: Buffer): { entry: Buffer; wrappedKey: Buffer } {
  const validationSalt = randomBytes(8);
  const keySalt = randomBytes(8);
  const entry = Buffer.concat([hardenedHash(password, validationSalt, userEntry), validationSalt, keySalt]);
  return { entry, wrappedKey: wrapFileKey(hardenedHash(password, keySalt, userEntry), fileKey) };
}

/** Makes a pdfkit document opened with `pdfVersion: '1.7ext3'` encrypt under revision 6. */
export function useRevision6(doc: object, userPassword: string, ownerPassword: string): void {
  const security = (doc as { _security?: PdfkitSecurity })._security;
  const entries = security?.dictionary.data;
  if (!security || entries?.V !== 5 || entries.R !== 5 || security.encryptionKey.length !== 32) {
    throw new Error('pdfkit no longer sets up AES-256 revision 5 as expected; check useRevision6 against its security handler');
  }
  const user = passwordEntries(passwordBytes(userPassword), security.encryptionKey);
  const owner = passwordEntries(passwordBytes(ownerPassword), security.encryptionKey, user.entry);
  Object.assign(entries, { R: 6, U: user.entry, UE: user.wrappedKey, O: owner.entry, OE: owner.wrappedKey });
}
