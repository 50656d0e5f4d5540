/** Closed vocabularies shared by server, database and web app (DESIGN.md §2–§4). */

export const roles = [
  'national_coordinator',
  'regional_coordinator',
  'case_worker',
  'support_line_operator',
  'return_officer',
  'trainer',
  'analyst',
  'auditor',
  'org_admin',
  'system_admin',
] as const;
export type Role = (typeof roles)[number];

export const organisationTypes = [
  'national_agency',
  'municipality',
  'police',
  'prosecution',
  'migration_agency',
  'tax_agency',
  'work_environment_authority',
  'customs',
  'county_board',
  'health_care',
  'ngo',
  'iom',
  'other_authority',
] as const;
export type OrganisationType = (typeof organisationTypes)[number];

export const exploitationForms = [
  'sexual_purposes',
  'prostitution',
  'forced_labour',
  'begging',
  'criminal_activity',
  'organ_removal',
  'military_service',
  'other_distress',
  'unknown',
] as const;
export type ExploitationForm = (typeof exploitationForms)[number];

export const casePhases = ['suspicion', 'assessment', 'protection', 'legal', 'long_term', 'closed'] as const;
export type CasePhase = (typeof casePhases)[number];

/** The seven police regions; a case and a regional coordinator belong to one. */
export const policeRegions = ['nord', 'mitt', 'bergslagen', 'stockholm', 'ost', 'vast', 'syd'] as const;
export type PoliceRegion = (typeof policeRegions)[number];
