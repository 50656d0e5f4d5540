import type { CasePanelProps } from '../cases/case-panel.ts';

/** The case's tasks (to be built). */
export function TasksPanel(_props: CasePanelProps) {
  return null;
}
