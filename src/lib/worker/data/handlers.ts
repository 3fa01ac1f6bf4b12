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
import { startDatasetSave } from '../../storage/index';
import type { DatasetSave } from '../../storage/index';
import type { Datasets, HandlerContext, HandlersOf } from '../datasets';
import { MIN_PIECE_BYTES, warmUpRequest } from '../../ingest/parallel-import';
import type { ParallelOptions as ImportParallel } from '../../ingest/parallel-import';
import { workerParsePool } from './parse-pool';
import type { DataProtocol } from './protocol';

export function createDataHandlers(datasets: Datasets): HandlersOf<DataProtocol> {
	// Parse workers for large files (none in Node: files are then read in one piece).
	const parallel = workerParsePool();

	/** Starts saving a new dataset, its progress reported as the import's `saving` phase. */
	function startSave(context: HandlerContext): DatasetSave {
		return startDatasetSave(`ds-${crypto.randomUUID()}`, {
			signal: context.signal,
			onProgress: ({ bytesWritten, bytesTotal }) =>
				context.progress({
					phase: 'saving',
					bytes: bytesWritten,
					totalBytes: bytesTotal,
					message: 'Saving in this browser'
				})
		});
	}

	/**
	 * Saves a dataset read into columns in IndexedDB (or says why not) and keeps it open. `save`:
	 * a save started while the file was read (its finished columns already written), else one is
	 * started here.
	 */
	async function keep(
		read: ReadDataset,
		context: HandlerContext,
		save: DatasetSave = startSave(context)
	): Promise<DatasetSummary> {
		const tickets = read.tickets?.table ?? null;
		const attributes = read.attributes?.table ?? null;
		const summary = summaryOfRead(read, save.id, new Date().toISOString());
		const { id, name, sourceFileName, sourceSize, createdAt, timings } = summary;
		const report = storedReportOf(summary);
		const saveStart = performance.now();
		context.progress({ phase: 'saving', message: 'Saving in this browser…' });
		try {
			await save.finish({
				id,
				meta: { name, sourceFileName, sourceSize, mapping: read.mapping, report, createdAt },
				orders: read.orders,
				attributes,
				tickets
			});
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
		sniffOrders: async ({ file, fileName, delimiter, sheet }) => {
			// A file large enough to be read in pieces: its parse workers start while the person
			// checks the mapping, so that Import does not wait for their scripts, and read its
			// first rows with the suggested mapping, so that it does not wait for their compiled code.
			const pieces = parallel && file.size >= 2 * MIN_PIECE_BYTES ? parallel : null;
			pieces?.warm();
			const sniff = await sniffFile(
				file,
				fileName,
				(head, isComplete) => sniffOrders(head, isComplete, delimiter, sheet),
				sheet
			);
			if (pieces)
				void warmUpRequest(file, sniff.mapping).then(
					(request) => request && pieces.warmUp(request)
				);
			return sniff;
		},
		sniffTickets: ({ file, fileName }) => sniffFile(file, fileName, sniffTickets),
		importOrders: async (input, context) => {
			// A file read in pieces is saved as it is merged: each column's finished part is written
			// while later pieces are parsed, so little is left to save when the last one is in.
			const save = startSave(context);
			const onMerged: ImportParallel['onMerged'] = (columns) => {
				for (const { key, kind, array, length, codes } of columns)
					save.writeTypedPrefix(key, kind, array, length, { codes });
			};
			try {
				const read = await readDatasetFiles(input, {
					...context,
					parallel: parallel && { ...parallel, onMerged }
				});
				return await keep(read, context, save);
			} catch (error) {
				await save.abort().catch(() => {});
				throw error;
			}
		},
		importDemo: async ({ seed }, context) => keep(await readDemoDataset(seed, context), context),
		openDataset: async ({ id }) => (await datasets.open(id)).summary
	};
}
