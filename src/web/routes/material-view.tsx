import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'wouter';
import { api, isApiError } from '../api.ts';
import { Loading, Notice } from '../components/notice.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { LoadError } from '../features/cases/load-error.tsx';
import { MaterialForm } from '../features/materials/material-form.tsx';
import { MaterialLinkPanel } from '../features/materials/material-link-panel.tsx';
import { useSession } from '../features/session/session-context.tsx';
import { useI18n } from '../i18n/index.tsx';
import { useLoad } from '../use-load.ts';
import '../features/materials/materials.css';

/** One version of a material (the newest unless ?version=n), its versions, and for publishers the form for the next one. */
export default function MaterialViewRoute() {
  const { t, formatDate } = useI18n();
  const { id } = useParams<{ id: string }>();
  const [search] = useSearchParams();
  const { state: session } = useSession();
  const wanted = Number(search.get('version'));
  const version = Number.isInteger(wanted) && wanted > 0 ? wanted : undefined;
  const [round, setRound] = useState(0);
  const [published, setPublished] = useState(false);
  const state = useLoad(`material:${id}:${version ?? 'latest'}:${round}`, (signal) =>
    api.GET('/api/materials/{materialId}', { params: { path: { materialId: id }, query: version ? { version } : {} }, signal }),
  );
  if (state.status === 'error' && (isApiError(state.error, 404) || isApiError(state.error, 400))) {
    return <PageHeading>{t('materials.notFound')}</PageHeading>;
  }
  const material = state.status === 'ready' ? state.data : state.status === 'loading' ? state.stale : undefined;
  const canPublish = session.status === 'ready' && session.me?.can.materials.publishVersion === true;
  const canLink = session.status === 'ready' && session.me?.can.materials.link === true;
  return (
    <>
      <p className="back-link">
        <Link href="/materials">{t('materials.back')}</Link>
      </p>
      <PageHeading>{material?.title ?? t('materials.title')}</PageHeading>
      {state.status === 'error' && <LoadError error={state.error} />}
      {!material && state.status !== 'error' && <Loading label={t('app.loading')} />}
      {material && (
        <>
          <p className="lead">
            {t(`materials.kind.${material.kind}`)} · {t('materials.versionOf', { version: material.version, date: formatDate(material.publishedAt) })}
          </p>
          {material.version !== material.latestVersion && (
            <Notice tone="info">
              {t('materials.olderVersion', { latest: material.latestVersion })} <Link href={`/materials/${material.id}`}>{t('materials.showLatest')}</Link>
            </Notice>
          )}
          <div role="status">{published && <Notice tone="success">{t('materials.published')}</Notice>}</div>
          {material.summary && <p className="material-summary">{material.summary}</p>}
          <div className="material-body">{material.body}</div>
          <section aria-labelledby="material-versions-heading">
            <h2 id="material-versions-heading" className="section-heading">
              {t('materials.versions')}
            </h2>
            <ol className="material-versions">
              {material.versions.map((v) => {
                const label = t('materials.versionItem', { version: v.version, title: v.title, date: formatDate(v.publishedAt) });
                return (
                  <li key={v.version}>
                    {v.version === material.version ? (
                      <span aria-current="page">{label}</span>
                    ) : (
                      <Link href={`/materials/${material.id}?version=${v.version}`}>{label}</Link>
                    )}
                  </li>
                );
              })}
            </ol>
          </section>
          {canLink && <MaterialLinkPanel materialId={material.id} />}
          {canPublish && material.version === material.latestVersion && (
            <section aria-labelledby="material-new-version-heading">
              <h2 id="material-new-version-heading" className="section-heading">
                {t('materials.newVersion')}
              </h2>
              <MaterialForm
                key={material.latestVersion}
                material={material}
                onPublished={() => {
                  setPublished(true);
                  setRound((n) => n + 1);
                }}
              />
            </section>
          )}
        </>
      )}
    </>
  );
}
