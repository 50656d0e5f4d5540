import { lazy, Suspense, useState, type ReactNode } from 'react';
import type { CasePerson } from '../../../shared/schemas/cases.ts';
import { isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { Loading } from '../../components/notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { DuplicatesPanel } from '../duplicates/duplicates-panel.tsx';
import { IdentityPanel } from './identity-panel.tsx';
import { codeLabeller, genderLabel } from './person-labels.ts';
import { StatusLine, SummaryList, useEditing, useStatus } from './person-status.tsx';
import './persons.css';

// Loaded when someone opens it: the form brings the country and language lists.
const PersonForm = lazy(() => import('./person-form.tsx'));

const editButtonId = 'person-edit';

function CodeList({ labels, empty }: { labels: string[]; empty: string }) {
  if (labels.length === 0) return <>{empty}</>;
  return (
    <ul className="plain-list">
      {labels.map((label) => (
        <li key={label}>{label}</li>
      ))}
    </ul>
  );
}

/**
 * The exposed person (DESIGN.md §3): the pseudonymised record, which coordinators who run the case
 * may change, followed by the identity details, shown only on request, and the possible duplicates.
 */
export function PersonPanel({ detail, onCaseChanged }: CasePanelProps) {
  const { t, language } = useI18n();
  const { person, can } = detail;
  const { isEditing, open, close, closeWithoutRefocus } = useEditing(editButtonId);
  const { status, say } = useStatus();
  // Saving the identity may find possible duplicates: the panel below reads them again.
  const [identitySaves, setIdentitySaves] = useState(0);

  const countries = codeLabeller('region', language, t);
  const languages = codeLabeller('language', language, t);
  const yesNo = (value: boolean) => (value ? t('form.yes') : t('form.no'));
  const rows: [string, ReactNode][] = [
    [t('person.codeName'), person.codeName],
    [t('person.birthYear'), person.birthYear ?? t('person.notKnown')],
    [t('person.gender'), genderLabel(t, person.gender)],
    [t('person.citizenships'), <CodeList labels={countries.sorted(person.citizenships).map((c) => c.label)} empty={t('person.notKnown')} />],
    [t('person.languages'), <CodeList labels={languages.sorted(person.languages).map((c) => c.label)} empty={t('person.notKnown')} />],
    [t('person.isChild'), yesNo(person.isChild)],
    [t('person.hasProtectedIdentity'), yesNo(person.hasProtectedIdentity)],
  ];

  // After a save or a refusal the status message takes focus; after "Cancel" the edit button does.
  const onSaved = (saved: CasePerson | null) => {
    closeWithoutRefocus();
    say(saved ? t('person.saved') : t('person.unchanged'), saved ? 'success' : 'info');
    if (saved) onCaseChanged();
  };
  const onOutdated = (error: unknown) => {
    closeWithoutRefocus();
    say(isApiError(error, 412) ? t('person.stale') : t('person.forbidden'), 'error');
    onCaseChanged();
  };

  return (
    <>
      <section aria-labelledby="person-heading" className="person">
        <h2 className="section-heading" id="person-heading">
          {t('person.heading')}
        </h2>
        <p className="person__intro">{t('person.intro')}</p>
        <StatusLine status={status} focus />
        <SummaryList rows={rows} />
        {can.edit && !isEditing && (
          <Button id={editButtonId} variant="secondary" onClick={open}>
            {t('person.edit')}
          </Button>
        )}
        {can.edit && isEditing && (
          <Suspense fallback={<Loading label={t('app.loading')} />}>
            <PersonForm
              caseId={detail.id}
              person={person}
              onSaved={onSaved}
              onOutdated={onOutdated}
              onCancel={close}
            />
          </Suspense>
        )}
      </section>
      <IdentityPanel
        // What may be shown depends on these; when one changes, whatever was shown is dropped.
        key={`${detail.id}:${person.hasProtectedIdentity}:${can.showIdentity}:${can.showAddress}`}
        detail={detail}
        onIdentitySaved={() => {
          setIdentitySaves((n) => n + 1);
        }}
      />
      <DuplicatesPanel detail={detail} revision={identitySaves} />
    </>
  );
}
