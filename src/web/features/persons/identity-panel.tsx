import { lazy, Suspense, useEffect, useRef, useState } from 'react';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { IdentityField, IdentitySaved, IdentityView } from '../../../shared/schemas/persons.ts';
import { api, isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { Loading } from '../../components/notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { StatusLine, useStatus } from './person-status.tsx';

// Loaded only by the lead coordinator who opens it.
const IdentityForm = lazy(() => import('./identity-form.tsx'));

const ids = { show: 'identity-show', hide: 'identity-hide', edit: 'identity-edit', shown: 'identity-shown', intro: 'identity-intro' };
const shownFields: IdentityField[] = ['fullName', 'personalNumber', 'documentNumber', 'dateOfBirth', 'phone', 'address', 'guardian'];

/** A control that has just appeared and takes focus. */
type FocusTarget = keyof typeof ids | null;

/**
 * The identity details (DESIGN.md §6): shown only when asked for, each showing audited, and
 * dropped from the page with "Hide" (or when leaving it). With protected identity only the lead
 * coordinator sees them, and never the address. The lead may change them.
 */
export function IdentityPanel({ detail, onIdentitySaved }: { detail: CaseDetail; onIdentitySaved: (saved: IdentitySaved) => void }) {
  const { t, formatDate } = useI18n();
  const { can, person } = detail;
  const [view, setView] = useState<IdentityView | null>(null);
  const [isLoading, setIsLoading] = useState(false);
  const [isEditing, setIsEditing] = useState(false);
  const { status, say, clear } = useStatus();
  const focusNext = useRef<FocusTarget>(null);
  // After a save or a failure the control that had focus is gone: the message takes it.
  const [focusStatus, setFocusStatus] = useState(false);

  // Showing, hiding and closing the form each change view or isEditing.
  useEffect(() => {
    const target = focusNext.current;
    if (!target) return;
    focusNext.current = null;
    document.getElementById(ids[target])?.focus();
  }, [view, isEditing]);

  const moveFocus = (target: FocusTarget) => {
    focusNext.current = target;
    setFocusStatus(false);
  };

  const fail = (error: unknown) => {
    setView(null);
    setIsEditing(false);
    setFocusStatus(true);
    if (isApiError(error, 412)) say(t('identity.stale'), 'error');
    else if (isApiError(error, 403) || isApiError(error, 404)) say(t('identity.forbidden'), 'error');
    else say(isApiError(error, 0) ? t('app.serverUnavailable') : t('identity.loadFailed'), 'error');
  };

  const show = () => {
    if (isLoading) return;
    clear();
    setIsLoading(true);
    api.GET('/api/cases/{caseId}/identity', { params: { path: { caseId: detail.id } } }).then(
      (shown) => {
        setIsLoading(false);
        setView(shown);
        moveFocus('shown');
      },
      (error: unknown) => {
        setIsLoading(false);
        fail(error);
      },
    );
  };

  const hide = () => {
    setView(null);
    setIsEditing(false);
    say(t('identity.hidden'), 'info');
    moveFocus('show');
  };

  const heading = (
    <h2 className="section-heading" id="identity-heading">
      {t('identity.heading')}
    </h2>
  );

  if (!can.showIdentity) {
    return (
      <section aria-labelledby="identity-heading" className="identity">
        {heading}
        <p>{person.hasProtectedIdentity ? t('identity.notAllowedProtected') : t('identity.notAllowed')}</p>
      </section>
    );
  }

  const valueOf = (field: IdentityField, shown: IdentityView): string => {
    if (field === 'address' && shown.addressHidden) return t('identity.addressHidden');
    const value = shown[field];
    if (value === null) return t('identity.empty');
    return field === 'dateOfBirth' ? formatDate(`${value}T12:00:00Z`) : value;
  };

  return (
    <section aria-labelledby="identity-heading" className="identity">
      {heading}
      {person.hasProtectedIdentity && <div className="notice notice--warning identity__protected">{t('identity.protected')}</div>}
      <p id={ids.intro} className="identity__intro">
        {t('identity.intro')}
      </p>
      <StatusLine status={status} focus={focusStatus} />
      {!view && (
        <Button id={ids.show} onClick={show} disabled={isLoading} aria-describedby={ids.intro}>
          {isLoading ? t('identity.loading') : t('identity.show')}
        </Button>
      )}
      {view && (
        <>
          <div id={ids.shown} className="identity__shown" tabIndex={-1} role="region" aria-label={t('identity.listLabel')}>
            {view.exists ? (
              <dl className="summary-list">
                {shownFields.map((field) => (
                  <div className="summary-list__row" key={field}>
                    <dt className="summary-list__term">{t(`identity.${field}`)}</dt>
                    <dd className="summary-list__value identity__value">{valueOf(field, view)}</dd>
                  </div>
                ))}
              </dl>
            ) : (
              <p>{t('identity.none')}</p>
            )}
          </div>
          {!isEditing && (
            <div className="button-group identity__actions">
              <Button id={ids.hide} variant="secondary" onClick={hide}>
                {t('identity.hide')}
              </Button>
              {can.editIdentity && (
                <Button
                  id={ids.edit}
                  variant="secondary"
                  onClick={() => {
                    clear();
                    setIsEditing(true);
                  }}
                >
                  {view.exists ? t('identity.edit') : t('identity.add')}
                </Button>
              )}
            </div>
          )}
          {can.editIdentity && isEditing && (
            <Suspense fallback={<Loading label={t('app.loading')} />}>
              <IdentityForm
                caseId={detail.id}
                view={view}
                showGuardian={person.isChild || view.guardian !== null}
                onSaved={(saved) => {
                  setView(saved);
                  setIsEditing(false);
                  setFocusStatus(true);
                  // Only matches the user may know of come back: the same person may already exist.
                  const count = saved.possibleDuplicates.length;
                  if (count === 0) say(t('identity.saved'), 'success');
                  else say(t(count === 1 ? 'duplicates.foundOnSaveOne' : 'duplicates.foundOnSave', { count }), 'info');
                  onIdentitySaved(saved);
                }}
                onOutdated={fail}
                onCancel={() => {
                  setIsEditing(false);
                  moveFocus('edit');
                }}
              />
            </Suspense>
          )}
        </>
      )}
    </section>
  );
}
