import type { CasePanelProps } from '../cases/case-panel.ts';

/** The journal timeline (to be built). */
export function JournalPanel(_props: CasePanelProps) {
  return null;
}
