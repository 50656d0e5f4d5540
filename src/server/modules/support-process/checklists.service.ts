import { and, asc, eq, sql } from 'drizzle-orm';
import { casePhases, type CasePhase } from '../../../shared/enums.ts';
import type {
  ChecklistEntry,
  ChecklistItem,
  ChecklistItemCreateInput,
  ChecklistItemList,
  ChecklistItemUpdateInput,
} from '../../../shared/schemas/support-process.ts';
import type { Db, Tx } from '../../db/client.ts';
import { users } from '../../db/schema/identity.ts';
import { caseChecklistMarks, checklistItems } from './support-process.schema.ts';
import { hasRole } from '../../platform/actor.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { staleVersion } from '../../platform/versions.ts';
import { requireCaseAccess } from '../cases/case-access.policy.ts';

type ItemRow = typeof checklistItems.$inferSelect;

function presentItem(row: ItemRow): ChecklistItem {
  return {
    id: row.id,
    phase: row.phase as CasePhase,
    labelSv: row.labelSv,
    labelEn: row.labelEn,
    isRequired: row.isRequired,
    position: row.position,
    isActive: row.isActive,
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** Every checklist item per phase, retired ones too, for the case page and the checklist administration. */
export async function listChecklistItems(db: Db, ctx: ActorContext): Promise<ChecklistItemList> {
  const rows = await db.select().from(checklistItems).orderBy(asc(checklistItems.position), asc(checklistItems.id));
  return {
    phases: casePhases.map((phase) => ({ phase, items: rows.filter((row) => row.phase === phase).map(presentItem) })),
    can: { manage: hasRole(ctx.actor, 'national_coordinator') },
  };
}

/**
 * The phase's items, locked in a fixed order until the transaction ends, so that adding and
 * reordering items of one phase take turns (and cannot deadlock).
 */
async function lockPhaseItems(tx: Tx, phase: string) {
  return tx
    .select({ id: checklistItems.id, position: checklistItems.position })
    .from(checklistItems)
    .where(eq(checklistItems.phase, phase))
    .orderBy(asc(checklistItems.position), asc(checklistItems.id))
    .for('update');
}

/** Adds an item at the end of its phase's checklist (national coordinators). */
export async function createChecklistItem(
  db: Db,
  ctx: ActorContext,
  input: ChecklistItemCreateInput,
  idempotency: { key: string | undefined; fingerprint: string },
): Promise<{ item: ChecklistItem; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...idempotency }, async () => {
      const siblings = await lockPhaseItems(tx, input.phase);
      const position = Math.max(0, ...siblings.map((s) => s.position)) + 1;
      const [created] = await tx
        .insert(checklistItems)
        .values({ phase: input.phase, labelSv: input.labelSv, labelEn: input.labelEn, isRequired: input.isRequired, position })
        .returning({ id: checklistItems.id });
      await recordAudit(tx, ctx, { action: 'checklist_item.create', subjectId: created!.id, details: { phase: input.phase } });
      return created!.id;
    });
    const [row] = await tx.select().from(checklistItems).where(eq(checklistItems.id, id));
    if (!row) throw notFound('No such checklist item.');
    return { item: presentItem(row), replayed };
  });
}

/**
 * Changes an item's labels, whether it is required or active, or its place. A new place shifts
 * the phase's other items to make room, and they get new versions too.
 */
