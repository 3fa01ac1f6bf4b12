/**
 * What the worker does for each request of `protocol.ts`. Handlers run inside the worker (or in
 * Node, in tests): they stream files through ingest, keep the open datasets' columns in memory,
 * save them with storage, and run the engine. The worker file itself is only a switch over these.
 */
import type { AttributesTable, OrdersTable } from '../engine/tables/orders-table';
import { generateDemoBusiness } from '../ingest/demo/index';
import { importAttributes, importOrders, sniffOrders } from '../ingest/index';
import type { ColumnMapping, ImportReport } from '../ingest/index';
import { loadDataset, saveDataset, type DatasetRecord } from '../storage/index';
import {
	DEMO_SOURCE_FILE_NAME,
	type AttributesSummary,
	type DatasetSummary,
	type Protocol
} from './protocol';
import type { InputOf, OutputOf, ProgressInfo } from './rpc';
import { openFileSource, readHead, textChunks } from './sources';
import { analyseValue, describeCustomer, exportTopCustomers, ValueCache } from './value/handlers';
import { createSegmentHandlers } from './segments/handlers';
import { createPersonaHandlers } from './personas/handlers';

export interface HandlerContext {
	signal: AbortSignal;
	progress: (progress: ProgressInfo) => void;
}

/** Opens a dataset by id: from the worker's memory, or read back from IndexedDB. */
export type OpenDatasetById = (id: string) => Promise<OpenDataset>;

export type Handlers = {
	[K in keyof Protocol]: (
		input: InputOf<Protocol, K>,
		context: HandlerContext
	) => Promise<OutputOf<Protocol, K>>;
};

/** A dataset held in the worker's memory: its columns and what the page knows of it. */
export interface OpenDataset {
	summary: DatasetSummary;
	orders: OrdersTable;
	attributes: AttributesTable | null;
}

/** Keeps the most recently used datasets' columns; older ones are read back from IndexedDB. */
export class DatasetCache {
	#entries = new Map<string, OpenDataset>();
	constructor(private readonly capacity = 2) {}

	put(entry: OpenDataset): void {
		this.#entries.delete(entry.summary.id);
		this.#entries.set(entry.summary.id, entry);
		while (this.#entries.size > this.capacity) {
			const oldest = this.#entries.keys().next().value as string;
			this.#entries.delete(oldest);
		}
	}

	get(id: string): OpenDataset | undefined {
		const entry = this.#entries.get(id);
		if (entry) this.put(entry);
		return entry;
	}
}

/** Sends at most one progress message per interval (the last one always goes out). */
function throttle(progress: (p: ProgressInfo) => void, intervalMs = 100) {
	let last = 0;
	return (p: ProgressInfo, force = false) => {
		const now = performance.now();
		if (force || now - last >= intervalMs) {
			last = now;
			progress(p);
		}
	};
}

function newId(): string {
	return `ds-${crypto.randomUUID()}`;
}

/**
 * A typed array that could not grow (the tab's memory is exhausted) becomes a message that says
 * how far the import got and what to do; other errors pass through unchanged.
 */
export function explainOutOfMemory(
	error: unknown,
	rowsRead: number,
	bytesRead: number,
	totalBytes: number
): unknown {
	const message = error instanceof Error ? error.message : '';
	if (
		!(error instanceof RangeError) ||
		!/allocation|invalid (typed )?array length|out of memory/i.test(message)
	) {
		return error;
	}
	const share = totalBytes > 0 ? Math.round((bytesRead / totalBytes) * 100) : 0;
	return Object.assign(
		new Error(
			`This browser tab ran out of memory after ${rowsRead.toLocaleString('en-GB')} rows (${share}% of the file). Nothing was saved and your other datasets are intact. Sieve has been measured on 20 million lines (2 GB) in one tab; split the file by date, or leave out columns you do not need (map them to “ignore”).`
		),
		{ name: 'IngestError' }
	);
}

