/**
 * What the page knows of a dataset (`DatasetSummary`: the columns stay in the worker and in
 * IndexedDB) and what storage keeps as its report (`StoredReport`), made from a dataset just read
 * (`ReadDataset`) or from a stored record. The worker's Data handlers send these; they compute
 * nothing here themselves.
 */
import type { AttributesSummary, ReadDataset, TicketsSummary } from './read-dataset';
import type { ImportReport } from './types';

/** What the page knows of a dataset (the columns stay in the worker and in IndexedDB). */
export interface DatasetSummary {
	id: string;
	name: string;
	sourceFileName: string;
	sourceSize: number;
	createdAt: string;
	report: ImportReport;
	attributes: AttributesSummary | null;
	/** The tickets file's import report (matched / not matched / rejected), or null without one. */
	tickets: TicketsSummary | null;
	/** False when IndexedDB refused the dataset (it is still open in this tab). */
	saved: boolean;
	saveMessage: string | null;
	/**
	 * Why it was not saved, by code, for the interface to word in its other languages
	 * (`saveMessage` is its only English, `notSavedMessage`); absent when saved, or in a summary
	 * made before the code.
	 */
	saveCause?: { code: 'not-saved'; reason: string };
	/** The analysis settings saved with the dataset: `dataset` (the customer-table choice), then one section per family. */
	settings: Record<string, unknown>;
	/** Seconds spent in the worker: parsing into columns, and saving to IndexedDB. */
	timings: { parseSeconds: number; saveSeconds: number };
	/**
	 * The currency of the amounts as imported (the mapping's: detected or chosen), '' for plain
	 * numbers; the dataset settings' `display.currency` may change how it is shown.
	 */
	currency: string;
}

/** What storage keeps as a dataset's "report": the import report, the customers file, timings. */
export interface StoredReport {
	import: ImportReport;
	attributes: AttributesSummary | null;
	/** Absent in datasets saved before tickets files existed. */
	tickets?: TicketsSummary | null;
	timings: DatasetSummary['timings'];
}

/** A stored dataset's record, as far as its summary reads it (storage's `DatasetRecord`). */
export interface StoredDatasetMeta {
	id: string;
	name: string;
	sourceFileName: string;
	sourceSize: number;
	createdAt: string;
	report: unknown;
	settings: unknown;
	/** The column mapping of the import (`ColumnMapping`, plain JSON); absent in older callers. */
	mapping?: unknown;
}

/** The currency a stored mapping names ('' when none, or a mapping from before currencies). */
function currencyOfMapping(mapping: unknown): string {
	const currency = (mapping as { currency?: unknown } | null | undefined)?.currency;
	return typeof currency === 'string' ? currency : '';
}

/** The summary of a dataset just read, before it is saved (`saved` until a save says otherwise). */
export function summaryOfRead(read: ReadDataset, id: string, createdAt: string): DatasetSummary {
	return {
		id,
		name: read.name,
		sourceFileName: read.sourceFileName,
		sourceSize: read.sourceSize,
		createdAt,
		report: read.report,
		attributes: read.attributes?.summary ?? null,
		tickets: read.tickets?.summary ?? null,
		saved: true,
		saveMessage: null,
		settings: {},
		timings: { parseSeconds: read.parseSeconds, saveSeconds: 0 },
		currency: currencyOfMapping(read.mapping)
	};
}

/** What storage keeps as the report of a dataset with this summary (its `timings` object shared). */
export function storedReportOf(summary: DatasetSummary): StoredReport {
	const { report, attributes, tickets, timings } = summary;
	return { import: report, attributes, tickets, timings };
}

/** The summary of a stored dataset, read back from its record. */
export function summaryOfStored(record: StoredDatasetMeta): DatasetSummary {
	const report = record.report as StoredReport;
	return {
		id: record.id,
		name: record.name,
		sourceFileName: record.sourceFileName,
		sourceSize: record.sourceSize,
		createdAt: record.createdAt,
		report: report.import,
		attributes: report.attributes,
		tickets: report.tickets ?? null,
		saved: true,
		saveMessage: null,
		settings: (record.settings as Record<string, unknown> | null) ?? {},
		timings: report.timings,
		currency: currencyOfMapping(record.mapping)
	};
}

/** The English of a dataset IndexedDB refused (`DatasetSummary.saveMessage`): the refusal, then what it means. */
export function notSavedMessage(reason: string): string {
	return `${reason} The dataset is open in this tab, but will be gone after a reload.`;
}
