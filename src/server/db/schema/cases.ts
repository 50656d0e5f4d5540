import { sql } from 'drizzle-orm';
import { boolean, check, customType, date, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { organisations, users } from './identity.ts';
import { counties, municipalities, policeRegions } from './reference.ts';

/** The exposed person, pseudonymised: no identity data lives here. */
export const persons = pgTable('persons', {
  id: uuid('id').primaryKey().defaultRandom(),
  codeName: text('code_name').notNull(),
  birthYear: integer('birth_year'),
  /** One of enums.genders. */
  gender: text('gender').notNull().default('unknown'),
  /** ISO 3166-1 alpha-2 codes. */
  citizenships: text('citizenships').array().notNull().default(sql`'{}'::text[]`),
  /** ISO 639-1 codes. */
  languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
  isChild: boolean('is_child').notNull(),
  /** Skyddade personuppgifter: identity shown to the lead coordinator only, address never. */
  hasProtectedIdentity: boolean('has_protected_identity').notNull().default(false),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  version: integer('version').notNull().default(1),
});

/**
 * The person's identity, apart from the pseudonymised record. Every value is encrypted with
 * platform/crypto (AES-256-GCM); the ciphertext names its key, and keyId is the key of the row.
 */
export const personIdentities = pgTable(
  'person_identities',
  {
    personId: uuid('person_id')
      .primaryKey()
      .references(() => persons.id),
    fullName: text('full_name'),
    personalNumber: text('personal_number'),
    dateOfBirth: text('date_of_birth'),
    phone: text('phone'),
    address: text('address'),
    /** God man (guardian) of a child. */
    guardian: text('guardian'),
    keyId: text('key_id').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    updatedByUserId: uuid('updated_by_user_id').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('person_identities_key_idx').on(t.keyId)],
);

export const cases = pgTable(
  'cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** NMT-YYYY-NNNNNN, unique. */
    reference: text('reference').notNull().unique(),
    personId: uuid('person_id')
      .notNull()
      .references(() => persons.id),
    regionCode: text('region_code')
      .notNull()
      .references(() => policeRegions.code),
    countyCode: text('county_code')
      .notNull()
      .references(() => counties.code),
    municipalityCode: text('municipality_code')
      .notNull()
      .references(() => municipalities.code),
    exploitationForms: text('exploitation_forms').array().notNull(),
    /** enums.indicators ticked for this case. */
    indicators: text('indicators').array().notNull().default(sql`'{}'::text[]`),
    phase: text('phase').notNull().default('suspicion'),
    /** The assessment: presumptive victim, and the risk (the protection phase needs it). */
    isPresumptiveVictim: boolean('is_presumptive_victim'),
    riskLevel: text('risk_level'),
    riskAssessedAt: timestamp('risk_assessed_at', { withTimezone: true }),
    /** The legal phase needs one of these two. */
    policeReportReference: text('police_report_reference'),
    noPoliceReportReason: text('no_police_report_reason'),
    /** enums.longTermPaths; the long-term phase needs it. */
    longTermPath: text('long_term_path'),
    /** enums.closureOutcomes and a reason; closing needs both. */
    closureOutcome: text('closure_outcome'),
    closureReason: text('closure_reason'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
    leadUserId: uuid('lead_user_id').references(() => users.id),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdByOrganisationId: uuid('created_by_organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** The consultation this case was escalated from (issue 5); no foreign key, to keep the modules apart. */
    sourceConsultationId: uuid('source_consultation_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('cases_region_created_idx').on(t.regionCode, t.createdAt.desc()),
    index('cases_created_idx').on(t.createdAt.desc()),
    index('cases_lead_idx').on(t.leadUserId).where(sql`${t.leadUserId} is not null`),
    index('cases_created_by_idx').on(t.createdByUserId),
    index('cases_phase_idx').on(t.phase),
    index('cases_person_idx').on(t.personId),
  ],
);

/** Last reference number handed out per year; bumped atomically. */
export const caseNumberCounters = pgTable('case_number_counters', {
  year: integer('year').primaryKey(),
  last: integer('last').notNull(),
});

/** Two related cases, stored once with the smaller id first. */
export const caseLinks = pgTable(
  'case_links',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    linkedCaseId: uuid('linked_case_id')
      .notNull()
      .references(() => cases.id),
    /** One of enums.caseLinkKinds. */
    kind: text('kind').notNull(),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('case_links_pair_key').on(t.caseId, t.linkedCaseId),
    index('case_links_linked_idx').on(t.linkedCaseId),
    check('case_links_ordered', sql`${t.caseId} < ${t.linkedCaseId}`),
  ],
);

/** Every move between phases, kept for the case's history. */
export const casePhaseChanges = pgTable(
  'case_phase_changes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fromPhase: text('from_phase'),
    toPhase: text('to_phase').notNull(),
    /** enums.phaseMoveKinds. */
    kind: text('kind').notNull(),
    /** Needed to move back or reopen. */
    reason: text('reason'),
    byUserId: uuid('by_user_id')
      .notNull()
      .references(() => users.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_phase_changes_case_idx').on(t.caseId, t.at)],
);

/** The checklist of each phase, seeded from DESIGN.md §4 and edited by national coordinators. */
export const checklistItems = pgTable(
  'checklist_items',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    phase: text('phase').notNull(),
    labelSv: text('label_sv').notNull(),
    labelEn: text('label_en').notNull(),
    /** A required item must be ticked before the case leaves the phase. */
    isRequired: boolean('is_required').notNull().default(false),
    position: integer('position').notNull(),
    /** Retired items stay for the cases that ticked them. */
    isActive: boolean('is_active').notNull().default(true),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('checklist_items_phase_idx').on(t.phase, t.position)],
);

/** A checklist item ticked in a case. */
export const caseChecklistMarks = pgTable(
  'case_checklist_marks',
  {
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    itemId: uuid('item_id')
      .notNull()
      .references(() => checklistItems.id),
    doneByUserId: uuid('done_by_user_id')
      .notNull()
      .references(() => users.id),
    doneAt: timestamp('done_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.caseId, t.itemId] })],
);

/**
 * Why an organisation may take part in a case: the person's consent, or a statutory provision.
 * Withdrawn consent ends the access it gave at once, because the case scope reads this row.
 */
export const legalBases = pgTable(
  'legal_bases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    /** enums.legalBasisKinds. */
    kind: text('kind').notNull(),
    /** enums.statutoryProvisions, for kind statute. */
    statute: text('statute'),
    consentGivenOn: date('consent_given_on'),
    /** What the consent covers, in the coordinator's words. */
    consentScope: text('consent_scope'),
    /** To whom the person gave it (a person or office). */
    consentGivenTo: text('consent_given_to'),
    consentWithdrawnAt: timestamp('consent_withdrawn_at', { withTimezone: true }),
    recordedByUserId: uuid('recorded_by_user_id')
      .notNull()
      .references(() => users.id),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('legal_bases_case_idx').on(t.caseId),
    check(
      'legal_bases_kind_fields',
      sql`(${t.kind} = 'consent' and ${t.consentGivenOn} is not null) or (${t.kind} = 'statute' and ${t.statute} is not null)`,
    ),
  ],
);

/** An organisation on the case team, under a recorded legal basis of the same organisation. */
export const caseTeamMembers = pgTable(
  'case_team_members',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    legalBasisId: uuid('legal_basis_id')
      .notNull()
      .references(() => legalBases.id),
    /** Named contacts in the organisation (users.id). */
    contactUserIds: uuid('contact_user_ids').array().notNull().default(sql`'{}'::uuid[]`),
    addedByUserId: uuid('added_by_user_id')
      .notNull()
      .references(() => users.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
    removedAt: timestamp('removed_at', { withTimezone: true }),
    removedByUserId: uuid('removed_by_user_id').references(() => users.id),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    uniqueIndex('case_team_members_active_key').on(t.caseId, t.organisationId).where(sql`${t.removedAt} is null`),
    index('case_team_members_org_idx').on(t.organisationId).where(sql`${t.removedAt} is null`),
  ],
);

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });

/** Dated notes in a case. Only the author may correct one, within 24 hours; earlier text is kept. */
export const journalEntries = pgTable(
  'journal_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    authorUserId: uuid('author_user_id')
      .notNull()
      .references(() => users.id),
    authorOrganisationId: uuid('author_organisation_id')
      .notNull()
      .references(() => organisations.id),
    body: text('body').notNull(),
    /** Swedish stemming for search (DESIGN.md §8). */
    searchVector: tsvector('search_vector')
      .notNull()
      .generatedAlwaysAs(sql`to_tsvector('swedish', body)`),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    correctedAt: timestamp('corrected_at', { withTimezone: true }),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('journal_entries_case_idx').on(t.caseId, t.createdAt),
    index('journal_entries_search_idx').using('gin', t.searchVector),
  ],
);

