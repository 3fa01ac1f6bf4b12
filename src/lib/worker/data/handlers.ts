/**
 * The Data view's handlers: ingest reads the files into columns (`ingest/read-dataset.ts`; a large
 * orders file in pieces on the parse workers of `parse-pool.ts`), storage saves them, and
 * `Datasets` keeps them open. Transport only.
 */
import {
	notSavedMessage,
	storedReportOf,
	summaryOfRead,
	type DatasetSummary
} from '../../ingest/dataset-summary';
import { sniffOrders, sniffTickets } from '../../ingest/index';
import { readDatasetFiles, readDemoDataset, sniffFile } from '../../ingest/read-dataset';
import type { ReadDataset } from '../../ingest/read-dataset';
import { saveDataset } from '../../storage/index';
import type { Datasets, HandlerContext, HandlersOf } from '../datasets';
import { workerParsePool } from './parse-pool';
import type { DataProtocol } from './protocol';

export function createDataHandlers(datasets: Datasets): HandlersOf<DataProtocol> {
	// Parse workers for large files (none in Node: files are then read in one piece).
	const parallel = workerParsePool();

	/** Saves a dataset read into columns in IndexedDB (or says why not) and keeps it open. */
	async function keep(read: ReadDataset, context: HandlerContext): Promise<DatasetSummary> {
		const tickets = read.tickets?.table ?? null;
		const attributes = read.attributes?.table ?? null;
		const summary = summaryOfRead(read, `ds-${crypto.randomUUID()}`, new Date().toISOString());
		const { id, name, sourceFileName, sourceSize, createdAt, timings } = summary;
		const report = storedReportOf(summary);
		const saveStart = performance.now();
		context.progress({ phase: 'saving', message: 'Saving in this browser…' });
		try {
			await saveDataset(
				{
					id,
					meta: { name, sourceFileName, sourceSize, mapping: read.mapping, report, createdAt },
					orders: read.orders,
					attributes,
					tickets
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
			const reason = error instanceof Error ? error.message : String(error);
			summary.saveMessage = notSavedMessage(reason);
			summary.saveCause = { code: 'not-saved', reason };
		}
		timings.saveSeconds = (performance.now() - saveStart) / 1000;
		datasets.put({ summary, orders: read.orders, attributes, tickets });
		return summary;
	}

	return {
		sniffOrders: ({ file, fileName, delimiter, sheet }) =>
			sniffFile(
				file,
				fileName,
				(head, isComplete) => sniffOrders(head, isComplete, delimiter, sheet),
				sheet
			),
		sniffTickets: ({ file, fileName }) => sniffFile(file, fileName, sniffTickets),
		importOrders: async (input, context) =>
			keep(await readDatasetFiles(input, { ...context, parallel }), context),
		importDemo: async ({ seed }, context) => keep(await readDemoDataset(seed, context), context),
		openDataset: async ({ id }) => (await datasets.open(id)).summary
	};
}
