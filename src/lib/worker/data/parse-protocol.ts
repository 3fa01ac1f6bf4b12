/** What the pool (`parse-pool.ts`) and a parse worker (`parse.worker.ts`) send each other. */
import type { PieceRequest, PieceResult } from '../../ingest/parallel-import';
import type { ImportProgress } from '../../ingest/types';
import type { SerialisedError } from '../rpc';

/**
 * A piece to parse and send back (with buffers of merged pieces to write it into, transferred:
 * `spare-buffers.ts`), or rows to read ahead of an import, answered with nothing.
 */
export type ParseWorkerRequest =
	(PieceRequest & { spares?: ArrayBuffer[] }) | { warmUp: PieceRequest };

export type ParseWorkerMessage =
	| { type: 'progress'; progress: ImportProgress }
	| { type: 'result'; result: PieceResult }
	| { type: 'error'; error: SerialisedError };
