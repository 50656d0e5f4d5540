import type { MaterialKind } from '../../../shared/enums.ts';
import type {
  MaterialCreateInput,
  MaterialItem,
  MaterialLinkList,
  MaterialList,
  MaterialListQuery,
  MaterialVersionInput,
} from '../../../shared/schemas/materials.ts';
import type { Db, Tx } from '../../db/client.ts';
import { recordAudit } from '../../platform/audit.ts';
import { createOnce } from '../../platform/idempotency.ts';
import { badRequest, notFound } from '../../platform/problems.ts';
import type { ActorContext } from '../../platform/request-context.ts';
import { checklistItemExists } from '../support-process/checklists.service.ts';
import {
  deleteLink,
  findLatestVersions,
  findLinks,
  findMaterial,
  findVersion,
  insertMaterial,
  insertVersion,
  listVersions,
  setLatestVersion,
  upsertLink,
} from './materials.queries.ts';

const noSuchMaterial = () => notFound('No such material.');

/** One page of the published materials, newest version of each; searched by title and summary. No personal data: not audited. */
export async function listMaterials(db: Db, query: MaterialListQuery): Promise<MaterialList> {
  const { rows, total } = await findLatestVersions(db, query.q, query.page, query.pageSize);
  return {
    total,
    page: query.page,
    pageSize: query.pageSize,
    items: rows.map(({ material, version }) => ({
      id: material.id,
      kind: material.kind as MaterialKind,
      title: version.title,
      summary: version.summary,
      version: version.version,
      publishedAt: version.publishedAt.toISOString(),
    })),
  };
}

/** One version of a material (the newest unless asked), with the list of every version. */
export async function readMaterial(db: Db | Tx, unverifiedId: string, wantedVersion?: number): Promise<MaterialItem> {
  const material = await findMaterial(db, unverifiedId);
  if (!material) throw noSuchMaterial();
  const shown = await findVersion(db, material.id, wantedVersion ?? material.latestVersion);
  if (!shown) throw notFound('No such version of this material.');
  const versions = await listVersions(db, material.id);
  return {
    id: material.id,
    kind: material.kind as MaterialKind,
    title: shown.title,
    summary: shown.summary,
    body: shown.body,
    version: shown.version,
    publishedAt: shown.publishedAt.toISOString(),
    latestVersion: material.latestVersion,
    versions: versions.map((v) => ({ version: v.version, title: v.title, publishedAt: v.publishedAt.toISOString() })),
  };
}

/** The Idempotency-Key of a publication, if sent: a double click publishes once. */
export interface PublishClaim {
  key: string | undefined;
  fingerprint: string;
}

/** Publishes a new material as its version 1; a retry with the same Idempotency-Key finds it. */
export async function publishMaterial(db: Db, ctx: ActorContext, input: MaterialCreateInput, claim: PublishClaim): Promise<{ item: MaterialItem; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const { id, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...claim }, async () => {
      const { kind, ...text } = input;
      const created = await insertMaterial(tx, { kind, latestVersion: 1, createdByUserId: ctx.actor.userId });
      await insertVersion(tx, { materialId: created, version: 1, ...text, publishedByUserId: ctx.actor.userId });
      await recordAudit(tx, ctx, { action: 'material.publish', subjectId: created, details: { kind, version: 1 } });
      return created;
    });
    return { item: await readMaterial(tx, id, replayed ? 1 : undefined), replayed };
  });
}

/**
 * Publishes the next version of a material; the earlier ones stay readable. A retry with the same
 * Idempotency-Key (a double click) answers the version it published instead of a second one.
 */
export async function publishVersion(
  db: Db,
  ctx: ActorContext,
  unverifiedId: string,
  input: MaterialVersionInput,
  claim: PublishClaim,
): Promise<{ item: MaterialItem; replayed: boolean }> {
  return db.transaction(async (tx) => {
    const material = await findMaterial(tx, unverifiedId, true);
    if (!material) throw noSuchMaterial();
    // The key's record is the version's number: the fingerprint already names the material.
    const { id: published, replayed } = await createOnce(tx, { userId: ctx.actor.userId, ...claim }, async () => {
      const version = material.latestVersion + 1;
      await insertVersion(tx, { materialId: material.id, version, ...input, publishedByUserId: ctx.actor.userId });
      await setLatestVersion(tx, material.id, version);
      await recordAudit(tx, ctx, { action: 'material.publish', subjectId: material.id, details: { kind: material.kind as MaterialKind, version } });
      return String(version);
    });
    return { item: await readMaterial(tx, material.id, Number(published)), replayed };
  });
}

/** Every checklist item's linked material. */
export async function listMaterialLinks(db: Db): Promise<MaterialLinkList> {
  return { items: await findLinks(db) };
}

/** Links a checklist item to the material that explains it (replacing an earlier link). */
export async function linkMaterial(db: Db, ctx: ActorContext, unverifiedItemId: string, unverifiedMaterialId: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await checklistItemExists(tx, unverifiedItemId))) throw notFound('No such checklist item.');
    const material = await findMaterial(tx, unverifiedMaterialId);
    if (!material) throw badRequest('No such material.', [{ field: 'materialId', code: 'unknown', message: 'No such material.' }]);
    await upsertLink(tx, unverifiedItemId, material.id, ctx.actor.userId);
    await recordAudit(tx, ctx, { action: 'material.link', subjectId: unverifiedItemId, details: { materialId: material.id } });
  });
}

/** Removes a checklist item's link to a material. */
export async function unlinkMaterial(db: Db, ctx: ActorContext, unverifiedItemId: string): Promise<void> {
  await db.transaction(async (tx) => {
    if (!(await deleteLink(tx, unverifiedItemId))) throw notFound('This checklist item has no linked material.');
    await recordAudit(tx, ctx, { action: 'material.link', subjectId: unverifiedItemId, details: { materialId: null } });
  });
}
