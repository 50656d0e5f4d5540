import { gt, sql } from 'drizzle-orm';
import type { Db } from '../db/client.ts';
import { auditEvents } from '../db/schema/audit.ts';

export type ChainVerdict =
  | { intact: true; events: number }
  | { intact: false; events: number; brokenAtId: number; reason: 'previous_hash_mismatch' | 'hash_mismatch' };

const batchSize = 5_000;

/**
 * Walks the audit log in id order and recomputes every hash with the same canonical form the
 * insert trigger used (audit_canonical in SQL). Names the first row whose link to the row before
 * or whose own content no longer matches: that is where something was deleted or changed.
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
        expected: sql<string>`encode(sha256(convert_to(${auditEvents.prevHash} || audit_canonical(audit_events), 'UTF8')), 'hex')`,
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
      previousHash = row.hash;
      lastId = row.id;
    }
    onProgress?.(events);
    if (rows.length < batchSize) return { intact: true, events };
  }
}
