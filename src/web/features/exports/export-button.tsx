import { lazy, Suspense, useState } from 'react';
import type { ExportList } from '../../../shared/schemas/exports.ts';
import { Button } from '../../components/button.tsx';
import { Loading } from '../../components/notice.tsx';
import { useT } from '../../i18n/index.tsx';
import type { ExportDialogProps } from './export-dialog.tsx';

// Few people export; the dialog (and the export schemas) load when someone does.
const ExportDialog = lazy(() => import('./export-dialog.tsx'));

/**
 * The "Exportera" button of a list, a case or the statistics, with its dialog. Focus goes back to
 * the button when the dialog closes. `id` must be unique on the page.
 */
export function ExportButton<L extends ExportList>({ id, label, ...dialog }: Omit<ExportDialogProps<L>, 'onClose'> & { id: string; label?: string }) {
  const t = useT();
  const [isOpen, setIsOpen] = useState(false);
  const close = () => {
    setIsOpen(false);
    document.getElementById(id)?.focus();
  };
  return (
    <>
      <Button id={id} variant="secondary" aria-haspopup="dialog" onClick={() => { setIsOpen(true); }}>
        {label ?? t('export.open')}
      </Button>
      {isOpen && (
        <Suspense fallback={<Loading label={t('app.loading')} />}>
          <ExportDialog {...(dialog as Omit<ExportDialogProps<ExportList>, 'onClose'>)} onClose={close} />
        </Suspense>
      )}
    </>
  );
}
