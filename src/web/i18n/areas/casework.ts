/** Texts of one area of the app; sv.ts and en.ts spread them in. English must have the same keys. */
export const sv = {
  'caseView.breakGlassBanner': 'Du har öppnat ärendet med nödåtkomst. Åtkomsten upphör {time} och granskas i efterhand.',
} as const satisfies Record<string, string>;

export const en: Record<keyof typeof sv, string> = {
  'caseView.breakGlassBanner': 'You opened this case with emergency access. The access ends at {time} and is reviewed afterwards.',
};
