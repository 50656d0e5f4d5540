import { Link } from 'wouter';
import { api } from '../../api.ts';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';

/** The material linked to each checklist item, by item id (empty while loading or on failure: the link is a help, not the checklist). */
export function useMaterialLinks(): ReadonlyMap<string, string> {
  const state = useLoad('material-links', (signal) => api.GET('/api/material-links', { signal }));
  return new Map(state.status === 'ready' ? state.data.items.map((link) => [link.checklistItemId, link.materialId]) : []);
}

/** "Read the method material" beside a checklist item that has one. */
export function MaterialLinkFor({ links, itemId }: { links: ReadonlyMap<string, string>; itemId: string }) {
  const t = useT();
  const materialId = links.get(itemId);
  if (!materialId) return null;
  return (
    <span className="process-checklist__note">
      <Link href={`/materials/${materialId}`}>{t('materials.checklistLink')}</Link>
    </span>
  );
}
