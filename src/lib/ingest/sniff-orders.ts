/**
 * A first look at an orders file from its head (≤ 1 MB of decompressed bytes): encoding, delimiter,
 * header, a preview, what each column's values look like, and a suggested mapping for the user to
 * confirm — roles, the day/month order of dates, and a return prefix on order ids.
 */
import Papa from 'papaparse';
import { decideDateOrder, roleReasonCause, suggestReturnPrefix } from './sniff-hints';
import {
	ALIGNED,
	alignedFieldCount,
	CHOOSABLE_DELIMITERS,
	detectDelimiter,
	normaliseLineBreaks,
	splitAligned
} from './detect-delimiter';
import { decodeText } from './decode-text';
import { duplicateColumns, namesOfRoles } from './import-orders';
import {
	describeDateOrderEvidence,
	describeRoleReason,
	describeSniffWarning,
	type SniffWarning
} from './sniff-warnings';
import { detectCurrency } from './detect-currency';
import { detectEncoding } from './detect-encoding';
import { normaliseHeader, rolesFromHeader, suggestRoles } from './detect-roles';
import type { ColumnStats } from './detect-roles';
import { parseDay, parseExcelSerialDay } from './parse-date';
import {
	matchHeaderlessPreset,
	matchPreset,
	presetMapping,
	presetMatch,
	presetRoles
} from './presets/index';
import type { FormatPreset } from './presets/index';
import { detectDecimalSeparator, parseNumber } from './parse-number';
import { suggestAttributeColumns } from './suggest-attributes';
import { IngestError, NUMBER_ROLES } from './types';
import type { ColumnMapping, ColumnProfile, ColumnRole, PresetMatch, SniffResult } from './types';

const PREVIEW_ROWS = 20;
const SAMPLE_ROWS = 5000;

/**
 * Sniffs the head of an orders file. `isComplete` says the head is the whole file (otherwise its
 * last, probably cut, row is ignored). `chosenDelimiter` (one of `CHOOSABLE_DELIMITERS`, picked in
 * the mapping step when detection got it wrong) replaces the detected one and is kept in the
 * mapping, so the import splits the lines the same way; `chosenSheet` (the workbook sheet the
 * head was read from, when chosen) is kept in the mapping likewise. Throws `IngestError` for an empty or
 * non-text file, or a delimiter that is not one of those.
 */
