/**
 * What the SQL export needs from the command line's files: the mapping Sieve detects for an orders
 * file as an `SqlFileSource` (with each number column's decimal separator decided from the same
 * sample the import uses), and `--settings` JSON as the export's rules and thresholds.
 */
import { readFile } from 'node:fs/promises';
import { parseSegmentRules } from '../lib/engine/segments/segment-rules';
import {
	DEFAULT_SEGMENTS_OPTIONS,
	validateSegmentsOptions,
	type SegmentsOptions
} from '../lib/engine/segments/segments-options';
import type { CustomerTableChoice } from '../lib/engine/customers/customer-table-choice';
import {
	mergeSettings,
	parseSettingsText,
	tableChoiceOf
} from '../lib/engine/customers/settings-file';
import type { SqlFileRole, SqlFileSource } from '../lib/engine/sql/sql-options';
import { CsvReader } from '../lib/ingest/csv-reader';
import { IngestError, sniffOrders, checkMapping } from '../lib/ingest/index';
import type { ColumnMapping, SniffResult } from '../lib/ingest/index';
import { NUMBER_ROLES } from '../lib/ingest/types';
import { detectDecimalSeparator, parsePercent } from '../lib/ingest/parse-number';
import { openChunks, readFileHead } from './load';

/** Rows of the first batch the import's format decisions are taken from (`import-orders.ts`). */
const FORMAT_SAMPLE_ROWS = 5000;

const FILE_ROLES: SqlFileRole[] = [
	'customer',
	'date',
	'amount',
	'quantity',
	'unitPrice',
	'order',
	'category',
	'discount',
	'cost',
	'margin',
	'returnFlag'
];

/** The import's sample: the data rows of the file's first batch (after title lines and header). */
async function formatSample(path: string, sniff: SniffResult, mapping: ColumnMapping) {
	const { chunks } = await openChunks(path);
	const reader = new CsvReader(chunks, { encoding: sniff.encoding, delimiter: sniff.delimiter });
	for await (const batch of reader.batches()) {
		const rows = batch.rows.filter((row) => !row.every((field) => field.trim() === ''));
		if (rows.length === 0) continue;
		const start = (mapping.skipRows ?? 0) + (mapping.hasHeader === false ? 0 : 1);
		return rows.slice(start, start + FORMAT_SAMPLE_ROWS);
	}
	return [];
}

/**
 * The orders file as DuckDB should read it: the sniffed mapping (the same suggestion the page
 * shows), each number column's decimal separator, whether margins are percents. Throws
 * IngestError for a file Sieve cannot read or map.
 */
export async function sniffFileSource(path: string): Promise<SqlFileSource> {
	return (await sniffFile(path)).source;
}

/**
 * `sniffFileSource`, with the currency the file's amounts are written in (an ISO code, a symbol,
 * '' for plain numbers: the mapping's, as the page would suggest it).
 */
export async function sniffFile(
	path: string
): Promise<{ source: SqlFileSource; currency: string }> {
	const { head, isComplete } = await readFileHead(path);
	const sniff = sniffOrders(head, isComplete);
	const mapping = sniff.mapping;
	checkMapping(mapping);
	if (sniff.delimiter === ' ') {
		throw new IngestError(
			`${path} has columns aligned by spaces; DuckDB's read_csv needs a delimiter. Load it into a table and use --from TABLE.`
		);
	}
	const sample = await formatSample(path, sniff, mapping);
	const fallback = sniff.delimiter === ';' ? ',' : '.';
	const columns: SqlFileSource['columns'] = {};
	for (const role of FILE_ROLES) {
		const index = mapping.roles.indexOf(role);
		if (index < 0) continue;
		const values = sample.filter((row) => row.length >= sniff.header.length && row[index] !== '');
		columns[role] = NUMBER_ROLES.includes(role)
			? {
					index,
					decimal: detectDecimalSeparator(
						values.map((row) => row[index]),
						fallback
					)
				}
			: { index };
	}
	const margin = columns.margin;
	const marginInPercent =
		margin !== undefined &&
		sample.some((row) => {
			const text = row[margin.index];
			if (text === undefined || text === '') return false;
			const { value, percent } = parsePercent(text, margin.decimal ?? '.');
			return percent || Math.abs(value) > 1;
		});
	const source: SqlFileSource = {
		kind: 'file',
		path,
		delimiter: sniff.delimiter,
		encoding: sniff.encoding,
		hasHeader: mapping.hasHeader ?? true,
		skipRows: mapping.skipRows ?? 0,
		columnCount: sniff.header.length,
		columns,
		dateOrder: mapping.dateOrder,
		returnPrefix: mapping.returnPrefix,
		returns: mapping.returns,
		marginInPercent
	};
	return { source, currency: mapping.currency ?? '' };
}

/** A `--settings` file that cannot be read or holds a bad value; the message names the field. */
export class SettingsError extends Error {
	override name = 'SettingsError';
}

/** The sections of a `--settings` file the export reads (those the page saves). */
export interface ExportSettings {
	dataset: CustomerTableChoice;
	segments: SegmentsOptions;
}

/**
 * Reads `--settings FILE.json` (or a share link) with the same reader as every command: the
 * `dataset` section (basis, analysis date, start date) and the `segments` section (bins, cut
 * points, rules, pattern and tag thresholds) over the defaults. Throws SettingsError naming the
 * file and the field at fault.
 */
export async function readExportSettings(path: string | undefined): Promise<ExportSettings> {
	let settings: Record<string, unknown> = {};
	if (path !== undefined) {
		let text: string;
		try {
			text = await readFile(path, 'utf8');
		} catch (error) {
			throw new SettingsError(`${path} could not be read: ${(error as Error).message}`);
		}
		try {
			settings = parseSettingsText(text);
		} catch (error) {
			throw new SettingsError(`--settings ${path}: ${(error as Error).message}`);
		}
	}
	const segments = mergeSettings(structuredClone(DEFAULT_SEGMENTS_OPTIONS), settings.segments);
	try {
		segments.rules = parseSegmentRules(segments.rules);
		validateSegmentsOptions(segments);
	} catch (error) {
		throw new SettingsError(`--settings ${path}: segments: ${(error as Error).message}`);
	}
	return { dataset: tableChoiceOf(settings), segments };
}
