ALTER TABLE "training_registrations" ADD COLUMN "region_code" text;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD COLUMN "municipality_code" text;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD COLUMN "user_id" uuid;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_region_code_police_regions_code_fk" FOREIGN KEY ("region_code") REFERENCES "public"."police_regions"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_municipality_code_municipalities_code_fk" FOREIGN KEY ("municipality_code") REFERENCES "public"."municipalities"("code") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "training_registrations" ADD CONSTRAINT "training_registrations_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;