-- statistics_case_facts kept current by triggers (issue 12). Why triggers and not the services: the
-- fields counted are written by the cases, persons and support-process modules and the demo data
-- (and any later writer); a trigger runs in the same transaction as every one of those
-- writes and cannot be bypassed, so a fact row is never missing or stale. Each row is recomputed
-- whole from its sources (statistics_case_fact_sources), so the rules live in one place.

-- 1-based position in shared/enums.ts casePhases (a test checks the two agree).
CREATE FUNCTION statistics_phase_rank(phase text) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT array_position(array['suspicion','assessment','protection','legal','long_term','closed']::text[], phase)
$$;
--> statement-breakpoint
-- Bit i for shared/enums.ts exploitationForms[i] (a test checks the two agree).
CREATE FUNCTION statistics_forms_mask(forms text[]) RETURNS integer LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(sum(DISTINCT 1 << (array_position(array['sexual_purposes','prostitution','forced_labour','begging',
    'criminal_activity','organ_removal','military_service','other_distress','unknown']::text[], f) - 1)), 0)::integer
  FROM unnest(forms) AS f
  WHERE array_position(array['sexual_purposes','prostitution','forced_labour','begging',
    'criminal_activity','organ_removal','military_service','other_distress','unknown']::text[], f) IS NOT NULL
$$;
--> statement-breakpoint
-- Each case's fact row, computed from the case, its person, its phase history and its source
-- consultation. The furthest working phase: the current one (unless closed), every phase it was
-- moved to (closing is not a phase reached), at least the first. Age: whole years at opening from
-- the birth year; a person flagged as a child is under 18 whatever the birth year says.
CREATE VIEW statistics_case_fact_sources AS
SELECT c.id AS case_id,
  c.region_code,
  to_char(c.created_at AT TIME ZONE 'Europe/Stockholm', 'YYYY-"Q"Q') AS quarter,
  p.gender,
  CASE
    WHEN p.is_child THEN 'under_18'
    WHEN p.birth_year IS NULL THEN 'unknown'
    WHEN extract(year FROM c.created_at AT TIME ZONE 'Europe/Stockholm') - p.birth_year < 18 THEN 'under_18'
    WHEN extract(year FROM c.created_at AT TIME ZONE 'Europe/Stockholm') - p.birth_year < 25 THEN '18_24'
    WHEN extract(year FROM c.created_at AT TIME ZONE 'Europe/Stockholm') - p.birth_year < 35 THEN '25_34'
    WHEN extract(year FROM c.created_at AT TIME ZONE 'Europe/Stockholm') - p.birth_year < 50 THEN '35_49'
    ELSE '50_plus' END AS age_band,
  coalesce(p.citizenships[1], 'unknown') AS citizenship,
  statistics_forms_mask(c.exploitation_forms) AS forms_mask,
  greatest(
    CASE WHEN c.phase <> 'closed' THEN statistics_phase_rank(c.phase) END,
    (SELECT max(statistics_phase_rank(m.to_phase)) FROM case_phase_changes m WHERE m.case_id = c.id AND m.to_phase <> 'closed'),
    1)::smallint AS furthest_phase,
  (extract(epoch FROM c.created_at - s.received_at) / 86400)::double precision AS first_contact_days
FROM cases c
  JOIN persons p ON p.id = c.person_id
  LEFT JOIN consultations s ON s.id = c.source_consultation_id;
