import { pgTable, text } from 'drizzle-orm/pg-core';

export const policeRegions = pgTable('police_regions', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
});

export const counties = pgTable('counties', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  regionCode: text('region_code')
    .notNull()
    .references(() => policeRegions.code),
});

export const municipalities = pgTable('municipalities', {
  code: text('code').primaryKey(),
  name: text('name').notNull(),
  countyCode: text('county_code')
    .notNull()
    .references(() => counties.code),
});
