import { useState } from 'react';
import { api } from '../api.ts';
import { PageHeading } from '../components/page-heading.tsx';
import { CallForm } from '../features/calls/call-form.tsx';
import { CallsToday } from '../features/calls/calls-today.tsx';
import { ExportButton } from '../features/exports/export-button.tsx';
import { useSession } from '../features/session/session-context.tsx';
import { useT } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';

/** The support line's call log: log a call while on the phone, and see today's calls below. */
export default function CallsRoute() {
  const t = useT();
  const [saved, setSaved] = useState(0);
  const today = useLoad(`calls-today:${saved}`, (signal) => api.GET('/api/calls', { signal }));
  const { state: session } = useSession();
  const canExport = session.status === 'ready' && session.me?.can.exports.request === true && session.me.can.calls.list;
  // The day the list shows (the server's Swedish today), so the file holds the calls on the page.
  // While a saved call reloads the list, the last day stays, so an open export dialog is not lost.
  const date = today.status === 'ready' ? today.data.date : today.status === 'loading' ? today.stale?.date : undefined;
  return (
    <>
      <div className="page-header">
        <PageHeading>{t('calls.title')}</PageHeading>
        {canExport && date && (
          <div className="button-group">
            <ExportButton
              id="call-export-open"
              list="calls"
              filter={{ date }}
              formats={['xlsx', 'csv']}
              texts={{
                title: t('calls.export.title'),
                intro: t('calls.export.intro', { date }),
                csvHint: t('calls.export.csvHint'),
                done: (count) => t('calls.export.done', { count }),
              }}
            />
          </div>
        )}
      </div>
      <p className="lead">{t('calls.lead')}</p>
      <CallForm onSaved={() => { setSaved((n) => n + 1); }} />
      <CallsToday state={today} />
    </>
  );
}
