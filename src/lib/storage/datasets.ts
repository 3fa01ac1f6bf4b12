/**
 * The datasets repository: domain verbs over the `datasets` and `chunks` stores. A save
 * (`dataset-save.ts`) writes a pending record, then the column chunks in several transactions,
 * and writes the record ready in its final transaction; lists and loads see ready datasets only,
 * so an interrupted save never shows up half-written, and `removeOrphans` clears what it left.
 */
import type { AttributesTable, OrdersTable } from '../engine/tables/orders-table';
import type { TicketsTable } from '../engine/tables/tickets-table';
import { readColumnFile, removeOrphanFiles } from './column-files';
import { startDatasetSave, type NewDataset, type SaveOptions } from './dataset-save';
import { openSieveDb } from './open-sieve-db';
import type { ChunkKey, ChunkValue, DatasetRecord } from './schema';
import { decodeTables } from './table-columns';
import { chunkRange, commit, removeDataset, withSaveLock } from './transactions';

export { startDatasetSave, TRANSACTION_BYTES, TRANSACTIONS_IN_FLIGHT } from './dataset-save';
export type { DatasetSave, NewDataset, SaveOptions, SaveProgress } from './dataset-save';

export interface StoredDataset {
	meta: DatasetRecord;
	orders: OrdersTable;
	attributes: AttributesTable | null;
	tickets: TicketsTable | null;
}

/**
 * Saves a dataset and returns its id: `startDatasetSave` then `finish`, nothing staged. It becomes
 * visible to `listDatasets` only when every chunk is written. Throws `StorageFullError` when the
 * browser's quota is exceeded; on any failure, what this save wrote is removed (a closed tab
 * leaves it to `removeOrphans`).
 */
export async function saveDataset(dataset: NewDataset, options: SaveOptions = {}): Promise<string> {
	return startDatasetSave(dataset.id, options).finish(dataset);
}

/**
 * How long a dataset deleted with an undo stays on disk when the tab that deleted it is gone: the
 * next start of Sieve (in any tab) after that removes it. The tab itself removes it sooner, when
 * its undo expires.
 */
export const TRASH_GRACE_MS = 60_000;

/** A record that lists and loads see: saved to the end and not deleted. */
function isLive(record: DatasetRecord): boolean {
	return record.ready && !record.deletedAt;
}

/** The saved datasets that are ready, newest first. */
export async function listDatasets(): Promise<DatasetRecord[]> {
	const db = await openSieveDb();
	const records = await db.getAll('datasets');
	return records
		.filter(isLive)
		.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || a.id.localeCompare(b.id));
}

/** A ready dataset's metadata and tables, rebuilt from its chunks; null when there is none. */
export async function loadDataset(id: string): Promise<StoredDataset | null> {
	const db = await openSieveDb();
	const tx = db.transaction(['datasets', 'chunks'], 'readonly');
	const chunks = tx.objectStore('chunks');
	const [meta, keys, buffers] = await Promise.all([
		tx.objectStore('datasets').get(id),
		chunks.getAllKeys(chunkRange(id)),
		chunks.getAll(chunkRange(id)),
		tx.done
	]);
	if (!meta || !isLive(meta)) return null;
	// Keys come sorted by [id, column, index], so each column's chunks arrive in order.
	const chunksByColumn = new Map<string, ChunkValue[]>();
	keys.forEach(([, column], i) => {
		const list = chunksByColumn.get(column);
		if (list) list.push(buffers[i]);
		else chunksByColumn.set(column, [buffers[i]]);
	});
	// A column kept as a file is read whole: one buffer, its chunks joined already.
	const files = meta.columns.filter((column) => column.file);
	const contents = await Promise.all(files.map((column) => readColumnFile(id, column.key)));
	files.forEach((column, i) => chunksByColumn.set(column.key, [contents[i]]));
	const tables = decodeTables(
		meta.columns,
		meta.attributeColumns,
		meta.counts.lines,
		chunksByColumn
	);
	return { meta, ...tables };
}

/** Applies `change` to a ready dataset's record; throws when there is no such dataset. */
async function updateRecord(
	id: string,
	change: (record: DatasetRecord) => DatasetRecord
): Promise<void> {
	const db = await openSieveDb();
	const tx = db.transaction('datasets', 'readwrite');
	const record = await tx.store.get(id);
	if (!record || !isLive(record)) {
		tx.abort();
		await tx.done.catch(() => {});
		throw Object.assign(new Error(`There is no saved dataset with id “${id}”.`), {
			name: 'NotFoundError'
		});
	}
	await commit(tx, () => [tx.store.put(change(record))]);
}

