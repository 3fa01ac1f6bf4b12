/**
 * The parse workers of a parallel import, started by the analysis worker (not the page): the
 * `File` is already here, the merged columns stay here where they are saved and kept, and nothing
 * of the file passes through the page's thread. A worker starts from a `blob:` bootstrap
 * (`start-worker.ts`), so the page's Content-Security-Policy holds in it as in the analysis
 * worker. A worker parses one piece at a time and is kept for the next piece of the same import
 * (a file is cut into more pieces than there are workers), and terminated when there is none, as
 * is a worker whose piece failed or was cancelled. `warm` starts them while the person looks at
 * the mapping, so that Import does not wait for their scripts, and `warmUp` has them read the
 * file's first rows then, so that it does not wait for their code to be compiled either.
 */
import { parseWorkersOption } from '../../ingest/parallel-import';
import type { PieceRequest, PieceResult, PieceRunner } from '../../ingest/parallel-import';
import { describeIngestRefusal } from '../../ingest/ingest-refusals';
import { WorkerError } from '../rpc';
import { startModuleWorker } from '../start-worker';
import type { ParseWorkerMessage, ParseWorkerRequest } from './parse-protocol';
import parseWorkerUrl from './parse.worker.ts?worker&url';

/** How many pieces to parse at once, and where each runs. */
export interface ParsePool {
	pieces: number;
	runPiece: PieceRunner;
	/** Starts the workers ahead of an import (they stop again if none comes). */
	warm: () => void;
	/** Has each waiting worker read `request`'s rows, for its compiled code (`warmUpRequest`). */
	warmUp: (request: PieceRequest) => void;
	/** Buffers of a merged piece, sent with the next pieces for their columns (`spare-buffers.ts`). */
	recycle: (buffers: ArrayBuffer[] | null) => void;
}

/** A worker started ahead of an import waits this long for its first piece. */
const WARM_MS = 60_000;
/**
 * A worker that has parsed a piece is terminated unless the import hands it the next piece at once
 * (it does, in the same turn, while pieces remain): its heap still holds its pieces' garbage, which
 * the page should not keep while the import finishes (the import's peak memory is then).
 */
const DONE_MS = 0;

interface PooledWorker {
	worker: Worker;
	bootstrapUrl: string;
	idleTimer: ReturnType<typeof setTimeout> | undefined;
}

/** Workers waiting for a piece. */
const idle: PooledWorker[] = [];

/**
 * Buffers of merged pieces waiting to go with the next pieces (a piece's columns and numbers:
 * about `SPARES_PER_PIECE`), while an import has pieces left to start: `recycle(null)` at its end
 * lets the rest go.
 */
let spares: ArrayBuffer[] = [];
const SPARES_PER_PIECE = 10;

function terminate(pooled: PooledWorker): void {
	clearTimeout(pooled.idleTimer);
	pooled.worker.terminate();
	URL.revokeObjectURL(pooled.bootstrapUrl);
}

/** An idle worker, or a new one. */
function takeWorker(): PooledWorker {
	const pooled = idle.pop();
	if (pooled) {
		clearTimeout(pooled.idleTimer);
		return pooled;
	}
	const started = startModuleWorker(parseWorkerUrl, 'sieve-parse', import.meta.url);
	return { ...started, idleTimer: undefined };
}

/** Keeps `pooled` for the next piece, for `ms`. */
function release(pooled: PooledWorker, ms: number): void {
	pooled.worker.onmessage = null;
	pooled.worker.onerror = null;
	pooled.idleTimer = setTimeout(() => {
		const at = idle.indexOf(pooled);
		if (at >= 0) idle.splice(at, 1);
		terminate(pooled);
	}, ms);
	idle.push(pooled);
}

/**
 * One parse worker per core (at least two; see `parseWorkersOption`), or null where workers
 * cannot start workers (Node, the tests) or the build says one piece: then files are read whole.
 */
export function workerParsePool(): ParsePool | null {
	if (typeof Worker === 'undefined' || typeof URL.createObjectURL !== 'function') return null;
	const cores = typeof navigator !== 'undefined' ? navigator.hardwareConcurrency : 0;
	const pieces = parseWorkersOption(import.meta.env.VITE_SIEVE_PARSE_WORKERS, cores);
	if (pieces < 2) return null;
	const warm = () => {
		const starting: PooledWorker[] = [];
		while (idle.length + starting.length < pieces) starting.push(takeWorker());
		for (const pooled of starting) release(pooled, WARM_MS);
	};
	const warmUp = (request: PieceRequest) => {
		const message: ParseWorkerRequest = { warmUp: request };
		for (const pooled of idle) pooled.worker.postMessage(message);
	};
	const recycle = (buffers: ArrayBuffer[] | null) => {
		spares = buffers ? [...spares, ...buffers].slice(-2 * SPARES_PER_PIECE) : [];
	};
	return { pieces, runPiece: runInWorker, warm, warmUp, recycle };
}

const runInWorker: PieceRunner = (request, { signal, onProgress }) =>
	new Promise<PieceResult>((resolve, reject) => {
		if (signal.aborted) {
			reject(new DOMException('Cancelled', 'AbortError'));
			return;
		}
		const pooled = takeWorker();
		const { worker } = pooled;
		/** Done with the worker: kept for the next piece when it finished its piece, else ended. */
		const stop = (keep: boolean) => {
			signal.removeEventListener('abort', cancel);
			if (keep) release(pooled, DONE_MS);
			else terminate(pooled);
		};
		const cancel = () => {
			stop(false);
			reject(new DOMException('Cancelled', 'AbortError'));
		};
		signal.addEventListener('abort', cancel, { once: true });
		worker.onmessage = (event: MessageEvent<ParseWorkerMessage>) => {
			const message = event.data;
			if (message.type === 'progress') {
				onProgress(message.progress);
				return;
			}
			stop(message.type === 'result');
			if (message.type === 'result') resolve(message.result);
			else reject(new WorkerError(message.error));
		};
		worker.onerror = (event) => {
			event.preventDefault();
			stop(false);
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
		const given = spares.splice(0, SPARES_PER_PIECE);
		worker.postMessage({ ...request, spares: given } satisfies ParseWorkerRequest, given);
	});