--> statement-breakpoint
-- First waits for any other transaction refreshing the same rows (READ COMMITTED): the INSERT then
-- runs on a fresh snapshot that includes that transaction's change, so a concurrent person update
-- and phase move cannot leave a row computed without one of them. Rows are locked in one order.
CREATE FUNCTION statistics_refresh_case_facts(case_ids uuid[]) RETURNS void LANGUAGE sql VOLATILE AS $$
  SELECT 1 FROM statistics_case_facts WHERE case_id = ANY (case_ids) ORDER BY case_id FOR UPDATE;
  INSERT INTO statistics_case_facts (case_id, region_code, quarter, gender, age_band, citizenship, forms_mask, furthest_phase, first_contact_days)
  SELECT case_id, region_code, quarter, gender, age_band, citizenship, forms_mask, furthest_phase, first_contact_days
  FROM statistics_case_fact_sources WHERE case_id = ANY (case_ids)
  ON CONFLICT (case_id) DO UPDATE SET region_code = excluded.region_code, quarter = excluded.quarter,
    gender = excluded.gender, age_band = excluded.age_band, citizenship = excluded.citizenship,
    forms_mask = excluded.forms_mask, furthest_phase = excluded.furthest_phase, first_contact_days = excluded.first_contact_days
$$;
--> statement-breakpoint
-- Statement-level with transition tables: a bulk insert of cases refreshes its rows in one statement.
CREATE FUNCTION statistics_cases_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM statistics_refresh_case_facts(array(SELECT id FROM changed_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER statistics_cases_inserted AFTER INSERT ON cases
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_cases_changed();
--> statement-breakpoint
-- Row-level where a WHEN can skip the many writes that change nothing counted.
CREATE FUNCTION statistics_case_row_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM statistics_refresh_case_facts(array[NEW.id]);
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER statistics_cases_updated AFTER UPDATE ON cases FOR EACH ROW
  WHEN (OLD.region_code IS DISTINCT FROM NEW.region_code OR OLD.created_at IS DISTINCT FROM NEW.created_at
    OR OLD.person_id IS DISTINCT FROM NEW.person_id OR OLD.exploitation_forms IS DISTINCT FROM NEW.exploitation_forms
    OR OLD.phase IS DISTINCT FROM NEW.phase OR OLD.source_consultation_id IS DISTINCT FROM NEW.source_consultation_id)
  EXECUTE FUNCTION statistics_case_row_changed();
--> statement-breakpoint
CREATE FUNCTION statistics_person_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM statistics_refresh_case_facts(array(SELECT c.id FROM cases c WHERE c.person_id = NEW.id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER statistics_persons_updated AFTER UPDATE ON persons FOR EACH ROW
  WHEN (OLD.gender IS DISTINCT FROM NEW.gender OR OLD.birth_year IS DISTINCT FROM NEW.birth_year
    OR OLD.is_child IS DISTINCT FROM NEW.is_child OR OLD.citizenships IS DISTINCT FROM NEW.citizenships)
  EXECUTE FUNCTION statistics_person_changed();
--> statement-breakpoint
CREATE FUNCTION statistics_phase_changes_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM statistics_refresh_case_facts(array(SELECT case_id FROM changed_rows));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER statistics_phase_changes_inserted AFTER INSERT ON case_phase_changes
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_phase_changes_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_phase_changes_updated AFTER UPDATE ON case_phase_changes
  REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_phase_changes_changed();
--> statement-breakpoint
CREATE TRIGGER statistics_phase_changes_deleted AFTER DELETE ON case_phase_changes
  REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION statistics_phase_changes_changed();
--> statement-breakpoint
CREATE FUNCTION statistics_consultation_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM statistics_refresh_case_facts(array(SELECT c.id FROM cases c WHERE c.source_consultation_id = NEW.id));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER statistics_consultations_updated AFTER UPDATE ON consultations FOR EACH ROW
  WHEN (OLD.received_at IS DISTINCT FROM NEW.received_at)
  EXECUTE FUNCTION statistics_consultation_changed();
--> statement-breakpoint
-- The cases already there.
INSERT INTO statistics_case_facts (case_id, region_code, quarter, gender, age_band, citizenship, forms_mask, furthest_phase, first_contact_days)
SELECT case_id, region_code, quarter, gender, age_band, citizenship, forms_mask, furthest_phase, first_contact_days
FROM statistics_case_fact_sources;