/** Renames a saved dataset (the name is trimmed and must not be empty). */
export async function renameDataset(id: string, name: string): Promise<void> {
	const trimmed = name.trim();
	if (!trimmed) throw new Error('A dataset needs a name.');
	await updateRecord(id, (record) => ({ ...record, name: trimmed }));
}

/** Replaces a dataset's analysis settings (plain JSON). */
export async function saveSettings(id: string, settings: unknown): Promise<void> {
	await updateRecord(id, (record) => ({ ...record, settings }));
}

/**
 * Deletes a dataset with an undo: it leaves lists and loads at once, its data stay until
 * `deleteDataset` (the undo expired) or `removeOrphans` (a later start) removes them. Throws
 * NotFoundError when there is no such dataset.
 */
export async function trashDataset(id: string, now = new Date()): Promise<void> {
	await updateRecord(id, (record) => ({ ...record, deletedAt: now.toISOString() }));
}

/**
 * Brings back a dataset deleted with `trashDataset`. Throws NotFoundError when it is gone for
 * good (or was never deleted).
 */
export async function restoreDataset(id: string): Promise<void> {
	const db = await openSieveDb();
	const tx = db.transaction('datasets', 'readwrite');
	const record = await tx.store.get(id);
	if (!record || !record.ready || !record.deletedAt) {
		tx.abort();
		await tx.done.catch(() => {});
		throw Object.assign(new Error(`The dataset “${id}” can no longer be restored.`), {
			name: 'NotFoundError'
		});
	}
	const restored = { ...record };
	delete restored.deletedAt;
	await commit(tx, () => [tx.store.put(restored)]);
}

/** Deletes a dataset's record and every chunk of it; nothing happens when it does not exist. */
export async function deleteDataset(id: string): Promise<void> {
	await removeDataset(await openSieveDb(), id);
}

/**
 * Clears everything Sieve stored: datasets, their chunks and column files, remembered mappings,
 * saved methods.
 */
export async function deleteAllData(): Promise<void> {
	const db = await openSieveDb();
	const tx = db.transaction(['datasets', 'chunks', 'mappings', 'methods'], 'readwrite');
	await commit(tx, () => [
		tx.objectStore('datasets').clear(),
		tx.objectStore('chunks').clear(),
		tx.objectStore('mappings').clear(),
		tx.objectStore('methods').clear()
	]);
	// Another tab's save in progress keeps its files open: they go when that save fails to mark
	// its record ready (the record is gone), or at a later start.
	await removeOrphanFiles(() => false);
}

/**
 * Removes the records, chunks and column files of datasets never marked ready (a tab closed
 * mid-save) and of datasets deleted more than `TRASH_GRACE_MS` ago (a tab closed while its undo
 * was offered), and returns how many such datasets it cleared. Saves hold the save lock for their whole length, so a
 * pending record found while this holds it exclusively is a dead save's. With `wait`, it waits
 * for saves in progress to end (a tab closed mid-save lets its lock go a moment later); without,
 * it is skipped (returns 0) while any save is running.
 */
export async function removeOrphans(now = Date.now(), wait = false): Promise<number> {
	const db = await openSieveDb();
	return withSaveLock(
		'exclusive',
		async (held) => {
			if (!held) return 0;
			const tx = db.transaction(['datasets', 'chunks'], 'readwrite');
			const records = await tx.objectStore('datasets').getAll();
			const expired = (r: DatasetRecord) =>
				!!r.deletedAt && now - Date.parse(r.deletedAt) >= TRASH_GRACE_MS;
			const kept = (r: DatasetRecord) => r.ready && !expired(r);
			const ready = new Set(records.filter(kept).map((r) => r.id));
			const orphans = new Set(records.filter((r) => !kept(r)).map((r) => r.id));
			// Visit one key per dataset: after [id, …], jump past all of that id's chunks.
			let cursor = await tx.objectStore('chunks').openKeyCursor();
			while (cursor) {
				const id = cursor.key[0];
				if (!ready.has(id)) orphans.add(id);
				cursor = await cursor.continue([id, []] as unknown as ChunkKey);
			}
			await commit(tx, () =>
				[...orphans].flatMap((id) => [
					tx.objectStore('datasets').delete(id),
					tx.objectStore('chunks').delete(chunkRange(id))
				])
			);
			// Column files of every dataset not kept: of the orphans above, and of saves whose
			// pending record had already gone.
			for (const id of await removeOrphanFiles((id) => ready.has(id))) orphans.add(id);
			return orphans.size;
		},
		!wait
	);
}
