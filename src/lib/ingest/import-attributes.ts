/**
 * The optional customers file → `AttributesTable`: one row per customer id, every other column typed
 * numeric (≥ 90% of its non-empty values are numbers) or categorical. The join with the orders
 * happens in the engine.
 */
import type { AttributeColumn, AttributesTable } from '../engine/tables/orders-table';
import { CsvReader } from './csv-reader';
import { rolesFromHeader } from './detect-roles';
import { detachString } from './growable-columns';
import { describeAttributesWarning } from './import-warnings';
import type { AttributesWarning } from './import-warnings';
import { detectDecimalSeparator, normaliseCustomerId, parseNumber } from './parse-number';
import { RejectionTally } from './rejection-tally';
import { IngestError } from './types';
import type { RejectedReason, TextEncodingName } from './types';

export interface AttributesImportOptions {
	encoding?: TextEncodingName;
	delimiter?: string;
	signal?: AbortSignal;
	/** Bytes parsed per step (default 1 MB); for tests of chunk boundaries. */
	chunkBytes?: number;
	/** The customer id column (0-based); detected from the header when absent. */
	customerColumn?: number;
}

export interface AttributesReport {
	/** Data rows read (header and blank lines excluded). */
	rowsRead: number;
	/** Distinct customer ids kept. */
	customers: number;
	/** Rows whose customer id appeared before (the first row wins). */
	duplicates: number;
	/** Name of the customer id column. */
	customerColumn: string;
	numericColumns: string[];
	categoricalColumns: string[];
	rejected: RejectedReason[];
	encoding: TextEncodingName;
	delimiter: string;
	/** The warnings in English (the CLI's). */
	warnings: string[];
	/** The same warnings by code, with their figures, for the interface to word. */
	warningCauses: AttributesWarning[];
}

/** Share of non-empty values that must parse as numbers for a column to be numeric. */
const NUMERIC_SHARE = 0.9;

/**
 * Reads a customers file. Numeric columns hold NaN where a value is empty or not a number;
 * categorical columns hold code -1 where empty. Throws `IngestError` when there is no usable row.
 */
export async function importAttributes(
	source: AsyncIterable<Uint8Array>,
	options: AttributesImportOptions = {}
): Promise<{ table: AttributesTable; report: AttributesReport }> {
	const reader = new CsvReader(source, options);
	const rejected = new RejectionTally();
	const warnings: AttributesWarning[] = [];
	const seen = new Set<string>();
	const customerIds: string[] = [];
	let header: string[] | null = null;
	let customerColumn = -1;
	let raw: string[][] = [];
	let rowsRead = 0;
	let duplicates = 0;

	for await (const batch of reader.batches()) {
		for (const broken of batch.brokenLines) {
			rowsRead++;
			rejected.add(broken.reason, broken.line, () => broken.text);
		}
		for (let i = 0; i < batch.rows.length; i++) {
			const row = batch.rows[i];
			if (row.every((field) => field.trim() === '')) continue;
			const line = batch.lineNumbers ? batch.lineNumbers[i] : batch.firstLine + i;
			if (!header) {
				header = row.map((name) => name.trim());
				customerColumn = options.customerColumn ?? findCustomerColumn(header);
				if (customerColumn < 0) {
					customerColumn = 0;
					warnings.push({ code: 'customer-column-guessed', column: header[0] });
				}
				if (customerColumn >= header.length) {
					throw new IngestError({
						code: 'customers-no-column',
						columns: header.length,
						column: customerColumn
					});
				}
				raw = header.map(() => []);
				continue;
			}
			rowsRead++;
			const expected = header.length;
			if (row.length !== expected) {
				rejected.add('wrong-field-count', line, () => row.join(reader.delimiter ?? ','), {
					found: row.length,
					expected
				});
				continue;
			}
			const id = normaliseCustomerId(row[customerColumn]);
			if (id === '') {
				rejected.add('no-customer', line, () => row.join(reader.delimiter ?? ','));
				continue;
			}
			if (seen.has(id)) {
				duplicates++;
				continue;
			}
			seen.add(id);
			customerIds.push(detachString(id));
			for (let c = 0; c < row.length; c++)
				if (c !== customerColumn) raw[c].push(detachString(row[c].trim()));
		}
	}

	if (!header) throw new IngestError({ code: 'customers-empty' });
	const names: string[] = header;
	if (customerIds.length === 0) {
		throw new IngestError(
			rowsRead === 0
				? { code: 'customers-header-no-data', header: names }
				: {
						code: 'customers-no-usable-rows',
						rows: rowsRead,
						column: names[customerColumn],
						rejected: rejected
							.reasons()
							.map(({ reason, label, count }) => ({ reason, label, count }))
					}
		);
	}
	if (duplicates > 0) {
		warnings.push({ code: 'duplicate-customers', rows: duplicates });
	}

	const columns: AttributeColumn[] = [];
	names.forEach((name, c) => {
		if (c !== customerColumn)
			columns.push(typeColumn(name, raw[c], reader.delimiter === ';' ? ',' : '.'));
	});
	return {
		table: { customerIds, columns },
		report: {
			rowsRead,
			customers: customerIds.length,
			duplicates,
			customerColumn: names[customerColumn],
			numericColumns: columns.filter((col) => col.kind === 'numeric').map((col) => col.name),
			categoricalColumns: columns
				.filter((col) => col.kind === 'categorical')
				.map((col) => col.name),
			rejected: rejected.reasons(),
			encoding: reader.encoding ?? 'utf-8',
			delimiter: reader.delimiter ?? ',',
			warnings: warnings.map(describeAttributesWarning),
			warningCauses: warnings
		}
	};
}

/** The column whose header is most clearly a customer id, or -1. */
function findCustomerColumn(header: string[]): number {
	let best = -1;
	let bestScore = 0;
	header.forEach((name, c) => {
		const score =
			rolesFromHeader(name).find((candidate) => candidate.role === 'customer')?.score ?? 0;
		if (score > bestScore) [best, bestScore] = [c, score];
	});
	return best;
}

/** Numeric when ≥ 90% of the non-empty values are numbers (and there is at least one), else categorical. */
export function typeColumn(name: string, values: string[], fallback: '.' | ','): AttributeColumn {
	const nonEmpty = values.filter((v) => v !== '');
	const decimal = detectDecimalSeparator(nonEmpty, fallback);
	const numbers = values.map((v) => (v === '' ? NaN : parseNumber(v, decimal)));
	const parsed = numbers.filter((v) => !Number.isNaN(v)).length;
	if (nonEmpty.length > 0 && parsed >= nonEmpty.length * NUMERIC_SHARE) {
		return { name, kind: 'numeric', values: Float64Array.from(numbers) };
	}
	const dictionary = new Map<string, number>();
	const categories: string[] = [];
	const codes = Int32Array.from(values, (v) => {
		if (v === '') return -1;
		let code = dictionary.get(v);
		if (code === undefined) {
			code = categories.length;
			dictionary.set(v, code);
			categories.push(v);
		}
		return code;
	});
	return { name, kind: 'categorical', codes, values: categories };
}
