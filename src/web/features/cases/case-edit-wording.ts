import { exploitationForms, riskLevels } from '../../../shared/enums.ts';
import { limits } from '../../../shared/limits.ts';
import { choiceId } from '../../components/choice-group.tsx';
import type { Translate } from '../../i18n/index.tsx';
import type { CaseEditField } from './case-edit-values.ts';
import { indicatorChecklistTarget } from './indicator-checklist.tsx';

// How the case edit form names its controls and words its problems.

export const caseEditId = (field: CaseEditField) => `case-edit-${field}`;
export const caseEditTarget = (field: CaseEditField): string => {
  switch (field) {
    case 'exploitationForms':
      return choiceId(caseEditId(field), exploitationForms[0]);
    case 'indicators':
      return indicatorChecklistTarget(caseEditId(field));
    case 'isPresumptiveVictim':
      return choiceId(caseEditId(field), 'yes');
    case 'riskLevel':
      return choiceId(caseEditId(field), riskLevels[0]);
    case 'municipalityCode':
    case 'policeReportReference':
    case 'noPoliceReportReason':
    case 'longTermPath':
    case 'closureOutcome':
    case 'closureReason':
    case 'leadUserId':
      return caseEditId(field);
  }
};

/** One message per field, whatever the problem: the schema and the server report the same rules. */
export function caseEditMessage(t: Translate, field: CaseEditField): string {
  switch (field) {
    case 'municipalityCode':
      return t('caseEdit.errors.municipality');
    case 'exploitationForms':
      return t('caseEdit.errors.forms');
    case 'policeReportReference':
    case 'noPoliceReportReason':
      return t('caseEdit.errors.shortText', { max: limits.shortTextMax });
    case 'closureReason':
      return t('caseEdit.errors.reason', { min: limits.reasonMin, max: limits.reasonMax });
    case 'leadUserId':
      return t('caseEdit.errors.lead');
    case 'indicators':
    case 'isPresumptiveVictim':
    case 'riskLevel':
    case 'longTermPath':
    case 'closureOutcome':
      return t('caseEdit.errors.invalid');
  }
}
