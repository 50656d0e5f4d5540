import type { CaseDetail } from '../../../shared/schemas/cases.ts';

/**
 * What every section of the case page gets: the case as last read (with its abilities and
 * version), and a way to reload it after a change that alters the case itself.
 */
export interface CasePanelProps {
  detail: CaseDetail;
  onCaseChanged: () => void;
}