/** The text an entry had before each correction. */
export const journalEntryRevisions = pgTable(
  'journal_entry_revisions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    entryId: uuid('entry_id')
      .notNull()
      .references(() => journalEntries.id),
    body: text('body').notNull(),
    /** When this text was written (the entry's creation or an earlier correction). */
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull(),
    replacedAt: timestamp('replaced_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('journal_entry_revisions_entry_idx').on(t.entryId, t.replacedAt)],
);

export const tasks = pgTable(
  'tasks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    title: text('title').notNull(),
    assigneeUserId: uuid('assignee_user_id').references(() => users.id),
    dueOn: date('due_on'),
    doneAt: timestamp('done_at', { withTimezone: true }),
    doneByUserId: uuid('done_by_user_id').references(() => users.id),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [
    index('tasks_case_idx').on(t.caseId),
    index('tasks_open_due_idx').on(t.dueOn).where(sql`${t.doneAt} is null`),
    index('tasks_assignee_idx').on(t.assigneeUserId).where(sql`${t.doneAt} is null`),
  ],
);

export const measures = pgTable(
  'measures',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    /** enums.measureTypes. */
    type: text('type').notNull(),
    /** enums.measureStatuses. */
    status: text('status').notNull().default('planned'),
    /** For permits: the decision date. The reflection period runs 30 days from it. */
    startOn: date('start_on'),
    /** For a temporary residence permit: its expiry. */
    endOn: date('end_on'),
    /** Short practical detail, never identity data. */
    note: text('note'),
    createdByUserId: uuid('created_by_user_id')
      .notNull()
      .references(() => users.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    version: integer('version').notNull().default(1),
  },
  (t) => [index('measures_case_idx').on(t.caseId), index('measures_type_end_idx').on(t.type, t.endOn)],
);

/** A document's metadata; the bytes live in document_contents, away from every list. */
export const documents = pgTable(
  'documents',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    fileName: text('file_name').notNull(),
    /** Detected from the content, never taken from the client. */
    mediaType: text('media_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    uploadedByUserId: uuid('uploaded_by_user_id')
      .notNull()
      .references(() => users.id),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('documents_case_idx').on(t.caseId, t.uploadedAt)],
);

const bytea = customType<{ data: Buffer; driverData: Buffer | Uint8Array }>({
  dataType: () => 'bytea',
  fromDriver: (value) => (Buffer.isBuffer(value) ? value : Buffer.from(value)),
});

export const documentContents = pgTable('document_contents', {
  documentId: uuid('document_id')
    .primaryKey()
    .references(() => documents.id),
  content: bytea('content').notNull(),
});

/** Break the glass: a coordinator's time-limited access to a case outside their scope. */
export const caseAccessGrants = pgTable(
  'case_access_grants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    caseId: uuid('case_id')
      .notNull()
      .references(() => cases.id),
    userId: uuid('user_id')
      .notNull()
      .references(() => users.id),
    reason: text('reason').notNull(),
    grantedAt: timestamp('granted_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('case_access_grants_user_idx').on(t.userId, t.caseId, t.expiresAt), index('case_access_grants_granted_idx').on(t.grantedAt)],
);
