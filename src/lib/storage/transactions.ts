/**
 * Helpers shared by the datasets repository (`datasets.ts`) and its writer (`dataset-save.ts`):
 * a dataset's chunk key range, awaiting a transaction's requests with its commit, the save lock,
 * and deleting a dataset whole.
 */
import type { IDBPDatabase } from 'idb';
import { removeColumnFiles } from './column-files';
import type { SieveDb } from './schema';

export type Db = IDBPDatabase<SieveDb>;

/** Web Lock held (shared) by every save and (exclusive) by `removeOrphans`, across tabs and workers. */
const SAVE_LOCK = 'sieve-dataset-saves';

/** Every chunk of one dataset: array keys [id, …] sort after [id] and before [id, []]. */
export function chunkRange(id: string): IDBKeyRange {
	return IDBKeyRange.bound([id], [id, []]);
}

/** Every chunk of one column of a dataset: [id, key, index] for any index. */
export function columnChunkRange(id: string, key: string): IDBKeyRange {
	return IDBKeyRange.bound([id, key], [id, key, []]);
}

let idCounter = 0;
export function newDatasetId(): string {
	if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') {
		return `ds-${crypto.randomUUID()}`;
	}
	idCounter++;
	return `ds-${Date.now().toString(36)}-${idCounter}-${Math.random().toString(36).slice(2, 10)}`;
}

/** Runs `fn` under a Web Lock when the environment has them; without them, runs it directly. */
export async function withSaveLock<T>(
	mode: LockMode,
	fn: (held: boolean) => Promise<T>,
	ifAvailable = false
): Promise<T> {
	const locks = typeof navigator === 'undefined' ? undefined : navigator.locks;
	if (!locks) return fn(true);
	return locks.request(SAVE_LOCK, { mode, ifAvailable }, (lock) => fn(lock !== null));
}

/**
 * Issues a transaction's requests and waits for all of them and the commit. A request that throws
 * while being issued aborts the transaction, so nothing of it is kept.
 */
export async function commit(
	tx: { abort(): void; done: Promise<void> },
	issue: () => Promise<unknown>[]
): Promise<void> {
	let requests: Promise<unknown>[];
	try {
		requests = issue();
	} catch (error) {
		try {
			tx.abort();
		} catch {
			// Already finished or aborted.
		}
		await tx.done.catch(() => {});
		throw error;
	}
	await Promise.all([...requests, tx.done]);
}

export function abortError(signal: AbortSignal): unknown {
	return signal.reason ?? new DOMException('The save was cancelled.', 'AbortError');
}

/**
 * Deletes a dataset's record and chunks in one transaction, then its column files: once the
 * record is gone nothing reads them, and files left by a failure there are an orphan directory
 * that `removeOrphans` clears.
 */
export async function removeDataset(db: Db, id: string): Promise<void> {
	const tx = db.transaction(['datasets', 'chunks'], 'readwrite');
	await commit(tx, () => [
		tx.objectStore('datasets').delete(id),
		tx.objectStore('chunks').delete(chunkRange(id))
	]);
	await removeColumnFiles(id);
}
