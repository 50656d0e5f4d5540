DROP INDEX "cases_created_idx";--> statement-breakpoint
CREATE INDEX "cases_created_id_idx" ON "cases" USING btree ("created_at","id");