import { useState } from 'react';
import { Link } from 'wouter';
import { caseLinkKinds, type CaseLinkKind } from '../../../shared/enums.ts';
import type { CaseLink } from '../../../shared/schemas/cases.ts';
import { api, isApiError } from '../../api.ts';
import { Button, SubmitButton } from '../../components/button.tsx';
import { DataTable } from '../../components/data-table.tsx';
import { FormWithSummary } from '../../components/form-with-summary.tsx';
import { Loading, Notice } from '../../components/notice.tsx';
import { SelectField } from '../../components/select-field.tsx';
import { TextField } from '../../components/text-field.tsx';
import { useT } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import { caseSchemas } from '../../lazy-schemas.ts';
import { useFormSubmission } from '../../use-form-submission.ts';
import { StatusLine, useStatus } from '../persons/person-status.tsx';
import { linkKindLabel, phaseLabel } from './case-labels.ts';
import type { CasePanelProps } from './case-panel.ts';
import './cases.css';

const fields = ['reference', 'kind'] as const;
type Field = (typeof fields)[number];
const ids: Record<Field, string> = { reference: 'case-link-reference', kind: 'case-link-kind' };
const linkSchema = () => caseSchemas().then((schemas) => schemas.caseLinkInput);

/** The form to link another case by its number, checked with the server's schema. */
function LinkForm({ caseId, onLinked }: { caseId: string; onLinked: (link: CaseLink) => void }) {
  const t = useT();
  const [reference, setReference] = useState('');
  const [kind, setKind] = useState<CaseLinkKind | ''>('');
  const { errors, summary, failedSubmits, isSending, handleSubmit, startSending, fail, failUnexpected, check, failFields } =
    useFormSubmission(fields, {
      targetOf: (field) => ids[field],
      messageOf: (field, code) =>
        field === 'kind' ? t('caseLinks.errors.kind') : t(code === 'self_link' ? 'caseLinks.errors.self' : 'caseLinks.errors.reference'),
    });

  const onSubmit = handleSubmit(async () => {
    const body = await check(linkSchema, { reference: reference.trim().toUpperCase(), kind });
    if (!body) return;
    startSending();
    api.POST('/api/cases/{caseId}/links', { params: { path: { caseId } }, body }).then(
      (link) => {
        setReference('');
        setKind('');
        fail({}, null);
        onLinked(link);
      },
      (error: unknown) => {
        if (isApiError(error, 404)) fail({ reference: t('caseLinks.errors.notFound') }, null);
        else if (isApiError(error, 409)) fail({ reference: t('caseLinks.errors.exists') }, null);
        else if (failFields(error)) return;
        else if (isApiError(error, 403)) fail({}, t('caseLinks.forbidden'));
        else failUnexpected(error);
      },
    );
  });

  return (
    <section className="case-links__form" aria-labelledby="case-links-form-heading">
      <h3 id="case-links-form-heading">{t('caseLinks.formHeading')}</h3>
      <FormWithSummary onSubmit={onSubmit} summary={summary} focusKey={failedSubmits}>
        <TextField
          id={ids.reference}
          label={t('caseLinks.reference')}
          hint={t('caseLinks.referenceHint')}
          error={errors.reference}
          value={reference}
          onChange={setReference}
          autoComplete="off"
          spellCheck={false}
          width="medium"
        />
        <SelectField id={ids.kind} label={t('caseLinks.kind')} error={errors.kind} value={kind} onChange={(v) => { setKind(v as CaseLinkKind | ''); }}>
          <option value="">{t('caseLinks.chooseKind')}</option>
          {caseLinkKinds.map((k) => (
            <option key={k} value={k}>
              {linkKindLabel(t, k)}
            </option>
          ))}
        </SelectField>
        <div className="button-group">
          <SubmitButton isSending={isSending}>{t('caseLinks.submit')}</SubmitButton>
        </div>
      </FormWithSummary>
    </section>
  );
}

/** Linked cases (same investigation, same exploitation situation, …) that the reader may see. */
export function CaseLinksPanel({ detail }: CasePanelProps) {
  const t = useT();
  const [revision, setRevision] = useState(0);
  const { status, say } = useStatus();
  const [removing, setRemoving] = useState<string | null>(null);
  // After a removal the row and its button are gone, so focus goes to the message saying so.
  const [focusStatus, setFocusStatus] = useState(false);
  const state = useLoad(`case-links:${detail.id}:${revision}`, (signal) =>
    api.GET('/api/cases/{caseId}/links', { params: { path: { caseId: detail.id } }, signal }),
  );
  const links = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const reload = () => {
    setRevision((r) => r + 1);
  };

  const remove = (link: CaseLink) => {
    setRemoving(link.id);
    setFocusStatus(true);
    api.DELETE('/api/cases/{caseId}/links/{linkId}', { params: { path: { caseId: detail.id, linkId: link.id } } }).then(
      () => {
        setRemoving(null);
        say(t('caseLinks.removed', { reference: link.reference }), 'success');
        reload();
      },
      (error: unknown) => {
        setRemoving(null);
        say(isApiError(error, 403) ? t('caseLinks.forbidden') : isApiError(error, 0) ? t('app.serverUnavailable') : t('app.genericError'), 'error');
        reload();
      },
    );
  };

  return (
    <section aria-labelledby="case-links-heading">
      <h2 className="section-heading" id="case-links-heading">
        {t('caseLinks.heading')}
      </h2>
      <StatusLine status={status} focus={focusStatus} />
      {state.status === 'loading' && !links && <Loading label={t('app.loading')} />}
      {state.status === 'error' && <Notice tone="error">{t('caseLinks.loadError')}</Notice>}
      {links && links.length === 0 && <p className="empty-state">{t('caseLinks.empty')}</p>}
      {links && links.length > 0 && (
        <DataTable
          id="case-links-table"
          caption={t('caseLinks.caption')}
          hideCaption
          columns={[
            t('caseLinks.col.reference'),
            t('caseLinks.col.codeName'),
            t('caseLinks.col.kind'),
            t('caseLinks.col.phase'),
            ...(detail.can.manageLinks ? [t('caseLinks.col.actions')] : []),
          ]}
        >
          {links.map((link) => (
            <tr key={link.id}>
              <th scope="row" className="table__nowrap">
                <Link href={`/cases/${link.caseId}`}>{link.reference}</Link>
              </th>
              <td>{link.codeName}</td>
              <td>{linkKindLabel(t, link.kind)}</td>
              <td>{phaseLabel(t, link.phase)}</td>
              {detail.can.manageLinks && (
                <td>
                  <Button
                    variant="quiet"
                    disabled={removing === link.id}
                    aria-label={t('caseLinks.removeLabel', { reference: link.reference })}
                    onClick={() => { remove(link); }}
                  >
                    {t('caseLinks.remove')}
                  </Button>
                </td>
              )}
            </tr>
          ))}
        </DataTable>
      )}
      {detail.can.manageLinks && (
        <LinkForm
          caseId={detail.id}
          onLinked={(link) => {
            setFocusStatus(false);
            say(t('caseLinks.added', { reference: link.reference }), 'success');
            reload();
          }}
        />
      )}
    </section>
  );
}
