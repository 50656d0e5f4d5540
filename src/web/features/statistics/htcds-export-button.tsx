import { htcdsExporters, passesGate } from '../../../shared/access-catalogue.ts';
import { ExportButton } from '../exports/export-button.tsx';
import { useSession } from '../session/session-context.tsx';
import { useT } from '../../i18n/index.tsx';

/**
 * "Exportera HTCDS-mikrodata" for NMT (issue 12): the k-anonymous microdata of the people identified
 * in the years of the statistics page's period. Shown only to those the export lets in: the exports
 * gate from `me.can`, and the HTCDS rule of the catalogue (htcdsExporters), which the server checks too.
 */
export function HtcdsExportButton({ from, to }: { from: string; to: string }) {
  const t = useT();
  const { state: session } = useSession();
  const me = session.status === 'ready' ? session.me : null;
  if (!me?.can.exports.request || !passesGate(htcdsExporters, me.memberships.flatMap((m) => m.roles))) return null;
  const fromYear = Number(from.slice(0, 4));
  const toYear = Number(to.slice(0, 4));
  return (
    <div className="button-group">
      <ExportButton
        id="htcds-export-open"
        label={t('htcdsExport.open')}
        list="htcds"
        filter={{ fromYear, toYear }}
        formats={['csv', 'xlsx']}
        texts={{
          title: t('htcdsExport.title'),
          intro: t('htcdsExport.intro', { fromYear, toYear }),
          csvHint: t('htcdsExport.csvHint'),
          done: (count) => t('htcdsExport.done', { count }),
        }}
      />
    </div>
  );
}
