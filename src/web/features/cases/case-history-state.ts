/** History state the new-case page hands to the case page, to confirm the case was created. */
export interface CaseViewHistoryState {
  created?: boolean;
}
