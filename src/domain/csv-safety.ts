// Spreadsheet safety for the CSV files the kit writes (OWASP "CSV injection"): a cell that
// starts with one of these characters may run as a formula when the file is opened in Excel,
// LibreOffice or Google Sheets, so it is written with a leading single quote, which those
// programs show as plain text. Reading the file back removes the quote again.

/** The characters that make a spreadsheet read a cell as a formula (OWASP). */
export const FORMULA_TRIGGERS = ['=', '+', '-', '@', '\t', '\r'] as const;

const QUOTE = "'";

// A cell neutralise() would change: a trigger, after any number of quotes. Quoted cells are
// included so that a text that really starts with "'=" survives the round trip.
const NEEDS_QUOTE = /^'*[=+\-@\t\r]/;
// A cell restore() unquotes: what neutralise() writes.
const NEUTRALISED = /^'+[=+\-@\t\r]/;

/** A cell as written for spreadsheets: a leading `'` before anything a spreadsheet would run. */
export function neutraliseCell(cell: string): string {
	return NEEDS_QUOTE.test(cell) ? QUOTE + cell : cell;
}

/** The original text of a cell written by `neutraliseCell` (other cells are returned as they are). */
export function restoreCell(cell: string): string {
	return NEUTRALISED.test(cell) ? cell.slice(QUOTE.length) : cell;
}

/**
 * A cell as written in the repository's own files, which keep the original text: only a text
 * that `restoreCell` would change (one that starts with `'` before a trigger) gets a quote, so
 * that reading the file gives the text back.
 */
export function protectCell(cell: string): string {
	return NEUTRALISED.test(cell) ? QUOTE + cell : cell;
}
