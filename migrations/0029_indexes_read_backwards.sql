DROP INDEX "cases_region_created_idx";--> statement-breakpoint
DROP INDEX "consultations_region_status_idx";--> statement-breakpoint
DROP INDEX "consultations_status_received_idx";--> statement-breakpoint
DROP INDEX "calls_operator_started_idx";--> statement-breakpoint
DROP INDEX "calls_started_idx";--> statement-breakpoint
DROP INDEX "notifications_user_idx";--> statement-breakpoint
DROP INDEX "role_requests_organisation_idx";--> statement-breakpoint
DROP INDEX "referrals_case_idx";--> statement-breakpoint
CREATE INDEX "cases_region_created_idx" ON "cases" USING btree ("region_code","created_at");--> statement-breakpoint
CREATE INDEX "consultations_region_status_idx" ON "consultations" USING btree ("region_code","status","received_at");--> statement-breakpoint
CREATE INDEX "consultations_status_received_idx" ON "consultations" USING btree ("status","received_at");--> statement-breakpoint
CREATE INDEX "calls_operator_started_idx" ON "calls" USING btree ("operator_user_id","started_at");--> statement-breakpoint
CREATE INDEX "calls_started_idx" ON "calls" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "notifications_user_idx" ON "notifications" USING btree ("user_id","created_at");--> statement-breakpoint
CREATE INDEX "role_requests_organisation_idx" ON "role_requests" USING btree ("organisation_id","created_at");--> statement-breakpoint
CREATE INDEX "referrals_case_idx" ON "referrals" USING btree ("case_id","created_at");