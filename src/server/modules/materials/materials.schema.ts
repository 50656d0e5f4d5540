import { index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../db/schema/identity.ts';

/** A method material (checklist, guide, template); its text lives in its versions. */
export const materials = pgTable('materials', {
  id: uuid('id').primaryKey().defaultRandom(),
  /** enums.materialKinds. */
  kind: text('kind').notNull(),
  /** The number of the newest version. */
  latestVersion: integer('latest_version').notNull().default(1),
  createdByUserId: uuid('created_by_user_id')
    .notNull()
    .references(() => users.id),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Each publication of a material: earlier versions stay readable. */
export const materialVersions = pgTable(
  'material_versions',
  {
    materialId: uuid('material_id')
      .notNull()
      .references(() => materials.id),
    version: integer('version').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body').notNull(),
    publishedAt: timestamp('published_at', { withTimezone: true }).notNull().defaultNow(),
    publishedByUserId: uuid('published_by_user_id')
      .notNull()
      .references(() => users.id),
  },
  (t) => [primaryKey({ columns: [t.materialId, t.version] })],
);

/**
 * The material that explains a phase checklist item (one per item). The item belongs to the
 * support-process module; it is checked through its service when linked.
 */
export const materialLinks = pgTable(
  'material_links',
  {
    checklistItemId: uuid('checklist_item_id').primaryKey(),
    materialId: uuid('material_id')
      .notNull()
      .references(() => materials.id),
    linkedByUserId: uuid('linked_by_user_id')
      .notNull()
      .references(() => users.id),
    linkedAt: timestamp('linked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('material_links_material_idx').on(t.materialId)],
);