export async function updateChecklistItem(
  db: Db,
  ctx: ActorContext,
  unverifiedItemId: string,
  input: ChecklistItemUpdateInput,
  expectedVersion: number,
): Promise<ChecklistItem> {
  return db.transaction(async (tx) => {
    const [found] = await tx.select({ phase: checklistItems.phase }).from(checklistItems).where(eq(checklistItems.id, unverifiedItemId));
    if (!found) throw notFound('No such checklist item.');
    const siblings = await lockPhaseItems(tx, found.phase);
    const [current] = await tx.select().from(checklistItems).where(eq(checklistItems.id, unverifiedItemId));
    if (!current) throw notFound('No such checklist item.');
    if (current.version !== expectedVersion) throw staleVersion(current.version);

    let position = current.position;
    if (input.position !== undefined) {
      const order = siblings.map((s) => s.id).filter((id) => id !== current.id);
      const index = Math.min(input.position, order.length + 1) - 1;
      order.splice(index, 0, current.id);
      for (const [i, id] of order.entries()) {
        const sibling = siblings.find((s) => s.id === id);
        if (id === current.id || sibling?.position === i + 1) continue;
        await tx
          .update(checklistItems)
          .set({ position: i + 1, version: sql`${checklistItems.version} + 1`, updatedAt: sql`now()` })
          .where(eq(checklistItems.id, id));
      }
      position = index + 1;
    }
    const [row] = await tx
      .update(checklistItems)
      .set({
        ...(input.labelSv !== undefined ? { labelSv: input.labelSv } : {}),
        ...(input.labelEn !== undefined ? { labelEn: input.labelEn } : {}),
        ...(input.isRequired !== undefined ? { isRequired: input.isRequired } : {}),
        ...(input.isActive !== undefined ? { isActive: input.isActive } : {}),
        position,
        version: sql`${checklistItems.version} + 1`,
        updatedAt: sql`now()`,
      })
      .where(and(eq(checklistItems.id, current.id), eq(checklistItems.version, expectedVersion)))
      .returning();
    if (!row) throw staleVersion(current.version);
    await recordAudit(tx, ctx, {
      action: 'checklist_item.change',
      subjectId: current.id,
      details: { phase: current.phase, fields: Object.keys(input).sort() },
    });
    return presentItem(row);
  });
}

async function findChecklistEntry(db: Db | Tx, caseId: string, itemId: string): Promise<ChecklistEntry | undefined> {
  const [row] = await db
    .select({
      itemId: checklistItems.id,
      labelSv: checklistItems.labelSv,
      labelEn: checklistItems.labelEn,
      isRequired: checklistItems.isRequired,
      isActive: checklistItems.isActive,
      doneAt: caseChecklistMarks.doneAt,
      doneByName: users.name,
    })
    .from(checklistItems)
    .leftJoin(caseChecklistMarks, and(eq(caseChecklistMarks.itemId, checklistItems.id), eq(caseChecklistMarks.caseId, caseId)))
    .leftJoin(users, eq(users.id, caseChecklistMarks.doneByUserId))
    .where(eq(checklistItems.id, itemId));
  if (!row) return undefined;
  const { doneAt, ...rest } = row;
  return { ...rest, done: doneAt !== null, doneAt: doneAt?.toISOString() ?? null };
}

/**
 * Ticks or unticks an active checklist item in a case. Idempotent: ticking a ticked item keeps
 * who ticked it and when, and only a change is audited.
 */
export async function setChecklistMark(
  db: Db,
  ctx: ActorContext,
  unverifiedCaseId: string,
  unverifiedItemId: string,
  done: boolean,
): Promise<ChecklistEntry> {
  return db.transaction(async (tx) => {
    const access = await requireCaseAccess(tx, ctx.actor, unverifiedCaseId, 'tickChecklist');
    const [item] = await tx
      .select({ id: checklistItems.id, phase: checklistItems.phase })
      .from(checklistItems)
      .where(and(eq(checklistItems.id, unverifiedItemId), eq(checklistItems.isActive, true)));
    if (!item) throw notFound('No such checklist item.');
    const changed = done
      ? await tx
          .insert(caseChecklistMarks)
          .values({ caseId: access.caseId, itemId: item.id, doneByUserId: ctx.actor.userId })
          .onConflictDoNothing()
          .returning({ itemId: caseChecklistMarks.itemId })
      : await tx
          .delete(caseChecklistMarks)
          .where(and(eq(caseChecklistMarks.caseId, access.caseId), eq(caseChecklistMarks.itemId, item.id)))
          .returning({ itemId: caseChecklistMarks.itemId });
    if (changed.length > 0) {
      await recordAudit(tx, ctx, {
        action: done ? 'case.checklist_ticked' : 'case.checklist_unticked',
        subjectId: access.caseId,
        details: { itemId: item.id, phase: item.phase },
      });
    }
    const entry = await findChecklistEntry(tx, access.caseId, item.id);
    if (!entry) throw notFound('No such checklist item.');
    return entry;
  });
}

/** Whether a checklist item exists (retired ones too), for other modules that refer to items. */
export async function checklistItemExists(db: Db | Tx, unverifiedItemId: string): Promise<boolean> {
  const [found] = await db.select({ id: checklistItems.id }).from(checklistItems).where(eq(checklistItems.id, unverifiedItemId));
  return found !== undefined;
}
