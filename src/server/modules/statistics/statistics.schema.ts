import { sql } from 'drizzle-orm';
import { doublePrecision, index, integer, pgTable, smallint, text, uuid } from 'drizzle-orm/pg-core';
import { cases } from '../cases/cases.schema.ts';

/**
 * One narrow row per case with every field the case tables count, so each statistics read is a
 * scan of this table alone instead of cases ⨝ persons ⨝ phase history (issue 12: under 300 ms at
 * a few hundred thousand cases). No identifier but the case id and nothing free-text.
 *
 * Kept current by database triggers (migration statistics_fact_triggers), not by the services: the
 * case, person and phase-history writes live in several modules (and the demo data), and a trigger fires in the same transaction as any of them, so a row can never
 * be missed or stale. Every row is recomputed from its sources by one SQL function.
 */
export const statisticsCaseFacts = pgTable(
  'statistics_case_facts',
  {
    caseId: uuid('case_id')
      .primaryKey()
      .references(() => cases.id, { onDelete: 'cascade' }),
    regionCode: text('region_code').notNull(),
    /** The quarter the case was opened in, YYYY-Qn in Swedish time (sorts as text). */
    quarter: text('quarter').notNull(),
    gender: text('gender').notNull(),
    /** The person's age band when the case was opened (statistics schema ageBands). */
    ageBand: text('age_band').notNull(),
    /** The person's first citizenship, or 'unknown'. */
    citizenship: text('citizenship').notNull(),
    /** Bit i set: the case names exploitationForms[i] (SQL statistics_forms_mask). */
    formsMask: integer('forms_mask').notNull(),
    /** The furthest working phase reached, 1-based in casePhases (SQL statistics_phase_rank). */
    furthestPhase: smallint('furthest_phase').notNull(),
    /** Days from the source consultation coming in to the case opening; null without one. */
    firstContactDays: doublePrecision('first_contact_days'),
  },
  (t) => [
    // A region's quarters; every region's are a scan of this narrow table.
    index('statistics_case_facts_region_quarter_idx').on(t.regionCode, t.quarter),
    // The first-contact median reads only the cases opened from a consultation, from the index alone.
    index('statistics_case_facts_first_contact_idx')
      .on(t.quarter, t.regionCode, t.formsMask, t.firstContactDays)
      .where(sql`${t.firstContactDays} is not null`),
  ],
);
