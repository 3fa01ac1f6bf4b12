/**
 * The IndexedDB schema of Sieve, as an `idb` `DBSchema`. Four stores:
 * - `datasets`: one record per dataset (metadata only, never rows);
 * - `chunks`: column parts of at most `CHUNK_BYTES`, keyed `[datasetId, columnKey, index]`;
 * - `mappings`: the column mapping last used for a file header, keyed by a header key;
 * - `methods` (since v3): analysis methods saved under a name, keyed by the name.
 *
 * Mapping, import report, attributes report and settings are plain JSON chosen by the layers above
 * (`unknown` here), so storage depends on no ingest or UI type.
 */
import type { DBSchema } from 'idb';

/**
 * Largest chunk record (bytes). Under a megabyte so that the browser's copies of a value (the
 * clone, its compression) come from its allocator's reused memory: Chromium maps a fresh region
 * for each allocation of a megabyte or more and unmaps it when freed, so with 8 MiB chunks every
 * `put` touched new pages — 146k of the analysis worker's 310k page faults at 10M lines, about
 * 1.7 CPU-s on the machine measured (`bench/README.md`, session 34). Records of any size read
 * back alike, so datasets saved with 8 MiB chunks still open.
 */
export const CHUNK_BYTES = 512 * 1024;

/**
 * How a stored column's chunks are read back: the typed kinds are raw bytes (`ArrayBuffer`s);
 * `strings` (a dictionary) is plain arrays of strings, cloned by the browser (since schema v2; v1
 * stored one UTF-8 JSON array, whose `JSON.parse` made reopening 1M lines several times slower).
 */
export type StoredColumnKind = 'int32' | 'float64' | 'uint8' | 'uint16' | 'cents' | 'strings';

/** One record of the `chunks` store: bytes of a typed column, or a run of a dictionary's strings. */
export type ChunkValue = ArrayBuffer | string[];

/** One column as laid out in the `chunks` store. */
export interface StoredColumn {
	/** Key part of every chunk of this column, e.g. `orders.amount` or `attributes.2.codes`. */
	key: string;
	kind: StoredColumnKind;
	/**
	 * Bytes over all chunks; for `strings`, the UTF-8 bytes of the values plus one per value (about
	 * what the browser writes for them: a length, then the text).
	 */
	bytes: number;
	chunks: number;
	/** Entries: the typed array's length, or the number of strings. */
	length: number;
	/**
	 * Set when a typed column is stored narrower than it is held (since v4): the kind it is read
	 * back as. Whole numbers of an `int32` or `float64` column kept as `uint8` / `uint16` hold their
	 * value's low bits, -1 (no value) as all ones (255, 65535); a `float64` column of whole numbers
	 * kept as `int32` holds the numbers; a `float64` column whose values have at most two decimals
	 * kept as `cents` (since v5) holds each value × 100 as an `int32` (read back ÷ 100, exactly:
	 * a save checks that each value comes back). Absent: the column is stored as it is held.
	 */
	readAs?: 'int32' | 'float64';
	/**
	 * Set when the column's bytes are a file of the origin private file system
	 * (`datasets/<id>/<key>`, `column-files.ts`) instead of records of the `chunks` store: what a
	 * save in a worker does since v5. `chunks` still counts them as a save cut them.
	 */
	file?: true;
}

/** An attribute column's name and type; its data are the stored columns `attributes.<index>.*`. */
export interface StoredAttributeColumn {
	name: string;
	kind: 'numeric' | 'categorical';
}

/** Counts computed by storage from the tables themselves, for lists that must not load columns. */
export interface DatasetCounts {
	/** Order lines (`OrdersTable.rowCount`). */
	lines: number;
	/** Distinct customer ids among the lines (returns-only customers included). */
	customerIds: number;
	/** Distinct order ids among the lines (returns included). */
	orderIds: number;
	/** Rows of the customers (attributes) file, 0 without one. */
	attributeRows: number;
}

/** What the caller says about a dataset when saving it. */
export interface DatasetDescription {
	name: string;
	sourceFileName: string;
	sourceSize: number;
	/** `File.lastModified` (ms since 1970) when known. */
	sourceLastModified?: number | null;
	/** The column mapping used for the import (plain JSON). */
	mapping: unknown;
	/** The import report: rows read, rejected by reason, … (plain JSON). */
	report: unknown;
	/** The customers file's import report, when there was one (plain JSON). */
	attributesReport?: unknown;
	/** Per-dataset analysis settings (plain JSON); `{}` when absent. */
	settings?: unknown;
	/** ISO timestamp; storage sets the time of saving when absent. */
	createdAt?: string;
}

/** A dataset's record in the `datasets` store. */
export interface DatasetRecord {
	id: string;
	name: string;
	sourceFileName: string;
	sourceSize: number;
	sourceLastModified: number | null;
	mapping: unknown;
	report: unknown;
	attributesReport: unknown;
	settings: unknown;
	counts: DatasetCounts;
	createdAt: string;
	/** Bytes of all this dataset's chunks. */
	bytesStored: number;
	/** False until the final transaction of the save: only ready datasets are listed or loaded. */
	ready: boolean;
	/**
	 * When the dataset was deleted with an undo still possible (ISO timestamp): hidden from lists
	 * and loads, restored by `restoreDataset`, removed for good by `deleteDataset` or by
	 * `removeOrphans` once `TRASH_GRACE_MS` have passed. Absent (or null) for a live dataset.
	 */
	deletedAt?: string | null;
	/** Where the orders, attribute and tickets (`tickets.*`, optional) columns live in `chunks`. */
	columns: StoredColumn[];
	/** `null` when the dataset has no customers file. */
	attributeColumns: StoredAttributeColumn[] | null;
}

export type ChunkKey = [datasetId: string, columnKey: string, index: number];

/** A remembered mapping, for files whose header is the same. */
export interface MappingRecord {
	headerKey: string;
	mapping: unknown;
	savedAt: string;
}

/** An analysis method saved under a name (the settings without this browser's persona stories). */
export interface MethodRecord {
	name: string;
	/** Plain JSON: the sections of a method link. */
	settings: unknown;
	savedAt: string;
}

export interface SieveDb extends DBSchema {
	datasets: { key: string; value: DatasetRecord };
	chunks: { key: ChunkKey; value: ChunkValue };
	mappings: { key: string; value: MappingRecord };
	methods: { key: string; value: MethodRecord };
}
