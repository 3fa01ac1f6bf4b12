/// <reference lib="webworker" />
/**
 * A parse worker: one piece of an orders file (`ingest/parallel-import.ts`'s `parsePiece`) read
 * from its own `Blob` slice into columns, sent back with the columns' buffers transferred. Started
 * by the analysis worker (`parse-pool.ts`) from a `blob:` bootstrap, so the page's policy holds
 * here too; the analysis worker terminates it to cancel. A warm-up (rows read ahead of an import,
 * `warmUpRequest`) is read the same way and its result dropped. Requests are taken one at a time:
 * a piece sent during a warm-up waits for it.
 */
import { parsePiece } from '../../ingest/parallel-import';
import type { PieceRequest } from '../../ingest/parallel-import';
import { offerSpareBuffers } from '../../ingest/spare-buffers';
import { collectTransferables, serialiseError } from '../rpc';
import type { ParseWorkerMessage, ParseWorkerRequest } from './parse-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** At most one progress message per interval. */
const PROGRESS_MS = 100;

function send(message: ParseWorkerMessage, transfer: Transferable[] = []): void {
	scope.postMessage(message, transfer);
}

async function parse({
	spares: _,
	...request
}: PieceRequest & { spares?: unknown }): Promise<void> {
	let last = 0;
	try {
		const result = await parsePiece(request, {
			onProgress: (progress) => {
				const now = performance.now();
				if (now - last < PROGRESS_MS) return;
				last = now;
				send({ type: 'progress', progress });
			}
		});
		send({ type: 'result', result }, collectTransferables(result));
	} catch (error) {
		send({ type: 'error', error: serialiseError(error) });
	}
}

/** Reads the rows for their compiled code alone; a failure is the import's to report, not this. */
async function warmUp(request: PieceRequest): Promise<void> {
	await parsePiece(request).catch(() => undefined);
}

let queue: Promise<void> = Promise.resolve();

scope.onmessage = (event: MessageEvent<ParseWorkerRequest>) => {
	const request = event.data;
	if (!('warmUp' in request)) offerSpareBuffers(request.spares ?? []);
	queue = queue.then(() => ('warmUp' in request ? warmUp(request.warmUp) : parse(request)));
};
