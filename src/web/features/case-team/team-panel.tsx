import type { CasePanelProps } from '../cases/case-panel.ts';

/** The case team and the legal bases (to be built). */
export function TeamPanel(_props: CasePanelProps) {
  return null;
}
