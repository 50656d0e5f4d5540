import { z } from 'zod';
import { materialKinds } from '../enums.ts';
import { pageQuery, uuid } from './common.ts';

/** Size limits of a method material. */
export const materialLimits = { titleMax: 200, summaryMax: 1000, bodyMax: 50_000, queryMax: 200 } as const;

const versionFields = {
  title: z.string().trim().min(1).max(materialLimits.titleMax),
  summary: z.string().trim().max(materialLimits.summaryMax),
  /** Plain text, shown as text (never as HTML). */
  body: z.string().trim().min(1).max(materialLimits.bodyMax),
};

/** A new material: its kind and its first version. */
export const materialCreateInput = z.strictObject({ kind: z.enum(materialKinds), ...versionFields });
export type MaterialCreateInput = z.infer<typeof materialCreateInput>;

/** A new version of a material: the whole text again. */
export const materialVersionInput = z.strictObject(versionFields);
export type MaterialVersionInput = z.infer<typeof materialVersionInput>;

export const materialParams = z.object({ materialId: uuid });
export const materialReadQuery = z.object({ version: z.coerce.number().int().positive().optional() });
/** One page of the list, title order; `q` searches title and summary. */
export const materialListQuery = pageQuery.extend({ q: z.string().trim().max(materialLimits.queryMax).optional() });
export type MaterialListQuery = z.infer<typeof materialListQuery>;

export const materialSummary = z.object({
  id: uuid,
  kind: z.enum(materialKinds),
  title: z.string(),
  summary: z.string(),
  /** The latest version's number and publication. */
  version: z.int(),
  publishedAt: z.string(),
});
export type MaterialSummary = z.infer<typeof materialSummary>;

export const materialList = z.object({
  items: z.array(materialSummary),
  /** How many materials match, over every page. */
  total: z.int(),
  page: z.int(),
  pageSize: z.int(),
});
export type MaterialList = z.infer<typeof materialList>;

export const materialVersionEntry = z.object({ version: z.int(), title: z.string(), publishedAt: z.string() });

/** One version of a material, with the list of every version. */
export const materialItem = materialSummary.extend({
  body: z.string(),
  latestVersion: z.int(),
  versions: z.array(materialVersionEntry),
});
export type MaterialItem = z.infer<typeof materialItem>;

export const materialLinkParams = z.object({ checklistItemId: uuid });
export const materialLinkInput = z.strictObject({ materialId: uuid });
export const materialLink = z.object({ checklistItemId: uuid, materialId: uuid, title: z.string() });
export type MaterialLink = z.infer<typeof materialLink>;
export const materialLinkList = z.object({ items: z.array(materialLink) });
export type MaterialLinkList = z.infer<typeof materialLinkList>;
