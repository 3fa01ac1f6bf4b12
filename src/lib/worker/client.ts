/**
 * The one place that creates the analysis Worker. `client.call(name, input)` returns a typed
 * Promise; progress arrives through `onProgress`; an AbortSignal (or a newer call of the same name)
 * cancels the worker's work at once.
 */
import analysisWorkerUrl from './analysis.worker.ts?worker&url';
import type { Protocol } from './protocol';
import {
	WorkerError,
	type InputOf,
	type OutputOf,
	type ProgressInfo,
	type RequestMessage,
	type ResponseMessage
} from './rpc';
import { startModuleWorker } from './start-worker';

export interface CallOptions {
	onProgress?: (progress: ProgressInfo) => void;
	signal?: AbortSignal;
	/** Cancel any running call of the same name first (default true: a newer request supersedes). */
	supersede?: boolean;
}

interface Pending {
	name: keyof Protocol;
	resolve: (output: never) => void;
	reject: (error: Error) => void;
	onProgress?: (progress: ProgressInfo) => void;
}

export class AnalysisClient {
	#worker: Worker | null = null;
	#bootstrapUrl = '';
	#nextId = 1;
	#pending = new Map<number, Pending>();

	#ensureWorker(): Worker {
		if (this.#worker) return this.#worker;
		// From a `blob:` bootstrap, so that the page's Content-Security-Policy holds in the worker too.
		const { worker, bootstrapUrl } = startModuleWorker(analysisWorkerUrl, 'sieve-analysis');
		this.#bootstrapUrl = bootstrapUrl;
		worker.onmessage = (event: MessageEvent<ResponseMessage<Protocol>>) =>
			this.#receive(event.data);
		worker.onerror = (event) => {
			const error = new WorkerError({
				name: 'WorkerCrashed',
				message: `The analysis worker stopped (${event.message || 'no reason given'}). This usually means a file too large for this tab's memory. Nothing was saved and your other datasets are intact; the next step starts a fresh worker.`
			});
			for (const pending of this.#pending.values()) pending.reject(error);
			this.#pending.clear();
			this.#worker?.terminate();
			this.#worker = null;
			URL.revokeObjectURL(this.#bootstrapUrl);
		};
		this.#worker = worker;
		return worker;
	}

	#receive(message: ResponseMessage<Protocol>): void {
		const pending = this.#pending.get(message.id);
		if (!pending) return; // cancelled or superseded: its late answers are dropped
		if (message.type === 'progress') {
			pending.onProgress?.(message.progress);
			return;
		}
		this.#pending.delete(message.id);
		if (message.type === 'result') pending.resolve(message.output as never);
		else pending.reject(new WorkerError(message.error));
	}

	call<K extends keyof Protocol>(
		name: K,
		input: InputOf<Protocol, K>,
		options: CallOptions = {},
		transfer: Transferable[] = []
	): Promise<OutputOf<Protocol, K>> {
		const worker = this.#ensureWorker();
		if (options.supersede !== false) this.cancelAll(name);
		const id = this.#nextId++;
		return new Promise<OutputOf<Protocol, K>>((resolve, reject) => {
			if (options.signal?.aborted) {
				reject(new DOMException('Cancelled', 'AbortError'));
				return;
			}
			this.#pending.set(id, {
				name,
				resolve: resolve as (output: never) => void,
				reject,
				onProgress: options.onProgress
			});
			options.signal?.addEventListener('abort', () => this.cancel(id), { once: true });
			const message: RequestMessage<Protocol, K> = { type: 'request', id, name, input };
			worker.postMessage(message, transfer);
		});
	}

	/** Stops one call: the worker aborts its work, and the Promise rejects with an AbortError. */
	cancel(id: number): void {
		const pending = this.#pending.get(id);
		if (!pending) return;
		this.#pending.delete(id);
		this.#worker?.postMessage({ type: 'cancel', id });
		pending.reject(new DOMException('Cancelled', 'AbortError'));
	}

	cancelAll(name: keyof Protocol): void {
		for (const [id, pending] of this.#pending) if (pending.name === name) this.cancel(id);
	}
}

let shared: AnalysisClient | null = null;

/** The page's single analysis client (created on first use, in the browser only). */
export function getAnalysisClient(): AnalysisClient {
	shared ??= new AnalysisClient();
	return shared;
}
