/** Texts of one area of the app; sv.ts and en.ts spread them in. English must have the same keys. */
export const sv = {} as const satisfies Record<string, string>;

export const en: Record<keyof typeof sv, string> = {};
