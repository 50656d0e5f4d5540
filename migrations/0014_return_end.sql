ALTER TABLE "return_applications" ADD COLUMN "end_reason" text;--> statement-breakpoint
ALTER TABLE "return_applications" ADD COLUMN "end_note" text;--> statement-breakpoint
ALTER TABLE "return_applications" ADD COLUMN "ended_at" timestamp with time zone;