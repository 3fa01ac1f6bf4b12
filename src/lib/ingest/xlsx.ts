/**
 * Excel workbooks (`.xlsx`): one sheet (the first, or one chosen by name) read with `read-excel-file` (its environment-neutral
 * `universal` entry: fflate + saxen, no `eval`, no `new Function`) and written out as CSV text, so
 * the sniff, the mapping, the import loop, progress and rejected-row reports are the CSV path's.
 * The workbook is read whole (the format is a zip whose sheet is not streamable in order). The sniff
 * reads every sheet once (`readWorkbook`: the library gives sheet names only with their data), so
 * the mapping step can list them; the import reads only the chosen one (`xlsxToCsv`).
 */
import readXlsxFile, { readSheet } from 'read-excel-file/universal';
import { IngestError } from './types';

/** A zip file (`PK\x03\x04`), as every `.xlsx` workbook is. */
export function isZip(magic: Uint8Array): boolean {
	return (
		magic.length >= 4 && magic[0] === 0x50 && magic[1] === 0x4b && magic[2] === 3 && magic[3] === 4
	);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/**
 * A cell as CSV text: numbers exactly as stored (never re-formatted by a float), dates as
 * `YYYY-MM-DD` or `YYYY-MM-DD HH:MM:SS` (the workbook's wall-clock time, no time zone applied),
 * booleans as `TRUE`/`FALSE`.
 */
export function cellText(value: unknown): string {
	if (value === null || value === undefined) return '';
	if (value instanceof Date) {
		if (Number.isNaN(value.getTime())) return '';
		const day = `${pad(value.getUTCFullYear(), 4)}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
		const seconds = value.getUTCHours() * 3600 + value.getUTCMinutes() * 60 + value.getUTCSeconds();
		return seconds === 0
			? day
			: `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}:${pad(value.getUTCSeconds())}`;
	}
	if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
	return String(value);
}

function csvField(text: string): string {
	return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The library's error for a sheet the workbook lacks, in words naming the sheets it has. */
function explain(error: unknown): IngestError {
	if (error instanceof Error && error.name === 'SheetNotFoundError') {
		const { sheet, sheets } = error as Error & { sheet: number | string; sheets: string[] };
		return new IngestError({ code: 'no-sheet', sheet, sheets: [...sheets] });
	}
	const reason = error instanceof Error ? error.message : String(error);
	return new IngestError({ code: 'workbook-unreadable', reason });
}

/** A sheet's rows as UTF-8 CSV bytes, comma separated, one line per row (blank lines kept). */
function rowsToCsv(rows: unknown[][], sheet: number | string): Uint8Array {
	if (rows.length === 0) {
		throw new IngestError({ code: 'sheet-empty', sheet });
	}
	const lines = rows.map((row) => row.map((value) => csvField(cellText(value))).join(','));
	return new TextEncoder().encode(lines.join('\n') + '\n');
}

const READ_OPTIONS = { trim: false, parseNumber: (text: string) => text };

/**
 * The sheet (1-based number or name; default the first) of a workbook as UTF-8 CSV bytes, comma
 * separated, one line per row of the sheet (empty rows kept as blank lines, which ingest skips).
 * A sheet the workbook lacks is an `IngestError` naming the sheets it has.
 */
export async function xlsxToCsv(
	input: Blob | ArrayBuffer,
	sheet: number | string = 1
): Promise<Uint8Array> {
	let rows: unknown[][];
	try {
		rows = (await readSheet<string>(input, sheet, READ_OPTIONS)) as unknown[][];
	} catch (error) {
		throw explain(error);
	}
	return rowsToCsv(rows, sheet);
}

/** A workbook's sheet names, in order, and one of its sheets as CSV bytes (`xlsxToCsv`). */
export interface WorkbookRead {
	sheets: string[];
	/** The name of the sheet read. */
	sheet: string;
	csv: Uint8Array;
}

/**
 * Every sheet's name and one sheet (by name; default the first) as CSV bytes, from one read of
 * the workbook — what the mapping step needs. A sheet the workbook lacks is an `IngestError`
 * naming the sheets it has.
 */
export async function readWorkbook(
	input: Blob | ArrayBuffer,
	sheet?: string | null
): Promise<WorkbookRead> {
	let all: { sheet: string; data: unknown[][] }[];
	try {
		all = (await readXlsxFile<string>(input, READ_OPTIONS)) as typeof all;
	} catch (error) {
		throw explain(error);
	}
	const sheets = all.map((one) => one.sheet);
	if (sheets.length === 0) throw new IngestError({ code: 'no-sheets' });
	const chosen = sheet ? all.find((one) => one.sheet === sheet) : all[0];
	if (!chosen)
		throw explain(Object.assign(new Error(), { name: 'SheetNotFoundError', sheet, sheets }));
	return { sheets, sheet: chosen.sheet, csv: rowsToCsv(chosen.data, sheet ? chosen.sheet : 1) };
}
