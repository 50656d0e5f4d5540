/** Texts of the HTCDS microdata export (statistics page, NMT only). sv.ts and en.ts spread them in; English must have the same keys. */
export const sv = {
  'htcdsExport.open': 'Exportera HTCDS-mikrodata',
  'htcdsExport.title': 'Exportera HTCDS-mikrodata',
  'htcdsExport.intro':
    'En rad per identifierad person {fromYear}–{toYear} i IOM:s standard HTCDS, utan personer med skyddade personuppgifter. Åldrar, år och medborgarskap grovindelas och personer i grupper med färre än 11 tas bort; filens sista rad anger hur många (suppressedRows).',
  'htcdsExport.csvHint': 'Innehåller inga namn, nummer eller datum, bara grupperade värden ur standardens listor. Förvara filen säkert.',
  'htcdsExport.done': 'Exporten är klar med {count} personer. Länken gäller i en timme.',
};

export const en: Record<keyof typeof sv, string> = {
  'htcdsExport.open': 'Export HTCDS microdata',
  'htcdsExport.title': 'Export HTCDS microdata',
  'htcdsExport.intro':
    "One row per person identified {fromYear}–{toYear} in IOM's HTCDS standard, without people with protected identity. Ages, years and citizenships are coarsened and people in groups of fewer than 11 are left out; the file's last line says how many (suppressedRows).",
  'htcdsExport.csvHint': "Holds no names, numbers or dates, only grouped values from the standard's lists. Keep the file safe.",
  'htcdsExport.done': 'The export is ready with {count} people. The link works for one hour.',
};