/** What storage keeps as a dataset's "report": the import report, the customers file, timings. */
interface StoredReport {
	import: ImportReport;
	attributes: AttributesSummary | null;
	timings: DatasetSummary['timings'];
}

/** The page's view of a stored dataset. */
export function summaryOfRecord(record: DatasetRecord): DatasetSummary {
	const report = record.report as StoredReport;
	return {
		id: record.id,
		name: record.name,
		sourceFileName: record.sourceFileName,
		sourceSize: record.sourceSize,
		createdAt: record.createdAt,
		report: report.import,
		attributes: report.attributes,
		saved: true,
		saveMessage: null,
		settings: (record.settings as Record<string, unknown> | null) ?? {},
		timings: report.timings
	};
}

export function createHandlers(cache = new DatasetCache()): Handlers {
	const values = new ValueCache();

	async function open(id: string): Promise<OpenDataset> {
		const cached = cache.get(id);
		if (cached) return cached;
		const stored = await loadDataset(id);
		if (!stored) {
			throw Object.assign(new Error(`No saved dataset with id “${id}” in this browser.`), {
				name: 'NotFound'
			});
		}
		const entry = {
			summary: summaryOfRecord(stored.meta),
			orders: stored.orders,
			attributes: stored.attributes
		};
		cache.put(entry);
		return entry;
	}

	async function finish(
		context: HandlerContext,
		fields: {
			name: string;
			sourceFileName: string;
			sourceSize: number;
			mapping: ColumnMapping;
			orders: OrdersTable;
			report: ImportReport;
			attributes: AttributesTable | null;
			attributesSummary: AttributesSummary | null;
			parseSeconds: number;
		}
	): Promise<DatasetSummary> {
		const summary: DatasetSummary = {
			id: newId(),
			name: fields.name,
			sourceFileName: fields.sourceFileName,
			sourceSize: fields.sourceSize,
			createdAt: new Date().toISOString(),
			report: fields.report,
			attributes: fields.attributesSummary,
			saved: true,
			saveMessage: null,
			settings: {},
			timings: { parseSeconds: fields.parseSeconds, saveSeconds: 0 }
		};
		const saveStart = performance.now();
		context.progress({ phase: 'saving', message: 'Saving in this browser…' });
		try {
			const report: StoredReport = {
				import: fields.report,
				attributes: fields.attributesSummary,
				timings: summary.timings
			};
			await saveDataset(
				{
					id: summary.id,
					meta: {
						name: summary.name,
						sourceFileName: summary.sourceFileName,
						sourceSize: summary.sourceSize,
						mapping: fields.mapping,
						report,
						createdAt: summary.createdAt
					},
					orders: fields.orders,
					attributes: fields.attributes
				},
				{
					signal: context.signal,
					onProgress: ({ bytesWritten, bytesTotal }) =>
						context.progress({
							phase: 'saving',
							bytes: bytesWritten,
							totalBytes: bytesTotal,
							message: 'Saving in this browser'
						})
				}
			);
		} catch (error) {
			if (context.signal.aborted) throw error;
			summary.saved = false;
			summary.saveMessage = `${error instanceof Error ? error.message : String(error)} The dataset is open in this tab, but will be gone after a reload.`;
		}
		summary.timings.saveSeconds = (performance.now() - saveStart) / 1000;
		cache.put({ summary, orders: fields.orders, attributes: fields.attributes });
		return summary;
	}

	async function readAttributes(
		chunks: AsyncIterable<Uint8Array>,
		fileName: string,
		signal: AbortSignal,
		orders: OrdersTable
	): Promise<{ table: AttributesTable; summary: AttributesSummary }> {
		const { table, report } = await importAttributes(chunks, { signal });
		// One entry per customer (not per line): a Set of ids is cheap here.
		const known = new Set(orders.customer.values);
		const unmatchedIds = table.customerIds.filter((id) => !known.has(id));
		return {
			table,
			summary: {
				fileName,
				rowsRead: report.rowsRead,
				customers: report.customers,
				numericColumns: report.numericColumns,
				categoricalColumns: report.categoricalColumns,
				matched: table.customerIds.length - unmatchedIds.length,
				unmatched: unmatchedIds.length,
				unmatchedExamples: unmatchedIds.slice(0, 5)
			}
		};
	}

	return {
		...createSegmentHandlers(open),
		...createPersonaHandlers(open),

		async sniffOrders({ file, fileName }) {
			const source = await openFileSource(file);
			const { head, isComplete } = await readHead(source.chunks);
			const sniff = sniffOrders(head, isComplete);
			return { ...sniff, fileName, fileSize: file.size, gzip: source.gzip };
		},

		async importOrders({ file, fileName, mapping, attributesFile, attributesFileName }, context) {
			const send = throttle(context.progress);
			const parseStart = performance.now();
			const source = await openFileSource(file);
			let rowsSoFar = 0;
			const { table, report } = await importOrders(source.chunks, mapping, {
				signal: context.signal,
				onProgress: ({ rowsRead }) => {
					rowsSoFar = rowsRead;
					send({
						phase: 'parsing',
						bytes: source.bytesRead(),
						totalBytes: file.size,
						rows: rowsRead,
						message: 'Parsing'
					});
				}
			}).catch((error: unknown) => {
				throw explainOutOfMemory(error, rowsSoFar, source.bytesRead(), file.size);
			});
			let attributes: Awaited<ReturnType<typeof readAttributes>> | null = null;
			if (attributesFile) {
				context.progress({ phase: 'attributes', message: 'Reading the customers file' });
				const attributeSource = await openFileSource(attributesFile);
				attributes = await readAttributes(
					attributeSource.chunks,
					attributesFileName ?? 'customers file',
					context.signal,
					table
				);
			}
			return finish(context, {
				name: fileName.replace(/\.(csv|tsv|txt)(\.gz)?$/i, ''),
				sourceFileName: fileName,
				sourceSize: file.size,
				mapping,
				orders: table,
				report,
				attributes: attributes?.table ?? null,
				attributesSummary: attributes?.summary ?? null,
				parseSeconds: (performance.now() - parseStart) / 1000
			});
		},

		async importDemo({ seed }, context) {
			context.progress({ phase: 'generating', message: 'Generating the demo business' });
			const parseStart = performance.now();
			const demo = generateDemoBusiness({ seed });
			const { head, isComplete } = await readHead(textChunks(demo.ordersCsv));
			const { mapping } = sniffOrders(head, isComplete);
			const send = throttle(context.progress);
			const { table, report } = await importOrders(textChunks(demo.ordersCsv), mapping, {
				signal: context.signal,
				onProgress: ({ rowsRead }) =>
					send({ phase: 'parsing', rows: rowsRead, message: 'Parsing the demo orders' })
			});
			const attributes = await readAttributes(
				textChunks(demo.customersCsv),
				'demo-customers.csv',
				context.signal,
				table
			);
			return finish(context, {
				name: demo.name,
				sourceFileName: DEMO_SOURCE_FILE_NAME,
				sourceSize: demo.ordersCsv.length,
				mapping,
				orders: table,
				report,
				attributes: attributes.table,
				attributesSummary: attributes.summary,
				parseSeconds: (performance.now() - parseStart) / 1000
			});
		},

		async openDataset({ id }) {
			return (await open(id)).summary;
		},

		async analyseValue({ datasetId, options }) {
			return analyseValue(await open(datasetId), options, values);
		},

		async exportTopCustomers({ datasetId, options }) {
			return exportTopCustomers(await open(datasetId), options, values);
		},

		async customerDetail({ datasetId, customerId, options }) {
			return describeCustomer(await open(datasetId), customerId, options, values);
		}
	};
}
