import { and, asc, count, desc, eq, ilike, or, sql } from 'drizzle-orm';
import type { Db, Tx } from '../../db/client.ts';
import { materialLinks, materialVersions, materials } from './materials.schema.ts';

export type MaterialRow = typeof materials.$inferSelect;
export type VersionRow = typeof materialVersions.$inferSelect;

/** `%text%` for ILIKE, with the pattern characters taken literally. */
const containing = (text: string) => `%${text.replaceAll(/[\\%_]/g, (c) => `\\${c}`)}%`;

const latest = and(eq(materialVersions.materialId, materials.id), eq(materialVersions.version, materials.latestVersion));
const searching = (q: string | undefined) => (q ? or(ilike(materialVersions.title, containing(q)), ilike(materialVersions.summary, containing(q))) : undefined);

/** One page of the materials with their newest version, title order; those whose title or summary contain `q`. */
export async function findLatestVersions(db: Db, q: string | undefined, page: number, pageSize: number) {
  const rows = await db
    .select({ material: materials, version: materialVersions })
    .from(materials)
    .innerJoin(materialVersions, latest)
    .where(searching(q))
    .orderBy(asc(sql`lower(${materialVersions.title})`), asc(materials.id))
    .limit(pageSize)
    .offset((page - 1) * pageSize);
  const [counted] = await db.select({ total: count() }).from(materials).innerJoin(materialVersions, latest).where(searching(q));
  return { rows, total: Number(counted?.total ?? 0) };
}

export async function findMaterial(db: Db | Tx, materialId: string, lock = false): Promise<MaterialRow | undefined> {
  const query = db.select().from(materials).where(eq(materials.id, materialId));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export async function findVersion(db: Db | Tx, materialId: string, version: number): Promise<VersionRow | undefined> {
  const [row] = await db
    .select()
    .from(materialVersions)
    .where(and(eq(materialVersions.materialId, materialId), eq(materialVersions.version, version)));
  return row;
}

/** Every version's number, title and publication, newest first. */
export async function listVersions(db: Db | Tx, materialId: string) {
  return db
    .select({ version: materialVersions.version, title: materialVersions.title, publishedAt: materialVersions.publishedAt })
    .from(materialVersions)
    .where(eq(materialVersions.materialId, materialId))
    .orderBy(desc(materialVersions.version));
}

export async function insertMaterial(tx: Tx, values: typeof materials.$inferInsert): Promise<string> {
  const [row] = await tx.insert(materials).values(values).returning({ id: materials.id });
  return row!.id;
}

export async function insertVersion(tx: Tx, values: typeof materialVersions.$inferInsert): Promise<void> {
  await tx.insert(materialVersions).values(values);
}

export async function setLatestVersion(tx: Tx, materialId: string, version: number): Promise<void> {
  await tx.update(materials).set({ latestVersion: version }).where(eq(materials.id, materialId));
}

/** Every link with the linked material's current title. */
export async function findLinks(db: Db) {
  return db
    .select({ checklistItemId: materialLinks.checklistItemId, materialId: materialLinks.materialId, title: materialVersions.title })
    .from(materialLinks)
    .innerJoin(materials, eq(materials.id, materialLinks.materialId))
    .innerJoin(materialVersions, and(eq(materialVersions.materialId, materials.id), eq(materialVersions.version, materials.latestVersion)));
}

export async function upsertLink(tx: Tx, checklistItemId: string, materialId: string, userId: string): Promise<void> {
  await tx
    .insert(materialLinks)
    .values({ checklistItemId, materialId, linkedByUserId: userId })
    .onConflictDoUpdate({ target: materialLinks.checklistItemId, set: { materialId, linkedByUserId: userId, linkedAt: new Date() } });
}

/** Removes the item's link; whether there was one. */
export async function deleteLink(tx: Tx, checklistItemId: string): Promise<boolean> {
  const removed = await tx.delete(materialLinks).where(eq(materialLinks.checklistItemId, checklistItemId)).returning({ id: materialLinks.checklistItemId });
  return removed.length > 0;
}
