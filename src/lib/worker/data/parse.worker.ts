/// <reference lib="webworker" />
/**
 * A parse worker: one piece of an orders file (`ingest/parallel-import.ts`'s `parsePiece`) read
 * from its own `Blob` slice into columns, sent back with the columns' buffers transferred. Started
 * by the analysis worker (`parse-pool.ts`) from a `blob:` bootstrap, so the page's policy holds
 * here too; the analysis worker terminates it to cancel.
 */
import { parsePiece } from '../../ingest/parallel-import';
import type { PieceRequest } from '../../ingest/parallel-import';
import { collectTransferables, serialiseError } from '../rpc';
import type { ParseWorkerMessage } from './parse-protocol';

const scope = self as unknown as DedicatedWorkerGlobalScope;
/** At most one progress message per interval. */
const PROGRESS_MS = 100;

scope.onmessage = async (event: MessageEvent<PieceRequest>) => {
	const send = (message: ParseWorkerMessage, transfer: Transferable[] = []) =>
		scope.postMessage(message, transfer);
	let last = 0;
	try {
		const result = await parsePiece(event.data, {
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
};
