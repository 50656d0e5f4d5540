CREATE TABLE "training_registrations" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"training_id" uuid NOT NULL,
	"reference" text NOT NULL,
	"name" text NOT NULL,
	"email" text NOT NULL,
	"organisation" text NOT NULL,
	"organisation_kind" text NOT NULL,
	"needs" text,
	"status" text NOT NULL,
	"cancel_token_hash" text NOT NULL,
	"registered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone,
	"attended" boolean,
	CONSTRAINT "training_registrations_reference_unique" UNIQUE("reference"),
	CONSTRAINT "training_registrations_cancel_token_hash_unique" UNIQUE("cancel_token_hash")
);
--> statement-breakpoint
CREATE TABLE "trainings" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"title" text NOT NULL,
	"description" text DEFAULT '' NOT NULL,
	"audiences" text[] NOT NULL,
	"format" text NOT NULL,
	"place" text,
	"online_url" text,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"region_code" text,
	"capacity" integer NOT NULL,
	"registration_deadline" timestamp with time zone NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by_user_id" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"evaluation_count" integer,
	"evaluation_average" double precision,
	"evaluation_comments" text,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_training_id_trainings_id_fk" FOREIGN KEY ("training_id") REFERENCES "public"."trainings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_region_code_police_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."police_regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "trainings" ADD CONSTRAINT "trainings_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "training_registrations_training_idx" ON "training_registrations" USING btree ("training_id","status","registered_at");--> statement-breakpoint
CREATE UNIQUE INDEX "training_registrations_active_email_idx" ON "training_registrations" USING btree ("training_id","email") WHERE "training_registrations"."status" <> 'cancelled';--> statement-breakpoint
CREATE INDEX "trainings_starts_idx" ON "trainings" USING btree ("starts_at");--> statement-breakpoint
CREATE INDEX "trainings_status_ends_idx" ON "trainings" USING btree ("status","ends_at");