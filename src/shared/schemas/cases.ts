import { z } from 'zod';
import {
  caseLinkKinds,
  casePhases,
  closureOutcomes,
  exploitationForms,
  genders,
  indicators,
  longTermPaths,
  policeRegions,
  riskLevels,
} from '../enums.ts';
import { limits } from '../limits.ts';
import { pageQuery, uuid } from './common.ts';

export const municipalityCode = z.string().regex(/^\d{4}$/, 'four digits');

const distinct = <T>(values: T[]) => new Set(values).size === values.length;

export const exploitationFormList = z
  .array(z.enum(exploitationForms))
  .min(1)
  .max(exploitationForms.length)
  .refine(distinct, 'each form at most once');

export const indicatorList = z.array(z.enum(indicators)).max(indicators.length).refine(distinct, 'each indicator at most once');

/** ISO 3166-1 alpha-2 country code. */
export const countryCode = z.string().regex(/^[A-Z]{2}$/, 'two capital letters');
/** ISO 639-1 language code. */
export const languageCode = z.string().regex(/^[a-z]{2}$/, 'two small letters');

const currentYear = new Date().getFullYear();

/** The pseudonymised person (DESIGN.md §3): no name, no identity number. */
export const personFields = z.object({
  /** A pseudonym; never the person's real name. */
  codeName: z.string().trim().min(1).max(limits.codeNameMax),
  birthYear: z.number().int().min(1900).max(currentYear + 1).nullable().default(null),
  gender: z.enum(genders).default('unknown'),
  citizenships: z.array(countryCode).max(5).refine(distinct, 'each country at most once').default([]),
  languages: z.array(languageCode).max(10).refine(distinct, 'each language at most once').default([]),
  isChild: z.boolean(),
  hasProtectedIdentity: z.boolean().default(false),
});
export type PersonFields = z.infer<typeof personFields>;

export const caseCreateInput = z.object({
  /** Municipality where the person is; it decides the county and police region. */
  municipalityCode,
  exploitationForms: exploitationFormList,
  indicators: indicatorList.default([]),
  person: personFields,
});
export type CaseCreateInput = z.infer<typeof caseCreateInput>;
/** The body a client sends; fields with defaults may be left out. */
export type CaseCreateRequest = z.input<typeof caseCreateInput>;

const shortText = z.string().trim().min(1).max(limits.shortTextMax);
const reasonText = z.string().trim().min(limits.reasonMin).max(limits.reasonMax);

/** A change of the case's own fields; send only what changes, with If-Match. */
export const caseUpdateInput = z
  .object({
    municipalityCode,
    exploitationForms: exploitationFormList,
    indicators: indicatorList,
    isPresumptiveVictim: z.boolean().nullable(),
    riskLevel: z.enum(riskLevels).nullable(),
    policeReportReference: shortText.nullable(),
    noPoliceReportReason: shortText.nullable(),
    longTermPath: z.enum(longTermPaths).nullable(),
    closureOutcome: z.enum(closureOutcomes).nullable(),
    closureReason: reasonText.nullable(),
    /** A regional coordinator of the case's region, or null. */
    leadUserId: uuid.nullable(),
  })
  .partial()
  .refine((v) => Object.keys(v).length > 0, 'nothing to change');
export type CaseUpdateInput = z.infer<typeof caseUpdateInput>;
export type PersonFieldsRequest = z.input<typeof personFields>;

