ALTER TABLE "audit_events" ADD COLUMN "hash_version" smallint DEFAULT 2 NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "personal_salt" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "personal_digest" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "personal_erased_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "audit_personal_kept_idx" ON "audit_events" USING btree ("occurred_at") WHERE "audit_events"."personal_salt" is not null;--> statement-breakpoint
-- Audit events keep their personal details (the actor and the client address) only for the audit
-- retention period. Version 2 of the chain hashes a digest of them instead of the values: the
-- digest is SHA-256 over a random per-row salt and the two values, so once retention has erased
-- the values and the salt, the digest (kept, and covered by the row's hash) neither reveals a
-- guessable user id or IP address nor lets anyone change the row unnoticed.
CREATE FUNCTION audit_personal_digest(salt text, actor uuid, address text) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(salt, actor, address)::text, 'UTF8')), 'hex')
$$;
--> statement-breakpoint
CREATE FUNCTION audit_canonical_v2(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT jsonb_build_array(
    e.hash_version, e.id,
    to_char(e.occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
    e.action, e.subject_type, e.subject_id, e.request_id, e.details, e.personal_digest
  )::text
$$;
--> statement-breakpoint
-- The hash a row should have after `prev`, in the form its version names (verification and the
-- upgrade below use it; the insert trigger writes version 2).
CREATE FUNCTION audit_expected_hash(e audit_events) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(
    e.prev_hash || CASE WHEN e.hash_version = 1 THEN audit_canonical(e) ELSE audit_canonical_v2(e) END,
    'UTF8')), 'hex')
$$;
--> statement-breakpoint
-- Whether a row's personal details are what its digest says: still there and matching, or erased
-- together with the salt. Version 1 rows hash the values themselves, so their hash decides.
CREATE FUNCTION audit_personal_intact(e audit_events) RETURNS boolean LANGUAGE sql STABLE AS $$
  SELECT CASE
    WHEN e.hash_version = 1 THEN true
    WHEN e.personal_salt IS NULL THEN e.actor_user_id IS NULL AND e.client_address IS NULL AND e.personal_digest IS NOT NULL
    ELSE e.personal_digest IS NOT DISTINCT FROM audit_personal_digest(e.personal_salt, e.actor_user_id, e.client_address)
  END
$$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION audit_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  previous text;
BEGIN
  PERFORM pg_advisory_xact_lock(7346204);
  NEW.id := nextval(pg_get_serial_sequence('audit_events', 'id'));
  SELECT hash INTO previous FROM audit_events ORDER BY id DESC LIMIT 1;
  NEW.prev_hash := coalesce(previous, '');
  NEW.hash_version := 2;
  NEW.personal_salt := replace(gen_random_uuid()::text, '-', '');
  NEW.personal_digest := audit_personal_digest(NEW.personal_salt, NEW.actor_user_id, NEW.client_address);
  NEW.personal_erased_at := NULL;
  NEW.hash := audit_expected_hash(NEW);
  RETURN NEW;
END
$$;
--> statement-breakpoint
-- The rows written so far hash their personal details themselves (version 1). If their chain
-- verifies, chain them again in version 2 from the first row, and record the old head hash in an
-- audit event (anyone holding a copy of it can check that this was the chain that was upgraded).
-- If it does not verify, re-chaining would hide the break: the rows stay version 1, so
-- `samverka audit verify` keeps naming it, and their personal details are never erased.
DROP TRIGGER audit_events_append_only ON audit_events;
--> statement-breakpoint
DO $$
DECLARE
  r audit_events;
  previous text := '';
  events bigint := 0;
  broken_at bigint;
BEGIN
  FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
    r.hash_version := 1;
    IF r.prev_hash IS DISTINCT FROM previous OR r.hash IS DISTINCT FROM audit_expected_hash(r) THEN
      broken_at := r.id;
      EXIT;
    END IF;
    previous := r.hash;
    events := events + 1;
  END LOOP;
  IF events = 0 AND broken_at IS NULL THEN
    RETURN;
  END IF;
  IF broken_at IS NOT NULL THEN
    UPDATE audit_events SET hash_version = 1;
    SELECT hash INTO previous FROM audit_events ORDER BY id DESC LIMIT 1;
    INSERT INTO audit_events (action, request_id, client_address, details)
    VALUES ('audit.chain_upgraded', 'migration', 'server', jsonb_build_object(
      'toVersion', 2, 'events', (SELECT count(*) FROM audit_events), 'intact', false,
      'brokenAtId', broken_at, 'previousHead', coalesce(previous, '')));
    RETURN;
  END IF;
  DECLARE
    old_head text := previous;
  BEGIN
    previous := '';
    FOR r IN SELECT * FROM audit_events ORDER BY id LOOP
      r.prev_hash := previous;
      r.hash_version := 2;
      r.personal_salt := replace(gen_random_uuid()::text, '-', '');
      r.personal_digest := audit_personal_digest(r.personal_salt, r.actor_user_id, r.client_address);
      r.hash := audit_expected_hash(r);
      UPDATE audit_events
         SET prev_hash = r.prev_hash, hash_version = 2, personal_salt = r.personal_salt,
             personal_digest = r.personal_digest, hash = r.hash
       WHERE id = r.id;
      previous := r.hash;
    END LOOP;
    INSERT INTO audit_events (action, request_id, client_address, details)
    VALUES ('audit.chain_upgraded', 'migration', 'server', jsonb_build_object(
      'toVersion', 2, 'events', events, 'intact', true, 'previousHead', old_head));
  END;
END
$$;
--> statement-breakpoint
-- Append-only still: no DELETE or TRUNCATE, and an UPDATE only erases the personal details of a
-- version 2 row (actor, client address and salt to null, the time of erasure set), nothing else.
CREATE TRIGGER audit_events_append_only BEFORE DELETE OR TRUNCATE ON audit_events FOR EACH STATEMENT EXECUTE FUNCTION audit_events_refuse_change();
--> statement-breakpoint
CREATE FUNCTION audit_events_erase_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.hash_version = 2 AND OLD.personal_salt IS NOT NULL
     AND NEW.actor_user_id IS NULL AND NEW.client_address IS NULL AND NEW.personal_salt IS NULL
     AND NEW.personal_erased_at IS NOT NULL
     AND (NEW.id, NEW.occurred_at, NEW.action, NEW.subject_type, NEW.subject_id, NEW.request_id, NEW.details,
          NEW.prev_hash, NEW.hash, NEW.hash_version, NEW.personal_digest)
         IS NOT DISTINCT FROM
         (OLD.id, OLD.occurred_at, OLD.action, OLD.subject_type, OLD.subject_id, OLD.request_id, OLD.details,
          OLD.prev_hash, OLD.hash, OLD.hash_version, OLD.personal_digest)
  THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only: an UPDATE may only erase the personal details of an event';
END
$$;
--> statement-breakpoint
CREATE TRIGGER audit_events_erase_only BEFORE UPDATE ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_erase_only();
