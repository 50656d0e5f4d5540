ALTER TABLE "consultations" DROP CONSTRAINT "consultations_escalated_case_id_cases_id_fk";
--> statement-breakpoint
ALTER TABLE "consultations" DROP COLUMN "escalated_case_id";