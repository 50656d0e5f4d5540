import { isApiError } from '../../api.ts';
import { Notice } from '../../components/notice.tsx';
import { useT } from '../../i18n/index.tsx';

/** What to say when a page's data could not be loaded (a 401 has already gone to sign-in). */
export function LoadError({ error }: { error: unknown }) {
  const t = useT();
  const message = isApiError(error, 0)
    ? t('app.serverUnavailable')
    : isApiError(error, 403)
      ? t('app.forbidden')
      : t('app.genericError');
  return <Notice tone="error">{message}</Notice>;
}
