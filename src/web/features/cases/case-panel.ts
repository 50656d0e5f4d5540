import type { CaseDetail } from '../../../shared/schemas/cases.ts';

/**
 * What every section of the case page gets: the case as last read (with its abilities and
 * version), and a way to tell the page the case changed: with the case the server answered, which
 * the page shows at once, or without it, which makes the page read the case again.
 */
export interface CasePanelProps {
  detail: CaseDetail;
  onCaseChanged: (saved?: CaseDetail) => void;
}

/**
 * The newer of the case as loaded and the case a save answered with. A save's answer is shown at
 * once, so the next action on the page sends its version as If-Match; a reload that started
 * earlier and lands later with an older version must not undo that. Equal versions prefer the
 * load, which is the later read.
 */
export function newestCase(loaded: CaseDetail | null, saved: CaseDetail | null): CaseDetail | null {
  if (!saved || (loaded && loaded.id !== saved.id)) return loaded;
  if (!loaded) return null;
  return saved.version > loaded.version ? saved : loaded;
}
