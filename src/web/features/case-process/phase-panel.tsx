import type { CasePanelProps } from '../cases/case-panel.ts';

/** The phase stepper, the checklist and moves between phases (to be built). */
export function PhasePanel(_props: CasePanelProps) {
  return null;
}
