import { useState } from 'react';
import { api } from '../../api.ts';
import { DataTable } from '../../components/data-table.tsx';
import { Loading } from '../../components/notice.tsx';
import { useI18n } from '../../i18n/index.tsx';
import { useLoad } from '../../use-load.ts';
import type { CasePanelProps } from '../cases/case-panel.ts';
import { PanelLoadError, PanelStatus, usePanelStatus } from '../journal/panel-status.tsx';
import { documentContentPath, documentTypeKey, sizeParts } from './document-format.ts';
import { DocumentUploadForm } from './document-upload-form.tsx';
import '../journal/journal.css';
import './documents.css';

/**
 * The case's documents: a list whose names download the file (each download is audited by the
 * server), and, for those who work in the case, a form to upload one.
 */
export function DocumentsPanel({ detail }: CasePanelProps) {
  const { t, formatDateTime, formatNumber } = useI18n();
  const caseId = detail.id;
  const [revision, setRevision] = useState(0);
  const { status, show } = usePanelStatus();
  const state = useLoad(`documents:${caseId}:${revision}`, (signal) =>
    api.GET('/api/cases/{caseId}/documents', { params: { path: { caseId } }, signal }),
  );
  const documents = state.status === 'ready' ? state.data.items : state.status === 'loading' ? state.stale?.items : undefined;
  const reload = () => {
    setRevision((r) => r + 1);
  };
  const sizeText = (bytes: number) => {
    const { unit, value } = sizeParts(bytes);
    return t(`documents.size.${unit}`, { size: formatNumber(value) });
  };

  return (
    <section aria-labelledby="documents-heading" className="documents">
      <h2 className="section-heading" id="documents-heading">
        {t('documents.heading')}
      </h2>
      <PanelStatus status={status} />
      {state.status === 'error' && <PanelLoadError message={t('documents.loadFailed')} onRetry={reload} />}
      {!documents && state.status === 'loading' && <Loading label={t('app.loading')} />}
      {documents && documents.length === 0 && <p className="empty-state">{t('documents.empty')}</p>}
      {documents && documents.length > 0 && (
        <DataTable
          id="documents-table"
          caption={t('documents.caption')}
          hideCaption
          columns={[
            t('documents.colName'),
            t('documents.colType'),
            t('documents.colSize'),
            t('documents.colUploadedBy'),
            t('documents.colUploadedAt'),
          ]}
        >
          {documents.map((document) => (
            <tr key={document.id}>
              <th scope="row" className="document-name">
                <a href={documentContentPath(caseId, document.id)} download={document.fileName}>
                  <span className="visually-hidden">{t('documents.download')} </span>
                  {document.fileName}
                </a>
              </th>
              <td>{t(`documentType.${documentTypeKey(document.mediaType)}`)}</td>
              <td className="table__nowrap">{sizeText(document.sizeBytes)}</td>
              <td>{document.uploadedByName}</td>
              <td className="table__nowrap">{formatDateTime(document.uploadedAt)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {detail.can.uploadDocuments && (
        <div className="documents-upload">
          <h3 className="documents-upload__heading">{t('documents.uploadHeading')}</h3>
          <DocumentUploadForm
            caseId={caseId}
            onUploaded={(document) => {
              show(t('documents.uploaded', { name: document.fileName }), 'success', true);
              reload();
            }}
          />
        </div>
      )}
    </section>
  );
}
