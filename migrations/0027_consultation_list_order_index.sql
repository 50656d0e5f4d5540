DROP INDEX "consultations_received_idx";--> statement-breakpoint
CREATE INDEX "consultations_received_id_idx" ON "consultations" USING btree ("received_at","id");