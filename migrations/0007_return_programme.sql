CREATE TABLE "return_applications" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"case_id" uuid NOT NULL,
	"status" text DEFAULT 'submitted' NOT NULL,
	"country_code" text NOT NULL,
	"reasons" text NOT NULL,
	"travel_document_status" text NOT NULL,
	"consent_given" boolean NOT NULL,
	"consent_on" date NOT NULL,
	"referred_by_user_id" uuid NOT NULL,
	"referred_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_by_user_id" uuid,
	"decided_at" timestamp with time zone,
	"decline_reason" text,
	"iom_organisation_id" uuid,
	"journey_on" date,
	"arrived_on" date,
	"withdraw_reason" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"version" integer DEFAULT 1 NOT NULL
);
--> statement-breakpoint
CREATE TABLE "return_milestones" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"application_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"due_on" date NOT NULL,
	"done_at" timestamp with time zone,
	"done_by_user_id" uuid,
	"housing" smallint,
	"income" smallint,
	"health" smallint,
	"safety" smallint,
	"social_network" smallint,
	"note" text
);
--> statement-breakpoint
ALTER TABLE "return_applications" ADD CONSTRAINT "return_applications_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_applications" ADD CONSTRAINT "return_applications_referred_by_user_id_users_id_fk" FOREIGN KEY ("referred_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_applications" ADD CONSTRAINT "return_applications_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_applications" ADD CONSTRAINT "return_applications_iom_organisation_id_organisations_id_fk" FOREIGN KEY ("iom_organisation_id") REFERENCES "public"."organisations"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_milestones" ADD CONSTRAINT "return_milestones_application_id_return_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."return_applications"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "return_milestones" ADD CONSTRAINT "return_milestones_done_by_user_id_users_id_fk" FOREIGN KEY ("done_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "return_applications_case_idx" ON "return_applications" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "return_applications_iom_idx" ON "return_applications" USING btree ("iom_organisation_id");--> statement-breakpoint
CREATE UNIQUE INDEX "return_applications_one_active_idx" ON "return_applications" USING btree ("case_id") WHERE "return_applications"."status" in ('submitted', 'approved', 'assigned', 'travel_planned', 'arrived', 'reintegration');--> statement-breakpoint
CREATE UNIQUE INDEX "return_milestones_kind_idx" ON "return_milestones" USING btree ("application_id","kind");--> statement-breakpoint
CREATE INDEX "return_milestones_open_due_idx" ON "return_milestones" USING btree ("due_on") WHERE "return_milestones"."done_at" is null;