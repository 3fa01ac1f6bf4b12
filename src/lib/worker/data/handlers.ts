/**
 * The Data view's handlers: stream a file through ingest into columns, save it with storage, and
 * keep it open in `Datasets`. Transport only: ingest, storage and the engine do the work.
 */
import type { AttributesTable, OrdersTable } from '../../engine/tables/orders-table';
import type { TicketsTable } from '../../engine/tables/tickets-table';
import { generateDemoBusiness } from '../../ingest/demo/index';
import {
	checkTicketMapping,
	importAttributes,
	importOrders,
	importTickets,
	sniffOrders,
	sniffTickets
} from '../../ingest/index';
import type { ColumnMapping, ImportReport, TicketMapping } from '../../ingest/index';
import { saveDataset } from '../../storage/index';
import type { Datasets, HandlerContext, HandlersOf } from '../datasets';
import type { ProgressInfo } from '../rpc';
import { openFileSource, readHead, textChunks } from '../sources';
import { explainOutOfMemory } from './explain-out-of-memory';
import {
	DEMO_SOURCE_FILE_NAME,
	type AttributesSummary,
	type DatasetSummary,
	type DataProtocol,
	type StoredReport,
	type TicketsSummary
} from './protocol';

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

export function createDataHandlers(datasets: Datasets): HandlersOf<DataProtocol> {
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
			tickets: { table: TicketsTable; summary: TicketsSummary } | null;
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
			tickets: fields.tickets?.summary ?? null,
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
				tickets: fields.tickets?.summary ?? null,
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
					attributes: fields.attributes,
					tickets: fields.tickets?.table ?? null
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
		datasets.put({
			summary,
			orders: fields.orders,
			attributes: fields.attributes,
			tickets: fields.tickets?.table ?? null
		});
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

	async function readTickets(
		chunks: AsyncIterable<Uint8Array>,
		fileName: string,
		mapping: TicketMapping,
		signal: AbortSignal,
		orders: OrdersTable
	): Promise<{ table: TicketsTable; summary: TicketsSummary }> {
		const { table, report } = await importTickets(chunks, mapping, {
			signal,
			customerIds: orders.customer.values
		});
		return { table, summary: { ...report, fileName } };
	}

	return {
		async sniffOrders({ file, fileName }) {
			const source = await openFileSource(file);
			const { head, isComplete } = await readHead(source.chunks);
			const sniff = sniffOrders(head, isComplete);
			return { ...sniff, fileName, fileSize: file.size, gzip: source.gzip };
		},

		async sniffTickets({ file, fileName }) {
			const source = await openFileSource(file);
			const { head, isComplete } = await readHead(source.chunks);
			const sniff = sniffTickets(head, isComplete);
			return { ...sniff, fileName, fileSize: file.size, gzip: source.gzip };
		},

		async importOrders(input, context) {
			const { file, fileName, mapping, attributesFile, attributesFileName } = input;
			const { ticketsFile, ticketsFileName, ticketsMapping } = input;
			// A bad tickets mapping is refused before the orders are read, not after.
			if (ticketsFile && ticketsMapping) checkTicketMapping(ticketsMapping);
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
			let tickets: Awaited<ReturnType<typeof readTickets>> | null = null;
			if (ticketsFile && ticketsMapping) {
				context.progress({ phase: 'tickets', message: 'Reading the tickets file' });
				const ticketSource = await openFileSource(ticketsFile);
				tickets = await readTickets(
					ticketSource.chunks,
					ticketsFileName ?? 'tickets file',
					ticketsMapping,
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
				tickets,
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
			const ticketsHead = await readHead(textChunks(demo.ticketsCsv));
			const tickets = await readTickets(
				textChunks(demo.ticketsCsv),
				'demo-tickets.csv',
				sniffTickets(ticketsHead.head, ticketsHead.isComplete).mapping,
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
				tickets,
				parseSeconds: (performance.now() - parseStart) / 1000
			});
		},

		async openDataset({ id }) {
			return (await datasets.open(id)).summary;
		}
	};
}
