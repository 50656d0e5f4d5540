// Every table, for drizzle-kit and the database client. Modules import their own tables from their
// *.schema.ts and the platform's from db/schema/platform.ts, never from here (eslint.config.js).
export * from './reference.ts';
export * from './identity.ts';
export * from './audit.ts';
export * from './settings.ts';
export * from './idempotency.ts';
export * from '../../modules/persons/persons.schema.ts';
export * from '../../modules/cases/cases.schema.ts';
export * from '../../modules/support-process/support-process.schema.ts';
export * from '../../modules/case-team/team.schema.ts';
export * from '../../modules/journal/journal.schema.ts';
export * from '../../modules/tasks/tasks.schema.ts';
export * from '../../modules/measures/measures.schema.ts';
export * from '../../modules/documents/documents.schema.ts';
export * from '../../modules/consultations/consultations.schema.ts';
export * from '../../modules/calls/calls.schema.ts';
export * from '../../modules/returns/returns.schema.ts';
export * from '../../modules/intake/intake.schema.ts';
export * from '../../modules/notifications/notifications.schema.ts';
export * from '../../modules/members/members.schema.ts';
export * from '../../modules/invitations/invitations.schema.ts';
export * from '../../modules/sso/sso.schema.ts';
export * from '../../modules/trainings/trainings.schema.ts';
export * from '../../modules/duplicates/duplicates.schema.ts';
export * from '../../modules/referrals/referrals.schema.ts';
export * from '../../modules/approvals/approvals.schema.ts';
export * from '../../modules/case-flags/case-flags.schema.ts';
