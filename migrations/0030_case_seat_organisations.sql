ALTER TABLE "cases" ADD COLUMN "seat_organisation_ids" uuid[] DEFAULT '{}'::uuid[] NOT NULL;--> statement-breakpoint
CREATE INDEX "cases_seat_organisations_idx" ON "cases" USING gin ("seat_organisation_ids");--> statement-breakpoint
-- cases.seat_organisation_ids kept current by triggers. Why: the case scope (cases.policy.ts) let a
-- case worker in through `id = any(array(every case their organisation has a seat on))`, which
-- read every seat of the organisation on each request (5,600 for a region's police at 100,000
-- cases, 20,000 for a national voluntary organisation) before it could answer for one case. A
-- column of the case itself is tested per row, and its GIN index finds an organisation's cases.
-- Triggers rather than the services: seats are written by the team service, the referral seat,
-- consent withdrawal, retention and the demo data; a trigger runs in the transaction of each of
-- those writes and cannot be bypassed.

-- First waits for any other transaction changing the same cases' seats (READ COMMITTED): the
-- UPDATE then runs on a fresh snapshot that includes that transaction's change, so two seats
-- added to one case at once both end up in the column. Rows are locked in one order, as an UPDATE
-- locks them (NO KEY), so rows that merely refer to the case are not held up.
CREATE FUNCTION case_seats_refresh(case_ids uuid[]) RETURNS void LANGUAGE sql VOLATILE AS $$
  SELECT 1 FROM cases WHERE id = ANY (case_ids) ORDER BY id FOR NO KEY UPDATE;
  UPDATE cases c SET seat_organisation_ids = coalesce((
      SELECT array_agg(DISTINCT t.organisation_id ORDER BY t.organisation_id)
      FROM case_team_members t JOIN legal_bases b ON b.id = t.legal_basis_id
      WHERE t.case_id = c.id AND t.removed_at IS NULL AND b.consent_withdrawn_at IS NULL), '{}')
  WHERE c.id = ANY (case_ids)
$$;
--> statement-breakpoint
-- The cases of the team rows a statement added, changed (before and after) or deleted.
CREATE FUNCTION case_seats_members_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'INSERT' THEN
    PERFORM case_seats_refresh(array(SELECT DISTINCT case_id FROM new_rows));
  ELSIF TG_OP = 'UPDATE' THEN
    PERFORM case_seats_refresh(array(SELECT case_id FROM old_rows UNION SELECT case_id FROM new_rows));
  ELSE
    PERFORM case_seats_refresh(array(SELECT DISTINCT case_id FROM old_rows));
  END IF;
  RETURN NULL;
END $$;
--> statement-breakpoint
-- A legal basis counts through the team rows that name it: its withdrawal (or any change) refreshes
-- the cases of those rows.
CREATE FUNCTION case_seats_bases_changed() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM case_seats_refresh(array(SELECT DISTINCT t.case_id FROM case_team_members t WHERE t.legal_basis_id IN (SELECT id FROM old_rows)));
  RETURN NULL;
END $$;
--> statement-breakpoint
CREATE TRIGGER case_seats_members_inserted AFTER INSERT ON case_team_members
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_seats_members_changed();
--> statement-breakpoint
CREATE TRIGGER case_seats_members_updated AFTER UPDATE ON case_team_members
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION case_seats_members_changed();
--> statement-breakpoint
CREATE TRIGGER case_seats_members_deleted AFTER DELETE ON case_team_members
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_seats_members_changed();
--> statement-breakpoint
CREATE TRIGGER case_seats_bases_updated AFTER UPDATE ON legal_bases
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION case_seats_bases_changed();
--> statement-breakpoint
-- The seats as they stand.
SELECT case_seats_refresh(array(SELECT DISTINCT case_id FROM case_team_members));
