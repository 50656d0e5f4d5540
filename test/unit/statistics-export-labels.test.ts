import { describe, expect, it } from 'vitest';
import { callerCategories, casePhases, consultationSources, exploitationForms, genders, policeRegions } from '../../src/shared/enums.ts';
import { returnStatuses } from '../../src/shared/return-programme.ts';
import { statisticsDimensions, statisticsTableIds } from '../../src/shared/schemas/statistics.ts';
import { ageBands } from '../../src/shared/statistics-terms.ts';
import { dimensionValueLabeller, statisticsTexts } from '../../src/server/modules/exports/statistics-export-labels.ts';
import { en } from '../../src/web/i18n/en.ts';
import { sv } from '../../src/web/i18n/sv.ts';

/** The exported statistics carry the page's words: the server's copy of them is the web's. */
describe.each([
  ['sv', sv],
  ['en', en],
] as const)('statistics export labels in %s', (language, web) => {
  const texts = statisticsTexts[language];
  const label = dimensionValueLabeller(language);
  const webText = (key: string) => (web as Record<string, string>)[key];

  it('name the tables, dimensions, totals and hidden cells as the page does', () => {
    for (const id of statisticsTableIds) expect(texts.tables[id]).toBe(webText(`statistics.table.${id}`));
    for (const dimension of statisticsDimensions) expect(texts.dimensions[dimension]).toBe(webText(`statistics.dimension.${dimension}`));
    expect([texts.total, texts.small, texts.secondary, texts.legend, texts.noFilterForm]).toEqual(
      ['total', 'small', 'secondary', 'legend', 'noFilterForm'].map((key) => webText(`statistics.${key}`)),
    );
    expect(label('quarter', '2025-Q3')).toBe(webText('statistics.quarter')!.replace('{year}', '2025').replace('{n}', '3'));
  });

  it('name every code as the page does', () => {
    const pairs: [Parameters<typeof label>[0], readonly string[], string][] = [
      ['region', policeRegions, 'dashboard.region'],
      ['exploitation_form', exploitationForms, 'form'],
      ['gender', genders, 'person.gender'],
      ['age_band', ageBands, 'statistics.ageBand'],
      ['phase', casePhases, 'phase'],
      ['consultation_source', consultationSources, 'consultations.source'],
      ['caller_category', callerCategories, 'calls.callerCategory'],
      ['return_status', returnStatuses, 'returns.status'],
    ];
    for (const [dimension, codes, prefix] of pairs) {
      for (const code of codes) expect(label(dimension, code), `${dimension} ${code}`).toBe(webText(`${prefix}.${code}`));
    }
    for (const code of ['other', 'unknown']) expect(label('citizenship', code)).toBe(webText(`statistics.citizenship.${code}`));
    expect(label('citizenship', 'SE')).toBe(language === 'sv' ? 'Sverige' : 'Sweden');
  });

  it('give sheet names Excel accepts, one per table', () => {
    const names = statisticsTableIds.map((id) => texts.sheets[id]);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[^:\\/?*[\]]{1,31}$/);
  });
});