export const caseSortKeys = ['reference', 'createdAt', 'phase', 'region', 'codeName', 'relevance'] as const;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const caseListQuery = pageQuery.extend({
  sort: z.enum(caseSortKeys).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
  /** Full-text search over reference numbers, code names and journal text (Swedish stemming). */
  q: z.string().trim().min(limits.searchMin).max(limits.searchMax).optional(),
  phase: z.enum(casePhases).optional(),
  region: z.enum(policeRegions).optional(),
  exploitationForm: z.enum(exploitationForms).optional(),
  /** Cases I lead. */
  mine: flag.optional(),
  /** Cases with an open task past its due date or a deadline run out. */
  overdue: flag.optional(),
  isChild: flag.optional(),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;

/** A piece of a search snippet; `match` marks the words that matched. Rendered as text, never HTML. */
export const snippetPart = z.object({ text: z.string(), match: z.boolean() });
export type SnippetPart = z.infer<typeof snippetPart>;

export const caseSummary = z.object({
  id: uuid,
  reference: z.string(),
  phase: z.enum(casePhases),
  regionCode: z.enum(policeRegions),
  municipalityCode: z.string(),
  exploitationForms: z.array(z.enum(exploitationForms)),
  codeName: z.string(),
  isChild: z.boolean(),
  createdAt: z.iso.datetime({ offset: true }),
  /** With a search: where it matched (reference, code name or journal text). */
  snippet: z.array(snippetPart).optional(),
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseAccessVia = z.enum(['national', 'lead', 'region', 'team', 'break_glass']);
export type CaseAccessVia = z.infer<typeof caseAccessVia>;

/** What the caller may do in the case; the web app shows controls from this. */
export const caseAbilities = z.object({
  edit: z.boolean(),
  movePhase: z.boolean(),
  manageTeam: z.boolean(),
  manageLinks: z.boolean(),
  tickChecklist: z.boolean(),
  writeJournal: z.boolean(),
  manageTasks: z.boolean(),
  manageMeasures: z.boolean(),
  uploadDocuments: z.boolean(),
  showIdentity: z.boolean(),
  editIdentity: z.boolean(),
  showAddress: z.boolean(),
});
export type CaseAbilities = z.infer<typeof caseAbilities>;

export const casePerson = z.object({
  id: uuid,
  codeName: z.string(),
  birthYear: z.number().int().nullable(),
  gender: z.enum(genders),
  citizenships: z.array(z.string()),
  languages: z.array(z.string()),
  isChild: z.boolean(),
  hasProtectedIdentity: z.boolean(),
  version: z.number().int(),
});
export type CasePerson = z.infer<typeof casePerson>;

export const caseDetail = caseSummary.extend({
  countyCode: z.string(),
  indicators: z.array(z.enum(indicators)),
  person: casePerson,
  isPresumptiveVictim: z.boolean().nullable(),
  riskLevel: z.enum(riskLevels).nullable(),
  riskAssessedAt: z.iso.datetime({ offset: true }).nullable(),
  policeReportReference: z.string().nullable(),
  noPoliceReportReason: z.string().nullable(),
  longTermPath: z.enum(longTermPaths).nullable(),
  closureOutcome: z.enum(closureOutcomes).nullable(),
  closureReason: z.string().nullable(),
  closedAt: z.iso.datetime({ offset: true }).nullable(),
  leadUserId: uuid.nullable(),
  leadName: z.string().nullable(),
  createdByName: z.string(),
  createdByOrganisation: z.string(),
  updatedAt: z.iso.datetime({ offset: true }),
  /** Send it back in If-Match to change the case. */
  version: z.number().int(),
  /** The consultation the case was escalated from, when the caller may see it. */
  /** The consultation the case was escalated from; open it to see whether you may (404 otherwise). */
  sourceConsultationId: uuid.nullable(),
  access: z.object({ via: caseAccessVia, breakGlassExpiresAt: z.iso.datetime({ offset: true }).nullable() }),
  can: caseAbilities,
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const caseListPage = z.object({
  items: z.array(caseSummary),
  total: z.number().int(),
  /**
   * True when there may be more cases than `total`: a list counts at most 1,000 cases past the
   * start (or to the end of the page asked for), and a search ranks at most the newest 250
   * matching journal entries (a narrower search or a filter finds the rest).
   */
  totalIsLowerBound: z.boolean(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** What the caller may do here; the web app shows buttons from this. */
  can: z.object({ create: z.boolean(), breakGlass: z.boolean() }),
});
export type CaseListPage = z.infer<typeof caseListPage>;

export const caseLinkInput = z.object({
  /** The other case, by its reference number (NMT-YYYY-NNNNNN). */
  reference: z.string().trim().regex(/^NMT-\d{4}-\d{6}$/, 'NMT-YYYY-NNNNNN'),
  kind: z.enum(caseLinkKinds),
});
export type CaseLinkInput = z.infer<typeof caseLinkInput>;

/** A linked case the caller may see; links to cases outside the scope are not listed. */
export const caseLink = z.object({
  id: uuid,
  kind: z.enum(caseLinkKinds),
  caseId: uuid,
  reference: z.string(),
  phase: z.enum(casePhases),
  codeName: z.string(),
  createdAt: z.iso.datetime({ offset: true }),
});
export type CaseLink = z.infer<typeof caseLink>;

/** A coordinator who may lead the case: a regional coordinator of its region. */
export const leadCandidate = z.object({ userId: uuid, name: z.string(), organisationName: z.string() });
export type LeadCandidate = z.infer<typeof leadCandidate>;

export const breakGlassInput = z.object({
  reference: z.string().trim().regex(/^NMT-\d{4}-\d{6}$/, 'NMT-YYYY-NNNNNN'),
  /** Why the case must be opened now; read by auditors. */
  reason: reasonText,
});
export type BreakGlassInput = z.infer<typeof breakGlassInput>;

export const breakGlassGrant = z.object({
  caseId: uuid,
  expiresAt: z.iso.datetime({ offset: true }),
});

/** A break-the-glass event, for auditors to review. */
export const breakGlassEvent = z.object({
  id: uuid,
  caseId: uuid,
  reference: z.string(),
  userId: uuid,
  userName: z.string(),
  reason: z.string(),
  grantedAt: z.iso.datetime({ offset: true }),
  expiresAt: z.iso.datetime({ offset: true }),
});
export type BreakGlassEvent = z.infer<typeof breakGlassEvent>;

/** Someone working on the case: the lead, the region's coordinators, or a member of a team organisation. */
export const caseParticipant = z.object({ userId: uuid, name: z.string(), organisationName: z.string() });
export type CaseParticipant = z.infer<typeof caseParticipant>;
