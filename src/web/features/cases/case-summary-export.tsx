import { ExportButton } from '../exports/export-button.tsx';
import { useSession } from '../session/session-context.tsx';
import { useI18n } from '../../i18n/index.tsx';

/**
 * "Exportera sammanfattning (PDF)" on the case page: the case as a password-encrypted PDF with its
 * labels in the language the user reads the page in. Shown to those who may export and read cases;
 * the server reads the case in their scope again and leaves out what they may not see.
 */
export function CaseSummaryExport({ caseId }: { caseId: string }) {
  const { t, language } = useI18n();
  const { state: session } = useSession();
  const canExport = session.status === 'ready' && session.me?.can.exports.request === true && session.me.can.cases.read;
  if (!canExport) return null;
  return (
    <ExportButton
      id="case-summary-export-open"
      label={t('caseSummaryExport.open')}
      list="case_summary"
      filter={{ caseId, language }}
      formats={['pdf']}
      texts={{
        title: t('caseSummaryExport.title'),
        intro: t('caseSummaryExport.intro'),
        done: () => t('caseSummaryExport.done'),
      }}
    />
  );
}