export function sniffOrders(
	head: Uint8Array,
	isComplete: boolean,
	chosenDelimiter?: string | null,
	chosenSheet?: string | null
): SniffResult {
	if (chosenDelimiter && !(CHOOSABLE_DELIMITERS as readonly string[]).includes(chosenDelimiter)) {
		throw new IngestError({ code: 'unknown-delimiter', delimiter: chosenDelimiter });
	}
	if (head.length === 0) throw new IngestError({ code: 'empty-file' });
	const encoding = detectEncoding(head);
	// Every line break counts, mixed or not (as in `CsvReader`).
	const text = normaliseLineBreaks(decodeText(head, encoding, !isComplete));
	if (text.trim() === '') throw new IngestError({ code: 'only-blank-lines' });
	const delimiter = chosenDelimiter || detectDelimiter(text, '\n');
	const allRows = readHeadRows(text, delimiter, isComplete).filter(
		(row) => !row.every((field) => field.trim() === '')
	);
	if (allRows.length === 0) {
		throw new IngestError({ code: 'no-complete-line' });
	}
	const warnings: SniffWarning[] = [];
	const { skipRows, hasHeader } = locateHeader(allRows);
	if (skipRows > 0) {
		const title = allRows
			.slice(0, skipRows)
			.map((row) => row.join(' ').trim())
			.join(' / ');
		warnings.push({
			code: 'title-skipped',
			lines: skipRows,
			title: title.slice(0, 100),
			header: allRows[skipRows].join(delimiter === ' ' ? '  ' : delimiter).slice(0, 100)
		});
	}
	const firstRow = allRows[skipRows];
	let header = hasHeader
		? firstRow.map((name) => name.trim())
		: namesOfRoles(firstRow.map(() => 'ignore' as const));
	const dataRows = allRows.slice(skipRows + (hasHeader ? 1 : 0));
	const sample = dataRows.slice(0, SAMPLE_ROWS).filter((row) => row.length >= header.length);

	if (dataRows.length === 0) {
		// The whole file read and nothing under its header: refused now, with the import's own
		// message, rather than a mapping step whose Import can only refuse it.
		if (isComplete && hasHeader) throw new IngestError({ code: 'header-no-data', header });
		warnings.push({ code: 'header-no-data' });
	}
	if (header.length === 1 && !chosenDelimiter) warnings.push({ code: 'one-column' });
	const ragged = dataRows
		.slice(0, SAMPLE_ROWS)
		.filter((row) => row.length !== header.length).length;
	if (ragged > 0) {
		warnings.push({
			code: 'ragged-rows',
			ragged,
			sampled: Math.min(dataRows.length, SAMPLE_ROWS),
			columns: header.length
		});
	}
	if (text.includes('\uFFFD')) {
		warnings.push({ code: 'invalid-bytes', encoding, lines: linesHolding(text, '\uFFFD') });
	}
	if (text.includes('\u0000')) {
		warnings.push({ code: 'zero-bytes', lines: linesHolding(text, '\u0000') });
	}
	if (hasHeader) {
		const duplicates = duplicateColumns(header);
		if (duplicates) warnings.push(duplicates);
	}

	const columnValues = header.map((_, c) =>
		sample.map((row) => row[c]).filter((v) => v.trim() !== '')
	);
	let dateOrder = decideDateOrder(header, sample);
	let preset: FormatPreset | null = hasHeader ? matchPreset(header) : null;
	let headerlessRoles: ColumnRole[] | null = null;
	if (!hasHeader) {
		const match = matchHeaderlessPreset(columnValues);
		if (match) {
			preset = match.preset;
			headerlessRoles = match.roles;
		}
	}
	const told =
		dateOrder.evidence.code === 'day-over-12' || dateOrder.evidence.code === 'month-over-12';
	if (preset?.dateOrder && !told && dateOrder.order !== 'ymd') {
		dateOrder = {
			order: preset.dateOrder,
			evidence: { code: 'preset', order: preset.dateOrder, preset: preset.name },
			warning: null,
			warningCause: null
		};
	}
	const decimals = header.map((_, c) =>
		detectDecimalSeparator(columnValues[c], delimiter === ';' ? ',' : '.')
	);
	const stats: ColumnStats[] = header.map((_, c) => {
		const values = columnValues[c];
		let dates = 0;
		let numbers = 0;
		let fractional = 0;
		let serials = 0;
		const distinct = new Set<string>();
		for (const value of values) {
			if (distinct.size <= values.length) distinct.add(value.trim());
			if (!Number.isNaN(parseExcelSerialDay(value))) serials++;
			if (!Number.isNaN(parseDay(value, dateOrder.order))) dates++;
			const number = parseNumber(value, decimals[c]);
			if (!Number.isNaN(number)) {
				numbers++;
				if (!Number.isInteger(number)) fractional++;
			}
		}
		return {
			nonEmpty: values.length,
			dates,
			numbers,
			fractional,
			distinct: distinct.size,
			serials
		};
	});
	const suggested = preset
		? { roles: headerlessRoles ?? presetRoles(preset, header), guessed: [] as ColumnRole[] }
		: hasHeader
			? suggestRoles(header, stats, columnValues)
			: suggestRolesFromValues(header, stats, columnValues);
	const { roles, guessed } = suggested;
	// Excel serial days (`40513.35`): a numeric column in the date range when no column holds dates.
	let excelSerialDates = false;
	if (!roles.includes('date')) {
		const column = stats.findIndex(
			(s, c) =>
				roles[c] === 'ignore' &&
				s.nonEmpty > 0 &&
				(s.serials ?? 0) >= s.nonEmpty * 0.95 &&
				(s.fractional > 0 || rolesFromHeader(header[c])[0]?.role === 'date' || !hasHeader)
		);
		if (column >= 0) {
			roles[column] = 'date';
			excelSerialDates = true;
			warnings.push({
				code: 'excel-serial',
				column: header[column],
				example: `${columnValues[column][0]?.trim()}`
			});
		}
	}
	const reasons = header.map((name, c) =>
		roleReasonCause(name, roles[c], stats[c], {
			preset,
			guessed: guessed.includes(roles[c]),
			hasHeader,
			excelSerial: excelSerialDates && roles[c] === 'date',
			dateOrder: dateOrder.order
		})
	);
	if (!hasHeader) {
		header = namesOfRoles(roles);
		warnings.push({ code: 'no-header', header: [...header] });
	}

	const has = (role: ColumnRole) => roles.includes(role);
	if (!has('customer')) warnings.push({ code: 'no-customer' });
	if (!has('date')) warnings.push({ code: 'no-date' });
	if (!has('amount') && !(has('quantity') && has('unitPrice'))) {
		const numeric = header.filter(
			(_, c) => stats[c].nonEmpty > 0 && stats[c].numbers >= stats[c].nonEmpty * 0.9
		);
		warnings.push({ code: 'no-amount', columns: [...header], numeric });
	}
	for (const role of hasHeader ? guessed : []) {
		warnings.push({ code: 'guessed-role', role, column: header[roles.indexOf(role)] });
	}
	if (dateOrder.warningCause) warnings.push(dateOrder.warningCause);
	// Only columns read as numbers: an id such as `R0` parses as an amount (0 rand) but is an id.
	const commaColumns = header.filter(
		(_, c) => decimals[c] === ',' && stats[c].numbers > 0 && NUMBER_ROLES.includes(roles[c])
	);
	if (commaColumns.length > 0) {
		warnings.push({ code: 'decimal-commas', columns: commaColumns });
	}

	const mapping: ColumnMapping = {
		roles,
		dateOrder: dateOrder.order,
		returnPrefix: preset?.returnPrefix ?? suggestReturnPrefix(roles, sample, decimals),
		returns: 'net',
		// Only when they differ from the defaults: mappings remembered before stay equal.
		...(skipRows > 0 ? { skipRows } : {}),
		...(hasHeader ? {} : { hasHeader }),
		...(excelSerialDates ? { excelSerialDates } : {}),
		...(chosenDelimiter ? { delimiter: chosenDelimiter } : {}),
		...(chosenSheet ? { sheet: chosenSheet } : {})
	};
	// The currency the file names, suggested for the mapping (only when found: mappings remembered
	// before stay equal).
	const currency = detectCurrency(header, sample, roles);
	if (currency) mapping.currency = currency.currency;
	const presetRules = preset ? presetMapping(preset, header) : undefined;
	if (presetRules) mapping.preset = presetRules;
	const match: PresetMatch | null = preset ? presetMatch(preset) : null;
	const columns: ColumnProfile[] = header.map((name, c) => ({
		index: c,
		name,
		role: roles[c],
		sampled: sample.length,
		nonEmpty: stats[c].nonEmpty,
		dates: stats[c].dates,
		numbers: stats[c].numbers,
		reason: reasons[c] ? describeRoleReason(reasons[c]) : '',
		reasonCause: reasons[c]
	}));
	return {
		encoding,
		delimiter,
		header,
		preview: dataRows.slice(0, PREVIEW_ROWS),
		columns,
		mapping,
		dateOrderEvidence: describeDateOrderEvidence(dateOrder.evidence),
		dateOrderEvidenceCause: dateOrder.evidence,
		preset: match,
		attributeSuggestions: suggestAttributeColumns(header, sample, roles),
		currency,
		headerKey: headerKey(header),
		warnings: warnings.map(describeSniffWarning),
		warningCauses: warnings
	};
}

