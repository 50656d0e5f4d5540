import type { CasePanelProps } from '../cases/case-panel.ts';

/** Linked cases (to be built). */
export function CaseLinksPanel(_props: CasePanelProps) {
  return null;
}
