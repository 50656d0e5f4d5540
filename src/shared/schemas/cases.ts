import { z } from 'zod';
import { casePhases, exploitationForms, policeRegions } from '../enums.ts';
import { limits } from '../limits.ts';
import { pageQuery, uuid } from './common.ts';

export const municipalityCode = z.string().regex(/^\d{4}$/, 'four digits');

export const caseCreateInput = z.object({
  /** Municipality where the person is; it decides the county and police region. */
  municipalityCode,
  exploitationForms: z
    .array(z.enum(exploitationForms))
    .min(1)
    .max(exploitationForms.length)
    .refine((forms) => new Set(forms).size === forms.length, 'each form at most once'),
  person: z.object({
    /** A pseudonym; never the person's real name. */
    codeName: z.string().trim().min(1).max(limits.codeNameMax),
    isChild: z.boolean(),
  }),
});
export type CaseCreateInput = z.infer<typeof caseCreateInput>;

export const caseSortKeys = ['reference', 'createdAt', 'phase', 'region', 'codeName'] as const;

export const caseListQuery = pageQuery.extend({
  sort: z.enum(caseSortKeys).default('createdAt'),
  order: z.enum(['asc', 'desc']).default('desc'),
});
export type CaseListQuery = z.infer<typeof caseListQuery>;

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
});
export type CaseSummary = z.infer<typeof caseSummary>;

export const caseDetail = caseSummary.extend({
  countyCode: z.string(),
  leadUserId: uuid.nullable(),
  leadName: z.string().nullable(),
  createdByName: z.string(),
  createdByOrganisation: z.string(),
  updatedAt: z.iso.datetime({ offset: true }),
  version: z.number().int(),
});
export type CaseDetail = z.infer<typeof caseDetail>;

export const caseListPage = z.object({
  items: z.array(caseSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
  /** What the caller may do here; the web app shows buttons from this. */
  can: z.object({ create: z.boolean() }),
});
export type CaseListPage = z.infer<typeof caseListPage>;
