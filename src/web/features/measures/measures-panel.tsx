import type { CasePanelProps } from '../cases/case-panel.ts';

/** The case's measures (to be built). */
export function MeasuresPanel(_props: CasePanelProps) {
  return null;
}
