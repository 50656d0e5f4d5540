import { useState } from 'react';
import type { AccountSession } from '../../../shared/schemas/account.ts';
import { api } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { useI18n, useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';

/** My open sign-ins, newest activity first, each but the current one with a button to end it. */
export function MySessions() {
  const t = useT();
  const { language } = useI18n();
  const [version, setVersion] = useState(0);
  const [message, setMessage] = useState<{ tone: 'success' | 'error'; text: string } | null>(null);
  const state = useLoad(`account-sessions:${version}`, (signal) => api.GET('/api/account/sessions', { signal }));
  const format = (iso: string) =>
    new Intl.DateTimeFormat(language === 'sv' ? 'sv-SE' : 'en-GB', { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));

  const revoke = (session: AccountSession) => {
    api.DELETE('/api/account/sessions/{id}', { params: { path: { id: session.id } } }).then(
      () => {
        setMessage({ tone: 'success', text: t('account.revoked') });
        setVersion((v) => v + 1);
      },
      () => { setMessage({ tone: 'error', text: t('app.genericError') }); },
    );
  };

  return (
    <section aria-labelledby="sessions-heading">
      <h2 id="sessions-heading">{t('account.sessionsHeading')}</h2>
      {message && <Notice tone={message.tone}>{message.text}</Notice>}
      {state.status === 'loading' && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <Notice tone="error">{t('app.genericError')}</Notice>}
      {state.status === 'ready' && (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('account.sessionStarted')}</th>
              <th scope="col">{t('account.sessionLastSeen')}</th>
              <th scope="col">{t('account.sessionMethod')}</th>
              <th scope="col">{t('account.sessionBrowser')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('account.revoke')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {state.data.items.map((s) => (
              <tr key={s.id}>
                <td>{format(s.createdAt)}</td>
                <td>{format(s.lastSeenAt)}</td>
                <td>{s.method === 'sso' ? t('account.methodSso') : t('account.methodPassword')}</td>
                <td>{s.userAgent ?? t('account.unknownBrowser')}</td>
                <td>
                  {s.isCurrent ? (
                    <strong>{t('account.thisSession')}</strong>
                  ) : (
                    <Button variant="secondary" aria-label={t('account.revokeLabel', { time: format(s.createdAt) })} onClick={() => { revoke(s); }}>
                      {t('account.revoke')}
                    </Button>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
