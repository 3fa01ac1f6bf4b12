/** What a parse worker (`parse.worker.ts`) sends back to the pool (`parse-pool.ts`). */
import type { PieceResult } from '../../ingest/parallel-import';
import type { ImportProgress } from '../../ingest/types';
import type { SerialisedError } from '../rpc';

export type ParseWorkerMessage =
	| { type: 'progress'; progress: ImportProgress }
	| { type: 'result'; result: PieceResult }
	| { type: 'error'; error: SerialisedError };
