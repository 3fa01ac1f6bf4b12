/**
 * The parse workers of a parallel import, started by the analysis worker (not the page): the
 * `File` is already here, the merged columns stay here where they are saved and kept, and nothing
 * of the file passes through the page's thread. Each piece gets a fresh worker from a `blob:`
 * bootstrap (`start-worker.ts`), so the page's Content-Security-Policy holds in it as in the
 * analysis worker; it is terminated when its piece is done, fails, or is cancelled.
 */
import { parseWorkersOption } from '../../ingest/parallel-import';
import type { PieceResult, PieceRunner } from '../../ingest/parallel-import';
import { describeIngestRefusal } from '../../ingest/ingest-refusals';
import { WorkerError } from '../rpc';
import { startModuleWorker } from '../start-worker';
import type { ParseWorkerMessage } from './parse-protocol';
import parseWorkerUrl from './parse.worker.ts?worker&url';

/** How many pieces to cut a file into, and where each runs. */
export interface ParsePool {
	pieces: number;
	runPiece: PieceRunner;
}

/**
 * One parse worker per core (at least two; see `parseWorkersOption`), or null where workers
 * cannot start workers (Node, the tests) or the build says one piece: then files are read whole.
 */
export function workerParsePool(): ParsePool | null {
	if (typeof Worker === 'undefined' || typeof URL.createObjectURL !== 'function') return null;
	const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
	const pieces = parseWorkersOption(import.meta.env.VITE_SIEVE_PARSE_WORKERS, cores);
	return pieces < 2 ? null : { pieces, runPiece: runInWorker };
}

const runInWorker: PieceRunner = (request, { signal, onProgress }) =>
	new Promise<PieceResult>((resolve, reject) => {
		if (signal.aborted) {
			reject(new DOMException('Cancelled', 'AbortError'));
			return;
		}
		const { worker, bootstrapUrl } = startModuleWorker(
			parseWorkerUrl,
			'sieve-parse',
			import.meta.url
		);
		const stop = () => {
			signal.removeEventListener('abort', cancel);
			worker.terminate();
			URL.revokeObjectURL(bootstrapUrl);
		};
		const cancel = () => {
			stop();
			reject(new DOMException('Cancelled', 'AbortError'));
		};
		signal.addEventListener('abort', cancel, { once: true });
		worker.onmessage = (event: MessageEvent<ParseWorkerMessage>) => {
			const message = event.data;
			if (message.type === 'progress') {
				onProgress(message.progress);
				return;
			}
			stop();
			if (message.type === 'result') resolve(message.result);
			else reject(new WorkerError(message.error));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			stop();
			const crashed = { code: 'worker-crashed', reason: event.message || '' } as const;
			reject(
				new WorkerError({
					name: 'WorkerCrashed',
					message: describeIngestRefusal(crashed),
					code: crashed.code,
					values: { reason: crashed.reason }
				})
			);
		};
		worker.postMessage(request);
	});
