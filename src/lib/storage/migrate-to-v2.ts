/**
 * Schema v1 → v2. In v1 a dictionary column was one UTF-8 JSON array cut into byte chunks; v2
 * stores runs of strings (see `table-columns.ts`) and gives every column its `length`. Runs inside
 * the upgrade transaction, so the database is either fully converted or left at v1.
 */
import type { IDBPTransaction, StoreNames } from 'idb';
import type { ChunkKey, ChunkValue, DatasetRecord, SieveDb, StoredColumn } from './schema';
import { BYTES_PER_ENTRY, encodeStrings } from './table-columns';

type UpgradeTransaction = IDBPTransaction<SieveDb, StoreNames<SieveDb>[], 'versionchange'>;

/** A v1 column: as in v2, without `length`. */
type V1Column = Omit<StoredColumn, 'length'>;

function columnRange(id: string, key: string): IDBKeyRange {
	return IDBKeyRange.bound([id, key], [id, key, []]);
}

/** The strings of a v1 dictionary column's chunks, or null when they are not a JSON string array. */
function parseV1Strings(chunks: ChunkValue[], column: V1Column): string[] | null {
	if (chunks.length !== column.chunks || chunks.some((chunk) => Array.isArray(chunk))) return null;
	const buffers = chunks as ArrayBuffer[];
	const joined = new Uint8Array(buffers.reduce((sum, chunk) => sum + chunk.byteLength, 0));
	let offset = 0;
	for (const chunk of buffers) {
		joined.set(new Uint8Array(chunk), offset);
		offset += chunk.byteLength;
	}
	if (joined.byteLength !== column.bytes) return null;
	try {
		// Chunks were cut at byte offsets, possibly inside a character: decode only once joined.
		const values: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(joined));
		const isStrings = Array.isArray(values) && values.every((value) => typeof value === 'string');
		return isStrings ? (values as string[]) : null;
	} catch {
		return null;
	}
}

/**
 * Rewrites one ready v1 dataset's dictionaries as runs of strings and returns its v2 record, or
 * null when a dictionary cannot be read (the caller then drops the dataset).
 */
async function convertDataset(
	tx: UpgradeTransaction,
	record: DatasetRecord
): Promise<DatasetRecord | null> {
	const chunks = tx.objectStore('chunks');
	const columns: StoredColumn[] = [];
	for (const column of record.columns as V1Column[]) {
		if (column.kind !== 'strings') {
			columns.push({ ...column, length: column.bytes / BYTES_PER_ENTRY[column.kind] });
			continue;
		}
		const range = columnRange(record.id, column.key);
		const values = parseV1Strings(await chunks.getAll(range), column);
		if (!values) return null;
		const encoded = encodeStrings(column.key, values);
		await chunks.delete(range);
		await Promise.all(
			encoded.chunkBytes.map((_, index) =>
				chunks.put(encoded.chunk(index), [record.id, column.key, index] as ChunkKey)
			)
		);
		columns.push(encoded.layout);
	}
	const bytesStored = columns.reduce((sum, column) => sum + column.bytes, 0);
	return { ...record, columns, bytesStored };
}

/**
 * Converts every ready dataset to the v2 layout; one whose dictionaries cannot be read is deleted
 * (record and chunks), never left half converted. Datasets never marked ready are left to
 * `removeOrphans`, which deletes them whatever their layout.
 */
export async function migrateToV2(tx: UpgradeTransaction): Promise<void> {
	const datasets = tx.objectStore('datasets');
	for (const record of await datasets.getAll()) {
		if (!record.ready) continue;
		const converted = await convertDataset(tx, record);
		if (converted) {
			await datasets.put(converted);
		} else {
			await Promise.all([
				datasets.delete(record.id),
				tx.objectStore('chunks').delete(IDBKeyRange.bound([record.id], [record.id, []]))
			]);
		}
	}
}
