import { useState } from 'react';
import type { ExtractMatch, ExtractSearchResult } from '../../shared/schemas/register-extract.ts';
import { Button } from '../components/button.tsx';
import { DataTable } from '../components/data-table.tsx';
import { PageHeading } from '../components/page-heading.tsx';
import { ExtractDeliveryForm } from '../features/register-extract/extract-delivery-form.tsx';
import { ExtractSearchForm } from '../features/register-extract/extract-search-form.tsx';
import '../features/cases/cases.css';
import { useI18n } from '../i18n/index.tsx';

/**
 * The data protection officer's register extract (GDPR Art. 15): search by personal identity
 * number or name, pick the person, then download the JSON or the encrypted PDF.
 */
export default function RegisterExtractRoute() {
  const { t } = useI18n();
  const [result, setResult] = useState<ExtractSearchResult | null>(null);
  const [chosen, setChosen] = useState<ExtractMatch | null>(null);
  const foundText = (count: number) => {
    if (count === 0) return t('registerExtract.none');
    return count === 1 ? t('registerExtract.foundOne') : t('registerExtract.found', { count });
  };

  return (
    <>
      <PageHeading>{t('registerExtract.title')}</PageHeading>
      <p className="lead">{t('registerExtract.intro')}</p>
      <ExtractSearchForm
        onSearch={() => {
          setResult(null);
          setChosen(null);
        }}
        onFound={(found) => {
          setResult(found);
          setChosen(found.persons.length === 1 ? found.persons[0]! : null);
        }}
      />
      {/* The status stays on the page between searches, so each new count is announced. */}
      <section aria-labelledby={result ? 'extract-results' : undefined}>
        {result && (
          <h2 id="extract-results" className="section-heading">
            {t('registerExtract.results')}
          </h2>
        )}
        <div role="status">
          {result && <p className={result.persons.length === 0 ? 'empty-state' : 'result-count'}>{foundText(result.persons.length)}</p>}
        </div>
        {result && result.persons.length > 0 && (
          <DataTable
            id="extract-persons"
            caption={t('registerExtract.caption')}
            columns={[t('registerExtract.col.codeName'), t('registerExtract.col.birthYear'), t('registerExtract.col.cases'), t('registerExtract.col.protected'), '']}
          >
            {result.persons.map((person) => (
              <tr key={person.personId}>
                <th scope="row">{person.codeName}</th>
                <td>{person.birthYear ?? '–'}</td>
                <td>{person.caseReferences.join(', ')}</td>
                <td>{person.hasProtectedIdentity ? t('registerExtract.yes') : t('registerExtract.no')}</td>
                <td>
                  <Button variant="secondary" onClick={() => { setChosen(person); }} aria-pressed={chosen?.personId === person.personId}>
                    {t('registerExtract.choose')}
                  </Button>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </section>
      {chosen && (
        <section aria-labelledby="extract-delivery">
          <h2 id="extract-delivery" className="section-heading">
            {t('registerExtract.deliveryTitle', { codeName: chosen.codeName })}
          </h2>
          <ExtractDeliveryForm key={chosen.personId} person={chosen} />
        </section>
      )}
    </>
  );
}
