CREATE TABLE "statistics_case_facts" (
	"case_id" uuid PRIMARY KEY NOT NULL,
	"region_code" text NOT NULL,
	"quarter" text NOT NULL,
	"gender" text NOT NULL,
	"age_band" text NOT NULL,
	"citizenship" text NOT NULL,
	"forms_mask" integer NOT NULL,
	"furthest_phase" smallint NOT NULL,
	"first_contact_days" double precision
);
--> statement-breakpoint
ALTER TABLE "statistics_case_facts" ADD CONSTRAINT "statistics_case_facts_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "statistics_case_facts_region_quarter_idx" ON "statistics_case_facts" USING btree ("region_code","quarter");