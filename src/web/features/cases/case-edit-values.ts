import type { ClosureOutcome, ExploitationForm, Indicator, LongTermPath, RiskLevel } from '../../../shared/enums.ts';
import type { CaseDetail, CaseUpdateInput } from '../../../shared/schemas/cases.ts';

/** The edit form's values, as the controls hold them: '' for "not chosen", text as typed. */
export interface CaseEditValues {
  municipalityCode: string;
  exploitationForms: ExploitationForm[];
  indicators: Indicator[];
  isPresumptiveVictim: 'yes' | 'no' | 'unknown';
  riskLevel: RiskLevel | 'none';
  policeReportReference: string;
  noPoliceReportReason: string;
  longTermPath: LongTermPath | '';
  closureOutcome: ClosureOutcome | '';
  closureReason: string;
  leadUserId: string;
}

export const caseEditFields = [
  'municipalityCode',
  'exploitationForms',
  'indicators',
  'isPresumptiveVictim',
  'riskLevel',
  'policeReportReference',
  'noPoliceReportReason',
  'longTermPath',
  'closureOutcome',
  'closureReason',
  'leadUserId',
] as const satisfies readonly (keyof CaseEditValues & keyof CaseUpdateInput)[];
export type CaseEditField = (typeof caseEditFields)[number];

export function caseEditValuesOf(detail: CaseDetail): CaseEditValues {
  return {
    municipalityCode: detail.municipalityCode,
    exploitationForms: [...detail.exploitationForms],
    indicators: [...detail.indicators],
    isPresumptiveVictim: detail.isPresumptiveVictim === null ? 'unknown' : detail.isPresumptiveVictim ? 'yes' : 'no',
    riskLevel: detail.riskLevel ?? 'none',
    policeReportReference: detail.policeReportReference ?? '',
    noPoliceReportReason: detail.noPoliceReportReason ?? '',
    longTermPath: detail.longTermPath ?? '',
    closureOutcome: detail.closureOutcome ?? '',
    closureReason: detail.closureReason ?? '',
    leadUserId: detail.leadUserId ?? '',
  };
}

const text = (value: string): string | null => (value.trim() === '' ? null : value.trim());
const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && a.every((v, i) => v === b[i]);

/** Only what differs from the case as last read: the PATCH body. Empty when nothing changed. */
export function caseChanges(detail: CaseDetail, values: CaseEditValues): CaseUpdateInput {
  const changes: CaseUpdateInput = {};
  if (values.municipalityCode !== detail.municipalityCode) changes.municipalityCode = values.municipalityCode;
  if (!sameList(values.exploitationForms, detail.exploitationForms)) changes.exploitationForms = values.exploitationForms;
  if (!sameList(values.indicators, detail.indicators)) changes.indicators = values.indicators;
  const victim = values.isPresumptiveVictim === 'unknown' ? null : values.isPresumptiveVictim === 'yes';
  if (victim !== detail.isPresumptiveVictim) changes.isPresumptiveVictim = victim;
  const risk = values.riskLevel === 'none' ? null : values.riskLevel;
  if (risk !== detail.riskLevel) changes.riskLevel = risk;
  for (const field of ['policeReportReference', 'noPoliceReportReason', 'closureReason'] as const) {
    if (text(values[field]) !== detail[field]) changes[field] = text(values[field]);
  }
  const path = values.longTermPath === '' ? null : values.longTermPath;
  if (path !== detail.longTermPath) changes.longTermPath = path;
  const outcome = values.closureOutcome === '' ? null : values.closureOutcome;
  if (outcome !== detail.closureOutcome) changes.closureOutcome = outcome;
  const lead = values.leadUserId === '' ? null : values.leadUserId;
  if (lead !== detail.leadUserId) changes.leadUserId = lead;
  return changes;
}

/** The edit field a server error path ("exploitationForms.0") is about. */
export function caseEditFieldOf(path: string): CaseEditField | undefined {
  const head = path.split('.')[0];
  return caseEditFields.find((field) => field === head);
}
