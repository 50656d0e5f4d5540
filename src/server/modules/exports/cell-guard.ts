/**
 * What every exported text cell goes through, in CSV, XLSX and PDF alike.
 *
 * Control characters: C0 controls other than tab, line feed and carriage return, DEL and the C1
 * controls are removed. They have no place in names or notes, some programs stop reading at NUL,
 * and a stray ESC can drive a terminal that prints the file. Tab and line breaks stay: they are
 * legitimate inside a note, and the CSV writer quotes any cell that holds a line break.
 *
 * Formula injection (OWASP "CSV injection"): a cell that begins with = + - @ tab or carriage
 * return is read by spreadsheet programs as a formula (=cmd|' /C calc'!A0 runs a program in old
 * Excel). Such a cell gets a single quote in front, as csv-stringify's `escape_formulas` does, so
 * the program shows the text. Controls are stripped first, so "\u0000=cmd" cannot slip past.
 */

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlCharacters = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/g;

/** Characters that make a spreadsheet program read a cell as a formula when they come first. */
export const formulaTriggers = ['=', '+', '-', '@', '\t', '\r'] as const;

/** The text without C0 controls (except tab, LF, CR), DEL and C1 controls. */
export function stripControlCharacters(text: string): string {
  return text.replace(controlCharacters, '');
}

/** True when a spreadsheet program would read the text as the start of a formula. */
export function startsLikeFormula(text: string): boolean {
  return (formulaTriggers as readonly string[]).includes(text.charAt(0));
}

/** A text cell safe to hand to a spreadsheet: controls stripped, formulas neutralised. */
export function guardTextCell(text: string): string {
  const clean = stripControlCharacters(text);
  return startsLikeFormula(clean) ? `'${clean}` : clean;
}

/** What an export column may hold; numbers stay numbers (a negative number is no formula). */
export type CellValue = string | number | null | undefined;

/** One column of an export: its heading and how to read its value from a row. */
export interface ExportColumn<Row> {
  header: string;
  value: (row: Row) => CellValue;
}
