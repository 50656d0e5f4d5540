-- Trigrams for the case search's code-name match (`code_name ilike '%…%'`), which otherwise reads
-- every person. pg_trgm is a trusted extension (PostgreSQL 13+): the database's owner may create it
-- without superuser. PGlite loads it in db/pglite.ts, wherever an embedded database is opened.
CREATE EXTENSION IF NOT EXISTS pg_trgm;--> statement-breakpoint
CREATE INDEX "persons_code_name_trgm_idx" ON "persons" USING gin ("code_name" gin_trgm_ops);