/** Rows of the head of a file; the last, probably cut, row is left out unless the head is complete. */
function readHeadRows(text: string, delimiter: string, isComplete: boolean): string[][] {
	if (delimiter === ALIGNED) {
		const lines = text.split('\n');
		if (!isComplete) lines.pop();
		const fields = alignedFieldCount(text);
		return lines.slice(0, SAMPLE_ROWS + 100).map((line) => splitAligned(line, fields));
	}
	// Rows past the sample are not needed: papaparse's `preview` stops there (blank lines allowed for).
	const parser = new Papa.Parser({
		delimiter,
		newline: '\n',
		quoteChar: '"',
		preview: SAMPLE_ROWS + 100
	});
	return parser.parse(text, 0, !isComplete).data as string[][];
}

/** Title rows hold fewer than half the columns; they are skipped, at most this many. */
const MAX_TITLE_ROWS = 10;

/**
 * Where the header is, among non-blank rows: after the title lines above it (rows with fewer than
 * half the usual number of non-empty fields, such as `Sales report 2024`), and whether it is a
 * header at all — a first row whose every field is a number or a date is data (CDNOW).
 */
export function locateHeader(rows: string[][]): { skipRows: number; hasHeader: boolean } {
	const counts = new Map<number, number>();
	for (const row of rows.slice(0, 200)) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
	const usual = [...counts].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0][0];
	const needed = Math.max(2, Math.ceil(usual / 2));
	const filled = (row: string[]) => row.filter((field) => field.trim() !== '').length;
	let skipRows = 0;
	const limit = Math.min(MAX_TITLE_ROWS, rows.length - 1);
	while (skipRows < limit && filled(rows[skipRows]) < needed) skipRows++;
	if (filled(rows[skipRows]) < needed) skipRows = 0;
	const first = rows[skipRows];
	const isValue = (field: string) => {
		const value = field.trim();
		if (value === '') return false;
		if (!Number.isNaN(parseNumber(value, '.')) || !Number.isNaN(parseNumber(value, ',')))
			return true;
		return !Number.isNaN(parseDay(value, 'dmy')) || !Number.isNaN(parseDay(value, 'mdy'));
	};
	const hasHeader = rows.length < skipRows + 2 || !first.every(isValue);
	return { skipRows, hasHeader };
}

