import { useState } from 'react';
import { Link } from 'wouter';
import type { CaseDetail } from '../../../shared/schemas/cases.ts';
import type { DuplicateReason, PossibleDuplicate, PossibleDuplicateList } from '../../../shared/schemas/duplicates.ts';
import { api, isApiError } from '../../api.ts';
import { Button } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { type Translate, useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { phaseLabel } from '../cases/case-labels.ts';
import { StatusLine, useStatus } from '../persons/person-status.tsx';
import { NotSameForm } from './not-same-form.tsx';
import './duplicates.css';

function reasonsLabel(t: Translate, reasons: readonly DuplicateReason[]): string {
  return reasons.map((reason) => t(`duplicates.reason.${reason}`)).join(', ');
}

export interface DuplicatesPanelProps {
  detail: CaseDetail;
  /** Bumped when the identity was saved, so the list is read again. */
  revision: number;
}

/**
 * Other cases whose person may be the same as this one (DESIGN.md §9): only cases the reader may
 * see, never a person with protected identity. A match is a hint, never a merge: the coordinator
 * links the cases as the same person or marks them not the same, with a reason.
 */
export function DuplicatesPanel({ detail, revision }: DuplicatesPanelProps) {
  const t = useT();
  const [ownRevision, setOwnRevision] = useState(0);
  // The list a decision answered with, for the load it replaced; a newer load shows its own.
  const [decidedList, setDecidedList] = useState<{ key: string; list: PossibleDuplicateList } | null>(null);
  const [deciding, setDeciding] = useState<PossibleDuplicate | null>(null);
  const [isSending, setIsSending] = useState(false);
  const { status, say } = useStatus();
  const canRead = detail.can.manageLinks;
  const loadKey = `duplicates:${detail.id}:${revision}:${ownRevision}`;
  const state = useLoad(loadKey, async (signal) => {
    if (!canRead) return null;
    return api.GET('/api/cases/{caseId}/duplicates', { params: { path: { caseId: detail.id } }, signal });
  });
  const loaded = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : null;
  const list = decidedList?.key === loadKey ? decidedList.list : loaded;
  const shown = list?.items ?? null;

  const decided = (next: PossibleDuplicateList, message: string) => {
    setDeciding(null);
    setDecidedList({ key: loadKey, list: next });
    say(message, 'success');
  };
  const outdated = (error: unknown) => {
    setDeciding(null);
    setOwnRevision((r) => r + 1);
    say(isApiError(error, 409) ? t('duplicates.alreadyDecided') : isApiError(error, 0) ? t('app.serverUnavailable') : t('duplicates.outdated'), 'error');
  };

  const markSame = (other: PossibleDuplicate) => {
    if (isSending) return;
    setIsSending(true);
    api.POST('/api/cases/{caseId}/duplicates/same-person', { params: { path: { caseId: detail.id } }, body: { otherCaseId: other.caseId } }).then(
      (answer) => {
        setIsSending(false);
        decided(answer, t('duplicates.linked', { reference: other.reference }));
      },
      (error: unknown) => {
        setIsSending(false);
        outdated(error);
      },
    );
  };

  const forbidden = state.status === 'error' && isApiError(state.error, 403);
  return (
    <section aria-labelledby="duplicates-heading" className="duplicates">
      <h2 className="section-heading" id="duplicates-heading">
        {t('duplicates.heading')}
      </h2>
      {!canRead && <p>{t('duplicates.notForRole')}</p>}
      {forbidden && <p>{t('duplicates.protected')}</p>}
      {canRead && !forbidden && (
        <>
          <p className="duplicates__intro">{t('duplicates.intro')}</p>
          <StatusLine status={status} focus />
          {state.status === 'loading' && !shown && <Loading label={t('app.loading')} />}
          {state.status === 'error' && <Notice tone="error">{t('duplicates.loadError')}</Notice>}
          {shown && shown.length === 0 && <p className="empty-state">{t('duplicates.empty')}</p>}
          {shown && shown.length > 0 && (
            <DataTable
              id="duplicates-table"
              caption={t('duplicates.caption')}
              hideCaption
              columns={[t('duplicates.col.reference'), t('duplicates.col.codeName'), t('duplicates.col.birthYear'), t('duplicates.col.reasons'), t('duplicates.col.phase'), t('duplicates.col.decision')]}
            >
              {shown.map((item) => (
                <tr key={item.caseId}>
                  <th scope="row" className="table__nowrap">
                    <Link href={`/cases/${item.caseId}`}>{item.reference}</Link>
                  </th>
                  <td>{item.codeName}</td>
                  <td>{item.birthYear ?? t('person.notKnown')}</td>
                  <td>{reasonsLabel(t, item.reasons)}</td>
                  <td>{phaseLabel(t, item.phase)}</td>
                  <td>
                    {item.decision === 'same_person' ? (
                      t('duplicates.isSamePerson')
                    ) : (
                      <div className="button-group duplicates__actions">
                        {list?.canLinkSamePerson && (
                          <Button
                            variant="secondary"
                            disabled={isSending}
                            aria-label={t('duplicates.samePersonLabel', { reference: item.reference })}
                            onClick={() => { markSame(item); }}
                          >
                            {t('duplicates.samePerson')}
                          </Button>
                        )}
                        <Button
                          variant="quiet"
                          aria-label={t('duplicates.notSameLabel', { reference: item.reference })}
                          onClick={() => { setDeciding(item); }}
                        >
                          {t('duplicates.notSame')}
                        </Button>
                      </div>
                    )}
                  </td>
                </tr>
              ))}
            </DataTable>
          )}
          {deciding && (
            <NotSameForm
              key={deciding.caseId}
              caseId={detail.id}
              other={deciding}
              onDecided={(next) => { decided(next, t('duplicates.dismissed', { reference: deciding.reference })); }}
              onOutdated={outdated}
              onCancel={() => { setDeciding(null); }}
            />
          )}
        </>
      )}
    </section>
  );
}
