CREATE TABLE "calls" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"operator_user_id" uuid NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"caller_category" text NOT NULL,
	"topic" text NOT NULL,
	"region_code" text,
	"language" text,
	"advice_given" text,
	"follow_up_needed" boolean DEFAULT false NOT NULL,
	"consultation_id" uuid,
	"case_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_advice" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"consultation_id" uuid NOT NULL,
	"author_user_id" uuid NOT NULL,
	"body" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultation_number_counters" (
	"year" integer PRIMARY KEY NOT NULL,
	"last" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consultations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"reference" text NOT NULL,
	"source" text NOT NULL,
	"status" text DEFAULT 'new' NOT NULL,
	"region_code" text NOT NULL,
	"county_code" text NOT NULL,
	"municipality_code" text NOT NULL,
	"requester_name" text,
	"requester_organisation" text,
	"requester_phone" text,
	"requester_email" text,
	"description" text NOT NULL,
	"exploitation_forms" text[] DEFAULT '{}'::text[] NOT NULL,
	"child_involved" text DEFAULT 'unknown' NOT NULL,
	"urgency" text DEFAULT 'normal' NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"first_response_due_at" timestamp with time zone NOT NULL,
	"first_responded_at" timestamp with time zone,
	"assignee_user_id" uuid,
	"claimed_at" timestamp with time zone,
	"outcome" text,
	"closed_at" timestamp with time zone,
	"closed_by_user_id" uuid,
	"escalated_case_id" uuid,
	"created_by_user_id" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	CONSTRAINT "consultations_reference_unique" UNIQUE("reference")
);
--> statement-breakpoint
CREATE TABLE "intake_rate_limits" (
	"client_key" text NOT NULL,
	"window_start" timestamp with time zone NOT NULL,
	"count" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "intake_rate_limits_client_key_window_start_pk" PRIMARY KEY("client_key","window_start")
);
--> statement-breakpoint
ALTER TABLE "cases" ADD COLUMN "source_consultation_id" uuid;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_operator_user_id_users_id_fk" FOREIGN KEY ("operator_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_region_code_police_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."police_regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "calls" ADD CONSTRAINT "calls_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_advice" ADD CONSTRAINT "consultation_advice_consultation_id_consultations_id_fk" FOREIGN KEY ("consultation_id") REFERENCES "public"."consultations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultation_advice" ADD CONSTRAINT "consultation_advice_author_user_id_users_id_fk" FOREIGN KEY ("author_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_region_code_police_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."police_regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_county_code_counties_code_fk" FOREIGN KEY ("county_code") REFERENCES "public"."counties"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_assignee_user_id_users_id_fk" FOREIGN KEY ("assignee_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_closed_by_user_id_users_id_fk" FOREIGN KEY ("closed_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_escalated_case_id_cases_id_fk" FOREIGN KEY ("escalated_case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consultations" ADD CONSTRAINT "consultations_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "calls_operator_started_idx" ON "calls" USING btree ("operator_user_id","started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "calls_started_idx" ON "calls" USING btree ("started_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "consultation_advice_consultation_idx" ON "consultation_advice" USING btree ("consultation_id","created_at");--> statement-breakpoint
CREATE INDEX "consultations_region_status_idx" ON "consultations" USING btree ("region_code","status","received_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "consultations_open_due_idx" ON "consultations" USING btree ("first_response_due_at") WHERE "consultations"."first_responded_at" is null and "consultations"."status" = 'new';--> statement-breakpoint
CREATE INDEX "consultations_assignee_idx" ON "consultations" USING btree ("assignee_user_id") WHERE "consultations"."assignee_user_id" is not null;