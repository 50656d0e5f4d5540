import { describe, expect, it } from 'vitest';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import { caseChanges, caseEditFieldOf, caseEditValuesOf } from './case-edit-values.ts';

const detail = {
  municipalityCode: '0180',
  exploitationForms: ['begging'],
  indicators: ['debt_bondage'],
  isPresumptiveVictim: null,
  riskLevel: 'low',
  policeReportReference: null,
  noPoliceReportReason: null,
  longTermPath: null,
  closureOutcome: null,
  closureReason: null,
  leadUserId: '6f1d8c3e-0000-4000-8000-000000000001',
} as unknown as CaseDetail;

describe('case edit values', () => {
  it('sends nothing when nothing changed', () => {
    expect(caseChanges(detail, caseEditValuesOf(detail))).toEqual({});
  });

  it('sends only what changed, with empty text and "not chosen" as null', () => {
    const values = {
      ...caseEditValuesOf(detail),
      isPresumptiveVictim: 'yes' as const,
      riskLevel: 'none' as const,
      policeReportReference: '  K-1-26 ',
      longTermPath: 'residence' as const,
      leadUserId: '',
      indicators: ['debt_bondage' as const, 'isolation' as const],
    };
    expect(caseChanges(detail, values)).toEqual({
      isPresumptiveVictim: true,
      riskLevel: null,
      policeReportReference: 'K-1-26',
      longTermPath: 'residence',
      leadUserId: null,
      indicators: ['debt_bondage', 'isolation'],
    });
  });

  it('maps server error paths onto fields', () => {
    expect(caseEditFieldOf('exploitationForms.0')).toBe('exploitationForms');
    expect(caseEditFieldOf('closureReason')).toBe('closureReason');
    expect(caseEditFieldOf('body')).toBeUndefined();
  });
});
