/**
 * The message envelopes shared by `client.ts` and `analysis.worker.ts`. The request map itself is
 * `protocol.ts`; these types are generic over it so that neither end ever casts `event.data`.
 */

export interface ProgressInfo {
	phase: string;
	/** Bytes of the source file consumed so far, when known. */
	bytes?: number;
	totalBytes?: number;
	rows?: number;
	/** A short human-readable line ("Parsing…", "Saving 3 of 9 chunks"). */
	message?: string;
}

export interface SerialisedError {
	name: string;
	message: string;
	/** An ingest refusal's code and values (`IngestError`), for the page to word. */
	code?: string;
	values?: Record<string, unknown>;
}

export type RequestMessage<Map, K extends keyof Map = keyof Map> = {
	type: 'request';
	id: number;
	name: K;
	input: Map[K] extends { input: infer I } ? I : never;
};

export type CancelMessage = { type: 'cancel'; id: number };

export type ResponseMessage<Map, K extends keyof Map = keyof Map> =
	| { type: 'result'; id: number; name: K; output: Map[K] extends { output: infer O } ? O : never }
	| { type: 'progress'; id: number; progress: ProgressInfo }
	| { type: 'error'; id: number; error: SerialisedError };

export type InputOf<Map, K extends keyof Map> = Map[K] extends { input: infer I } ? I : never;
export type OutputOf<Map, K extends keyof Map> = Map[K] extends { output: infer O } ? O : never;

/** An error from the other side of the worker boundary, with its original name. */
export class WorkerError extends Error {
	code?: string;
	values?: Record<string, unknown>;

	constructor({ name, message, code, values }: SerialisedError) {
		super(message);
		this.name = name;
		if (code !== undefined) this.code = code;
		if (values !== undefined) this.values = values;
	}
}

export function serialiseError(error: unknown): SerialisedError {
	if (error instanceof Error) {
		const { code, values } = error as Error & { code?: unknown; values?: unknown };
		return {
			name: error.name,
			message: error.message,
			// Only a refusal's string code and plain values travel (a Node error's code is a string too,
			// and harmless: the page words only the codes it knows).
			...(typeof code === 'string' ? { code } : {}),
			...(values !== null && typeof values === 'object' ? { values: { ...values } } : {})
		};
	}
	if (error instanceof DOMException) return { name: error.name, message: error.message };
	return { name: 'Error', message: String(error) };
}

/** Every ArrayBuffer reachable from a value (plain objects, arrays, typed arrays), for transfer. */
export function collectTransferables(
	value: unknown,
	found = new Set<ArrayBuffer>()
): ArrayBuffer[] {
	if (value === null || typeof value !== 'object') return [...found];
	if (ArrayBuffer.isView(value)) {
		if (value.buffer instanceof ArrayBuffer) found.add(value.buffer);
	} else if (value instanceof ArrayBuffer) {
		found.add(value);
	} else if (Array.isArray(value)) {
		// Arrays of strings or numbers hold no buffers; skip them quickly.
		if (value.length > 0 && typeof value[0] === 'object') {
			for (const item of value) collectTransferables(item, found);
		}
	} else if (!(value instanceof Blob)) {
		for (const item of Object.values(value)) collectTransferables(item, found);
	}
	return [...found];
}
