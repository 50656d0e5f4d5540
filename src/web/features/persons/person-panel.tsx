import type { CasePanelProps } from '../cases/case-panel.ts';

/** The pseudonymised person and the identity panel (to be built). */
export function PersonPanel(_props: CasePanelProps) {
  return null;
}
