import type { CasePanelProps } from '../cases/case-panel.ts';

/** The deadlines the system watches in this case (to be built). */
export function DeadlinesPanel(_props: CasePanelProps) {
  return null;
}
