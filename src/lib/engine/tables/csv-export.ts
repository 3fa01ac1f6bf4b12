/**
 * CSV text that spreadsheets open safely: UTF-8 byte-order mark (so Excel reads accents), CRLF
 * line ends, RFC 4180 quoting, and no formula injection — a text cell beginning with `=`, `+`, `-`,
 * `@`, tab or carriage return gets a leading `'` (OWASP "CSV injection"), unless it is a plain number.
 */

import { formatDay } from './orders-table';

export type CsvCell = string | number | boolean | null | undefined;

/** A CSV file the page downloads (and the CLI writes): its name, its text, its data rows. */
export interface CsvFile {
	fileName: string;
	csv: string;
	rows: number;
}

/** Plain decimal numbers (`-12.5`, `+3`, `1e-3`) stay as they are: no spreadsheet runs them. */
const PLAIN_NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell as CSV text: neutralised when it could start a formula, quoted when needed. */
export function csvCell(cell: CsvCell): string {
	if (cell === null || cell === undefined) return '';
	if (typeof cell === 'number') return Number.isFinite(cell) ? String(cell) : '';
	let text = typeof cell === 'boolean' ? (cell ? 'true' : 'false') : cell;
	if (FORMULA_START.test(text) && !PLAIN_NUMBER.test(text)) text = `'${text}`;
	return /[",\r\n]/.test(text) || /^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Rows (the first is usually the header) → CSV text with a UTF-8 BOM and CRLF line ends. */
export function toCsv(rows: readonly (readonly CsvCell[])[]): string {
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** Decimals of shares, rates, probabilities and expected counts in every export. */
export const SHARE_DECIMALS = 4;

/**
 * Money as written to every export: rounded to 2 decimals (the cents of most currencies; a
 * whole-unit currency such as the yen has none to show), so no `22372.699999999997`; null (an
 * empty cell) when not finite; −0 written as 0.
 */
export function csvMoney(amount: number): number | null {
	return roundTo(amount, 2);
}

/** A share, rate, probability or expected count to `SHARE_DECIMALS` (4) decimals; null when not finite. */
export function csvShare(share: number): number | null {
	return roundTo(share, SHARE_DECIMALS);
}

/** An epoch day as an ISO date `YYYY-MM-DD`; null (an empty cell) when not finite. */
export function csvDate(day: number): string | null {
	return Number.isFinite(day) ? formatDay(day) : null;
}

function roundTo(value: number, digits: number): number | null {
	if (!Number.isFinite(value)) return null;
	const scale = 10 ** digits;
	return Math.round(value * scale) / scale + 0;
}
