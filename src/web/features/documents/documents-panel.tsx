import type { CasePanelProps } from '../cases/case-panel.ts';

/** The case's documents (to be built). */
export function DocumentsPanel(_props: CasePanelProps) {
  return null;
}
