import { useState } from 'react';
import { api } from '../../api.ts';
import { Loading, Notice } from '../../components/notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { PanelLoadError } from '../journal/panel-status.tsx';
import { ReturnActions } from './return-actions.tsx';
import { ReferForm } from './return-refer-form.tsx';
import { ReturnSummary } from './return-summary.tsx';
import './returns.css';

/**
 * "Återvändande (IOM)" on the case page: where the person is in the return programme, and the
 * forms of the steps the caller may take (refer, and for NMT decide and assign; the IOM steps for
 * national coordinators; withdraw for the case's team).
 */
export function ReturnPanel({ detail }: CasePanelProps) {
  const { t } = useI18n();
  const caseId = detail.id;
  const [revision, setRevision] = useState(0);
  const [message, setMessage] = useState<{ text: string; tone: 'success' | 'error' } | null>(null);
  const state = useLoad(`returns:${caseId}:${revision}`, (signal) => api.GET('/api/cases/{caseId}/return-applications', { params: { path: { caseId } }, signal }));
  const reload = () => {
    setRevision((r) => r + 1);
  };
  const onChanged = (text: string, tone: 'success' | 'error') => {
    setMessage({ text, tone });
    reload();
  };
  const data = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const [current, ...earlier] = data?.items ?? [];

  return (
    <section aria-labelledby="returns-heading" className="returns">
      <h2 className="section-heading" id="returns-heading">
        {t('returns.heading')}
      </h2>
      <p className="returns__intro">{t('returns.intro')}</p>
      {message && (
        <Notice tone={message.tone} takeFocus>
          {message.text}
        </Notice>
      )}
      {state.status === 'error' && <PanelLoadError message={t('returns.loadFailed')} onRetry={reload} />}
      {!data && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {data && !current && <p className="empty-state">{t('returns.none')}</p>}
      {current && (
        <>
          <ReturnSummary application={current} idPrefix={`return-${current.id}`} />
          <ReturnActions key={`${current.id}:${current.version}`} application={current} onChanged={onChanged} />
        </>
      )}
      {data?.canRefer && <ReferForm caseId={caseId} onChanged={onChanged} />}
      {earlier.length > 0 && (
        <details className="returns__earlier">
          <summary>{t('returns.earlier')}</summary>
          {earlier.map((application) => (
            <ReturnSummary key={application.id} application={application} idPrefix={`return-${application.id}`} />
          ))}
        </details>
      )}
    </section>
  );
}
