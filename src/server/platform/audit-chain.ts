import { gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema/audit.ts';

export type ChainVerdict =
  | { intact: true; events: number }
  | { intact: false; events: number; brokenAtId: number; reason: 'previous_hash_mismatch' | 'hash_mismatch' | 'personal_digest_mismatch' };

const batchSize = 5_000;

/**
 * Walks the audit log in id order and recomputes every hash with the canonical form its version
 * names (audit_expected_hash in SQL, the same the insert trigger uses). Version 2 rows hash a
 * digest of their actor and client address: where those are still there the digest is computed
 * again from them and the row's salt; where retention erased them (with the salt) the stored digest
 * stands, and the row's hash still covers it and every other field. Names the first row whose link
 * to the row before, whose own content or whose personal details no longer match: that is where
 * something was deleted or changed.
 */
export async function verifyAuditChain(db: Db, onProgress?: (checked: number) => void): Promise<ChainVerdict> {
  let previousHash = '';
  let lastId = 0;
  let events = 0;
  for (;;) {
    const rows = await db
      .select({
        id: auditEvents.id,
        prevHash: auditEvents.prevHash,
        hash: auditEvents.hash,
        expected: sql<string>`audit_expected_hash(audit_events)`,
        personalIntact: sql<boolean>`audit_personal_intact(audit_events)`,
      })
      .from(auditEvents)
      .where(gt(auditEvents.id, lastId))
      .orderBy(auditEvents.id)
      .limit(batchSize);
    for (const row of rows) {
      events++;
      if (row.prevHash !== previousHash) {
        return { intact: false, events, brokenAtId: row.id, reason: 'previous_hash_mismatch' };
      }
      if (row.hash !== row.expected) return { intact: false, events, brokenAtId: row.id, reason: 'hash_mismatch' };
      if (!row.personalIntact) return { intact: false, events, brokenAtId: row.id, reason: 'personal_digest_mismatch' };
      previousHash = row.hash;
      lastId = row.id;
    }
    onProgress?.(events);
    if (rows.length < batchSize) return { intact: true, events };
  }
}