/**
 * Roles of a file without a header, from its values alone: a date column, an amount (numbers
 * with decimals), the customer (the first column of id-like values: zero-padded or fixed-width
 * whole numbers, or text), and a quantity (small whole numbers, not zero-padded).
 */
export function suggestRolesFromValues(
	header: string[],
	stats: ColumnStats[],
	columnValues: string[][]
): { roles: ColumnRole[]; guessed: ColumnRole[] } {
	const { roles, guessed } = suggestRoles(header, stats);
	const free = (c: number) => roles[c] === 'ignore';
	const isWhole = (value: string) => /^\d+$/.test(value.trim());
	const customer = columnValues.findIndex((values, c) => {
		if (!free(c) || values.length === 0) return false;
		const trimmed = values.map((v) => v.trim());
		const zeroPadded = trimmed.some((v) => v.length > 1 && v.startsWith('0') && isWhole(v));
		const fixedWidth = trimmed.every((v) => v.length === trimmed[0].length);
		const textual = stats[c].numbers < stats[c].nonEmpty * 0.5;
		return textual || (trimmed.every(isWhole) && (zeroPadded || fixedWidth));
	});
	if (customer >= 0) {
		roles[customer] = 'customer';
		guessed.push('customer');
	}
	if (roles.includes('amount')) {
		const quantity = columnValues.findIndex(
			(values, c) =>
				free(c) &&
				values.length > 0 &&
				values.every((v) => isWhole(v) && !(v.trim().length > 1 && v.trim().startsWith('0')))
		);
		if (quantity >= 0) {
			roles[quantity] = 'quantity';
			guessed.push('quantity');
		}
	}
	return { roles, guessed };
}

/** The first five lines of `text` that contain `char` (1-based). */
function linesHolding(text: string, char: string): number[] {
	const lines: number[] = [];
	let line = 1;
	let lineStart = 0;
	for (let at = text.indexOf(char); at >= 0 && lines.length < 5;) {
		for (let b = text.indexOf('\n', lineStart); b >= 0 && b < at; b = text.indexOf('\n', b + 1)) {
			line++;
			lineStart = b + 1;
		}
		lines.push(line);
		// On to the next line: one mention per line, and linear in the text.
		const end = text.indexOf('\n', at);
		if (end < 0) break;
		at = text.indexOf(char, end + 1);
	}
	return lines;
}

/** A key that is equal for files with the same columns, whatever their case, spacing or accents. */
export function headerKey(header: string[]): string {
	return `${header.length}:${header.map(normaliseHeader).join('|')}`;
}

export { decideDateOrder, roleReason, suggestReturnPrefix } from './sniff-hints';
