CREATE TABLE "duplicate_decisions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"person_id" uuid NOT NULL,
	"other_person_id" uuid NOT NULL,
	"decision" text NOT NULL,
	"reason" text,
	"decided_by_user_id" uuid NOT NULL,
	"decided_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "duplicate_decisions_order" CHECK ("duplicate_decisions"."person_id" < "duplicate_decisions"."other_person_id")
);
--> statement-breakpoint
CREATE TABLE "person_match_keys" (
	"person_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"key_id" text NOT NULL,
	"hash" text NOT NULL,
	CONSTRAINT "person_match_keys_person_id_key_id_hash_pk" PRIMARY KEY("person_id","key_id","hash")
);
--> statement-breakpoint
ALTER TABLE "duplicate_decisions" ADD CONSTRAINT "duplicate_decisions_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_decisions" ADD CONSTRAINT "duplicate_decisions_other_person_id_persons_id_fk" FOREIGN KEY ("other_person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_decisions" ADD CONSTRAINT "duplicate_decisions_decided_by_user_id_users_id_fk" FOREIGN KEY ("decided_by_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_match_keys" ADD CONSTRAINT "person_match_keys_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "duplicate_decisions_pair_idx" ON "duplicate_decisions" USING btree ("person_id","other_person_id");--> statement-breakpoint
CREATE INDEX "person_match_keys_hash_idx" ON "person_match_keys" USING btree ("key_id","hash");