import { z } from 'zod';
import { about, aboutEither, count, flag, id, keyId, sha256Hex } from './vocabulary.ts';

/** Where a password or code was refused. */
const signInStep = z.enum(['password', 'second_factor', 'reauthenticate', 'invitation', 'export']);

/** The database a backup was taken from or restored into. */
const databaseKind = z.enum(['pglite', 'postgres']);

/** Why a single sign-on failed (sso.service.ts SsoFailureReason), never what the provider said. */
const ssoFailureReason = z.enum([
  'not_configured',
  'provider_unavailable',
  'missing_state',
  'state_mismatch',
  'unknown_state',
  'expired_state',
  'provider_error',
  'exchange_failed',
  'email_unverified',
  'no_matching_member',
  'not_member',
  'inactive_user',
]);

/** Setup, sign-in and sign-out, one's own account and sessions, the server's keys and backups. */
export const signInEvents = {
  'setup.completed': about('user', {}),
  'auth.sign_in': about('user', { secondFactor: z.enum(['totp', 'recovery_code']) }),
  'auth.sign_in_failed': about(null, { step: signInStep }),
  'auth.sign_out': about('user', {}),
  'auth.sso_sign_in': about('user', { organisationId: id, isNewLink: flag }),
  'auth.sso_sign_in_failed': about(null, { reason: ssoFailureReason, organisationId: id.optional() }),
  'auth.recovery_code_used': about('user', {}),
  'account.reauthenticated': about('user', {}),
  'account.password_changed': about('user', {}),
  'account.second_factor_reset': about('user', {}),
  'account.recovery_codes_renewed': about('user', {}),
  /** One's own other sessions, or an administrator ending a member's. */
  'session.revoked': aboutEither('user', [{ own: flag }, { organisationId: id, count }]),
  'keys.rotated': about(null, {
    keyId,
    keyFileWritten: flag,
    personIdentities: count,
    organisationSecrets: count,
    totpSecrets: count,
    /** Persons whose duplicate-matching hashes were computed again under the new key. */
    matchKeyPersons: count.optional(),
    unreadable: count,
  }),
  /** `samverka backup`: what the encrypted backup holds (written after the dump, so not in it). */
  'backup.created': about(null, {
    databaseKind: databaseKind,
    cases: count,
    journalEntries: count,
    documents: count,
    auditEvents: count,
    keyFileIncluded: flag,
  }),
  /** `samverka restore`: written into the restored database after its chain was checked, with what was found again. */
  'backup.restored': about(null, {
    fromDatabaseKind: databaseKind,
    cases: count,
    journalEntries: count,
    documents: count,
    auditEvents: count,
    migrationsApplied: count,
  }),
  /**
   * Migration 0023: the chain moved to hash version 2 (a digest of the actor and client address,
   * so retention can erase them). `previousHead` is the head hash before; when the old chain did
   * not verify (`intact` false), its rows stayed version 1 and `brokenAtId` names the first break.
   */
  'audit.chain_upgraded': about(null, { toVersion: count, events: count, intact: flag, previousHead: sha256Hex, brokenAtId: count.optional() }),
  /** `samverka duplicates reindex`: the duplicate-matching hashes computed again from the identities. */
  'duplicates.reindexed': about(null, { keyId, persons: count, unreadable: count }),
} as const;
