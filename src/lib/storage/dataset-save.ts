/**
 * Writing a dataset: `startDatasetSave` returns a writer that can store a typed column's chunks
 * while the column is still growing (an import in progress), and `finish` writes the rest and
 * marks the dataset ready. `saveDataset` (in `datasets.ts`) is start + finish, so a whole save and
 * a save in stages are one code path and store the same records.
 *
 * Chunks go out in transactions of at most `TRANSACTION_BYTES`, and up to
 * `TRANSACTIONS_IN_FLIGHT` of them at once: the next batch's values are cloned into its
 * transaction while the previous one commits (IndexedDB runs transactions over the same store one
 * after the other, in the order they were created, so none overtakes another).
 */
import { dictionarySize } from '../engine/tables/orders-table';
import type { AttributesTable, OrdersTable } from '../engine/tables/orders-table';
import type { TicketsTable } from '../engine/tables/tickets-table';
import { openColumnFiles, type ColumnFiles } from './column-files';
import { openSieveDb } from './open-sieve-db';
import { estimateStorage, isQuotaError, StorageFullError } from './quota';
import { CHUNK_BYTES } from './schema';
import type { ChunkKey, ChunkValue, DatasetDescription, DatasetRecord } from './schema';
import {
	BYTES_PER_ENTRY,
	encodeTables,
	isArrayOfKind,
	keeps,
	narrowestKind,
	typedChunk,
	type EncodedColumn,
	type HeldKind,
	type TypedColumnArray,
	type TypedKind
} from './table-columns';
import {
	abortError,
	chunkRange,
	columnChunkRange,
	commit,
	newDatasetId,
	removeDataset,
	withSaveLock,
	type Db
} from './transactions';

/** Bytes of chunks per transaction: small enough to report progress, large enough to be fast. */
export const TRANSACTION_BYTES = 32 * 1024 * 1024;
/**
 * A staged column is stored in the narrowest kind that keeps its first prefix with this factor to
 * spare (codes of a dictionary that is still growing: 120 categories in the first pieces may be
 * 300 by the end). A later prefix that does not fit stops its staging; `finish` rewrites it.
 */
export const STAGED_HEADROOM = 2;

/**
 * The headroom for the first staged prefix of a dictionary's codes, numbered in order of first
 * appearance (so the largest code so far is the count of values seen, less one): the codes expected
 * by the time `codes` is full (its length is the rows expected), at the pace new values came in the
 * prefix's second half, over those seen — and at least `STAGED_HEADROOM`. A dictionary that is
 * filling up (customers who come back) keeps a narrow kind; one still growing (a shop's products,
 * new ones all year) gets the kind its end needs at once, not a staging spoiled halfway whose
 * column `finish` would write whole after the last piece.
 */
export function codesHeadroom(codes: TypedColumnArray, length: number): number {
	const half = length >> 1;
	let early = -1;
	let late = -1;
	for (let i = 0; i < half; i++) if (codes[i] > early) early = codes[i];
	for (let i = half; i < length; i++) if (codes[i] > late) late = codes[i];
	const seen = Math.max(early, late);
	if (seen <= 0 || length - half === 0) return STAGED_HEADROOM;
	const pace = Math.max(0, late - early) / (length - half);
	const expected = seen + pace * (codes.length - length);
	return Math.max(STAGED_HEADROOM, expected / seen);
}

/**
 * Chunk transactions issued and not yet committed, at most: one committing while the next is
 * filled. Bytes held by the browser for a save stay under this × `TRANSACTION_BYTES`.
 */
export const TRANSACTIONS_IN_FLIGHT = 2;

export interface NewDataset {
	/** Chosen by the caller when it already needs the id; a random one otherwise. */
	id?: string;
	meta: DatasetDescription;
	orders: OrdersTable;
	attributes?: AttributesTable | null;
	/** The tickets file's table, stored with the dataset in the same save (same ready flag). */
	tickets?: TicketsTable | null;
}

export interface SaveProgress {
	/** Bytes of the chunk transactions committed so far (staged ones included). */
	bytesWritten: number;
	bytesTotal: number;
}

export interface SaveOptions {
	/**
	 * Called after each committed chunk transaction once the total is known (from `finish` on),
	 * and once when `finish` starts if staged chunks were already written.
	 */
	onProgress?: (progress: SaveProgress) => void;
	/** Aborting stops the save (no further transaction is issued) and removes what it wrote. */
	signal?: AbortSignal;
}

/** A save under way; see `startDatasetSave`. */
export interface DatasetSave {
	/** The dataset's id (the one given to `startDatasetSave`, or a new random one). */
	readonly id: string;
	/** Bytes of chunks committed so far. */
	readonly bytesWritten: number;
	/**
	 * Gives the writer the final prefix [0, length) of typed column `key` (e.g. `orders.amount`;
	 * the keys `encodeTables` uses). Every `CHUNK_BYTES` chunk lying wholly inside the prefix and
	 * not written yet is queued; its bytes are copied when its transaction is issued (soon, or once
	 * a transaction in flight commits), from the latest array given for the key. The array may be
	 * a bigger copy next time; entries [0, length) must never change afterwards. Returns at once;
	 * chunks are written in the order they were given. The column is stored in the narrowest kind
	 * that keeps the first prefix holding a whole chunk of `kind` with `STAGED_HEADROOM` to spare
	 * (`codes`: a dictionary's codes, numbered in order of first appearance, with room for the codes
	 * expected by the time the array is full: `codesHeadroom`); once a later prefix does not fit, no
	 * more of it is staged and `finish` rewrites it. Throws
	 * when `array` is not `kind`'s typed array or `length` is out of range, or once `finish` was
	 * called. After a failure (or abort) it does nothing: `finish` reports the failure.
	 */
	writeTypedPrefix(
		key: string,
		kind: HeldKind,
		array: TypedColumnArray,
		length: number,
		options?: { codes?: boolean }
	): void;
	/**
	 * Writes every chunk not yet written and the record, exactly as a whole save would, marks the
	 * dataset ready and returns its id. A staged column the final tables lack, store as another
	 * kind or hold fewer bytes of is rewritten. On any failure removes what the save wrote and
	 * throws (`StorageFullError` for a full disk).
	 */
	finish(dataset: NewDataset): Promise<string>;
	/** Stops the save and removes everything it wrote; does nothing once `finish` has succeeded. */
	abort(): Promise<void>;
}

/** One column's chunks waiting to be written, in index order. */
interface ChunkSource {
	key: string;
	/** A typed column's (raw bytes, a file where the save has files); else a dictionary's strings. */
	typed: boolean;
	/** The next chunk to issue. */
	next: number;
	/** Chunks [next, end) are ready to be issued. */
	end: number;
	bytesOf(index: number): number;
	/** Chunk `index`, made as it is put: into `scratch` when it fits (`EncodedColumn.chunk`). */
	valueOf(index: number, scratch: Uint8Array): ChunkValue;
	/** Called when every ready chunk was issued (a staged column then lets its array go). */
	drained?(): void;
}

/** A typed column given in stages. */
interface StagedColumn extends ChunkSource {
	/** The kind it is held as (its arrays'). */
	held: HeldKind;
	/** The kind it is stored as: `held`, or narrower. */
	kind: TypedKind;
	/** Entries [0, checked) are known to fit `kind`. */
	checked: number;
	/** Set when a prefix did not fit `kind`: nothing more is staged, `finish` rewrites it. */
	spoiled: boolean;
	/** The latest array given, kept only while some of its complete chunks are not issued. */
	array: TypedColumnArray | null;
	/** Bytes of the chunks issued so far. */
	issuedBytes: number;
}

interface Deferred {
	promise: Promise<void>;
	resolve: () => void;
	reject: (error: unknown) => void;
}

function deferred(): Deferred {
	let resolve!: () => void;
	let reject!: (error: unknown) => void;
	const promise = new Promise<void>((yes, no) => {
		resolve = yes;
		reject = no;
	});
	return { promise, resolve, reject };
}

/** The record of a dataset being saved, until `finish` writes the real one: never listed. */
function pendingRecord(id: string): DatasetRecord {
	return {
		id,
		name: '',
		sourceFileName: '',
		sourceSize: 0,
		sourceLastModified: null,
		mapping: null,
		report: null,
		attributesReport: null,
		settings: {},
		counts: { lines: 0, customerIds: 0, orderIds: 0, attributeRows: 0 },
		createdAt: new Date().toISOString(),
		bytesStored: 0,
		ready: false,
		columns: [],
		attributeColumns: null
	};
}

/** The record `finish` marks ready, and the count of chunk records it checks before. */
function finalRecord(
	id: string,
	dataset: NewDataset,
	encoded: ReturnType<typeof encodeTables>,
	files: boolean
): { record: DatasetRecord; chunksTotal: number } {
	const { meta, orders } = dataset;
	const attributes = dataset.attributes ?? null;
	const columns = encoded.columns.map(({ layout }) =>
		files && layout.kind !== 'strings' && layout.chunks > 0
			? { ...layout, file: true as const }
			: layout
	);
	const bytesTotal = columns.reduce((sum, column) => sum + column.bytes, 0);
	// The chunks the `chunks` store must hold: those of the columns not kept as files.
	const chunksTotal = columns.reduce((sum, column) => sum + (column.file ? 0 : column.chunks), 0);
	const record: DatasetRecord = {
		id,
		name: meta.name,
		sourceFileName: meta.sourceFileName,
		sourceSize: meta.sourceSize,
		sourceLastModified: meta.sourceLastModified ?? null,
		mapping: meta.mapping,
		report: meta.report,
		attributesReport: meta.attributesReport ?? null,
		settings: meta.settings ?? {},
		counts: {
			lines: orders.rowCount,
			customerIds: dictionarySize(orders.customer),
			orderIds: dictionarySize(orders.order),
			attributeRows: attributes?.customerIds.length ?? 0
		},
		createdAt: meta.createdAt ?? new Date().toISOString(),
		bytesStored: bytesTotal,
		ready: true,
		columns,
		attributeColumns: encoded.attributeColumns
	};
	return { record, chunksTotal };
}

/**
 * The final transaction of a save: checks that the pending record and every chunk are there
 * (another tab's `removeOrphans` or "delete all" may have run meanwhile) and replaces the pending
 * record by the ready one.
 */
async function markReady(db: Db, record: DatasetRecord, chunksExpected: number): Promise<void> {
	const tx = db.transaction(['datasets', 'chunks'], 'readwrite');
	const datasets = tx.objectStore('datasets');
	const [pending, chunks] = await Promise.all([
		datasets.get(record.id),
		tx.objectStore('chunks').count(chunkRange(record.id))
	]);
	if (!pending || pending.ready || chunks !== chunksExpected) {
		tx.abort();
		await tx.done.catch(() => {});
		throw new Error('The dataset was deleted by another Sieve tab while it was being saved.');
	}
	await commit(tx, () => [datasets.put(record)]);
}

/**
 * Starts saving a dataset: takes the save lock (shared), writes a pending record (`add`, so an
 * existing id is never overwritten) and returns at once a writer for its chunks. Typed columns
 * can be given while they grow (`writeTypedPrefix`); `finish` writes the rest and marks the
 * dataset ready. Every started save must end with `finish` or `abort`: until then it holds the
 * save lock, which `removeOrphans` waits for.
 */
export function startDatasetSave(id?: string, options: SaveOptions = {}): DatasetSave {
	return new DatasetWriter(id ?? newDatasetId(), options);
}

class DatasetWriter implements DatasetSave {
	readonly id: string;
	#bytesWritten = 0;
	readonly #signal: AbortSignal | undefined;
	readonly #onProgress: ((progress: SaveProgress) => void) | undefined;
	/** Set once the pending record is written (inside the save lock). */
	#db: Db | null = null;
	/** Where typed chunks go when the save can write files (a worker with OPFS); else IndexedDB. */
	#files: ColumnFiles | null = null;
	/** Opening the files of newly queued columns: nothing is issued meanwhile. */
	#openingFiles: Promise<void> | null = null;
	/** Settles when the pending record is written (or could not be). */
	readonly #begun: Promise<Db>;
	#recordAdded = false;
	/** Resolved when the save ends, whichever way: releases the save lock. */
	readonly #ended = deferred();
	#finishing = false;
	#succeeded = false;
	#failure: { error: unknown } | null = null;
	#cleanup: Promise<void> | null = null;
	#bytesTotal: number | null = null;

	readonly #staged = new Map<string, StagedColumn>();
	/** The buffer full typed chunks are copied into as they are put (`#issue`). */
	#scratch: Uint8Array | null = null;
	/** Columns with chunks ready to be issued, in the order they became ready. */
	#queue: ChunkSource[] = [];
	#queuedBytes = 0;
	#pumpScheduled = false;
	readonly #inFlight = new Set<Promise<void>>();
	/** Waiting for the queue to empty and every transaction to commit (`finish`). */
	#drained: Deferred | null = null;
	readonly #onAbort = () => void this.#fail(abortError(this.#signal!));

	constructor(id: string, options: SaveOptions) {
		this.id = id;
		this.#signal = options.signal;
		this.#onProgress = options.onProgress;
		this.#signal?.addEventListener('abort', this.#onAbort, { once: true });
		this.#begun = this.#begin();
		this.#begun.then(
			(db) => {
				this.#db = db;
				this.#pump();
			},
			(error: unknown) => void this.#fail(error)
		);
	}

	get bytesWritten(): number {
		return this.#bytesWritten;
	}

	async #begin(): Promise<Db> {
		const db = await openSieveDb();
		return new Promise<Db>((resolve, reject) => {
			withSaveLock('shared', async () => {
				try {
					if (this.#failure) throw this.#failure.error;
					if (this.#signal?.aborted) throw abortError(this.#signal);
					const tx = db.transaction('datasets', 'readwrite');
					await commit(tx, () => [tx.store.add(pendingRecord(this.id))]);
					this.#recordAdded = true;
					// After the pending record: a directory without a ready record is an orphan.
					this.#files = await openColumnFiles(this.id);
					resolve(db);
				} catch (error) {
					reject(error);
					return;
				}
				await this.#ended.promise;
			}).catch(reject);
		});
	}

	writeTypedPrefix(
		key: string,
		kind: HeldKind,
		array: TypedColumnArray,
		length: number,
		{ codes = false }: { codes?: boolean } = {}
	): void {
		if (this.#finishing) throw new Error('The save is finishing: no more columns can be staged.');
		if (!isArrayOfKind(kind, array)) {
			throw new TypeError(`The column “${key}” is stored as ${kind}, not from this array.`);
		}
		if (!Number.isInteger(length) || length < 0 || length > array.length) {
			throw new RangeError(`The prefix of “${key}” (${length}) is not within its array.`);
		}
		if (this.#failure) return;
		let column = this.#staged.get(key);
		if (!column) {
			// No chunk of any kind is whole before one of the held kind would be: the kind is
			// chosen then, on a prefix of a million entries or more.
			if (length * BYTES_PER_ENTRY[kind] < CHUNK_BYTES) return;
			const staged: StagedColumn = {
				key,
				held: kind,
				kind: narrowestKind(
					kind,
					array,
					0,
					length,
					codes ? codesHeadroom(array, length) : STAGED_HEADROOM
				),
				checked: length,
				spoiled: false,
				array: null,
				issuedBytes: 0,
				typed: true,
				next: 0,
				end: 0,
				bytesOf: () => CHUNK_BYTES,
				valueOf: (index, scratch) => {
					staged.issuedBytes += CHUNK_BYTES;
					return typedChunk(staged.array!, index, scratch, staged.kind);
				},
				drained: () => {
					staged.array = null;
				}
			};
			column = staged;
			this.#staged.set(key, column);
		} else if (column.held !== kind) {
			throw new TypeError(`The column “${key}” was staged as ${column.held}, not ${kind}.`);
		}
		if (column.spoiled) return;
		if (length > column.checked) {
			if (!keeps(column.kind, narrowestKind(kind, array, column.checked, length))) {
				this.#spoil(column);
				return;
			}
			column.checked = length;
		}
		const complete = Math.floor((length * BYTES_PER_ENTRY[column.kind]) / CHUNK_BYTES);
		if (complete > column.end) {
			if (column.next === column.end) this.#queue.push(column);
			this.#queuedBytes += (complete - column.end) * CHUNK_BYTES;
			column.end = complete;
			this.#schedulePump();
		}
		// Chunks still to copy come from the newest array: an older copy can be freed.
		if (column.next < column.end) column.array = array;
	}

	/** A staged column whose values outgrew its kind: nothing more of it is queued or staged. */
	#spoil(column: StagedColumn): void {
		column.spoiled = true;
		if (column.next < column.end) {
			this.#queuedBytes -= (column.end - column.next) * CHUNK_BYTES;
			this.#queue = this.#queue.filter((source) => source !== column);
			column.end = column.next;
		}
		column.array = null;
	}

	/**
	 * Pumps in a task of its own: calls made together share a transaction, and the caller's thread
	 * handles its other work between batches (issuing one costs it tens of milliseconds).
	 */
	#schedulePump(): void {
		if (this.#pumpScheduled) return;
		this.#pumpScheduled = true;
		setTimeout(() => {
			this.#pumpScheduled = false;
			this.#pump();
		}, 0);
	}

	/**
	 * Issues one transaction when fewer than `TRANSACTIONS_IN_FLIGHT` are in flight, and schedules
	 * the next. A batch is issued full (`TRANSACTION_BYTES`), or partial when nothing is in flight
	 * (the disk would idle) or the save is finishing (nothing more will come).
	 */
	#pump(): void {
		const db = this.#db;
		if (!db || this.#failure || this.#openingFiles || this.#openFiles()) return;
		const room = () =>
			this.#queuedBytes > 0 &&
			this.#inFlight.size < TRANSACTIONS_IN_FLIGHT &&
			(this.#finishing || this.#inFlight.size === 0 || this.#queuedBytes >= TRANSACTION_BYTES);
		if (room()) {
			if (this.#signal?.aborted) {
				void this.#fail(abortError(this.#signal));
				return;
			}
			this.#issue(db);
			if (this.#failure) return;
			if (room()) this.#schedulePump();
		}
		if (this.#queuedBytes === 0 && this.#inFlight.size === 0) this.#drained?.resolve();
	}

	/**
	 * Starts opening the files of queued typed columns that have none open yet, and returns true
	 * while it does (the pump runs again once they are open).
	 */
	#openFiles(): boolean {
		const files = this.#files;
		if (!files) return false;
		const keys = this.#queue
			.filter((source) => source.typed && !files.has(source.key))
			.map((source) => source.key);
		if (keys.length === 0) return false;
		this.#openingFiles = files.open(keys).then(
			() => {
				this.#openingFiles = null;
				this.#pump();
			},
			(error: unknown) => {
				this.#openingFiles = null;
				void this.#fail(error);
			}
		);
		return true;
	}

	/**
	 * Takes up to `TRANSACTION_BYTES` of chunks off the queue and writes them: typed chunks into
	 * their files at once where the save has files, the rest in one IndexedDB transaction.
	 */
	#issue(db: Db): void {
		const batch: { key: ChunkKey; source: ChunkSource; index: number }[] = [];
		/** Sources whose ready chunks are all in this batch: told once the batch is put. */
		const drained: ChunkSource[] = [];
		let batchBytes = 0;
		while (this.#queue.length > 0) {
			const source = this.#queue[0];
			while (source.next < source.end) {
				const bytes = source.bytesOf(source.next);
				if (batch.length > 0 && batchBytes + bytes > TRANSACTION_BYTES) break;
				batch.push({ key: [this.id, source.key, source.next], source, index: source.next });
				batchBytes += bytes;
				source.next++;
			}
			if (source.next < source.end) break;
			this.#queue.shift();
			drained.push(source);
		}
		if (batch.length === 0) {
			for (const source of drained) source.drained?.();
			// Nothing left to take: the byte count was off; never spin on it.
			this.#queuedBytes = 0;
			return;
		}
		this.#queuedBytes -= batchBytes;
		const files = this.#files;
		const puts = files ? batch.filter(({ source }) => !source.typed) : batch;
		let done: Promise<void> | null = null;
		try {
			// Each chunk is made as it is written, and a file's `write` or `put` copies its value
			// at once: one scratch buffer serves every full typed chunk (a new buffer per chunk,
			// touched once, cost as much as the copy on this project's machine), and no batch
			// holds its chunks twice.
			this.#scratch ??= new Uint8Array(CHUNK_BYTES);
			const scratch = this.#scratch;
			if (files) {
				for (const { source, index } of batch) {
					if (!source.typed) continue;
					files.write(
						source.key,
						index,
						CHUNK_BYTES,
						source.valueOf(index, scratch) as ArrayBuffer
					);
				}
			}
			if (puts.length > 0) {
				const tx = db.transaction('chunks', 'readwrite');
				done = commit(tx, () =>
					puts.map(({ key, source, index }) => tx.store.put(source.valueOf(index, scratch), key))
				);
			}
		} catch (error) {
			void this.#fail(error);
			return;
		} finally {
			for (const source of drained) source.drained?.();
		}
		if (!done) {
			// Files only: written already; the pump goes on in a task of its own (`#pump`).
			this.#bytesWritten += batchBytes;
			this.#report();
			return;
		}
		const settled = done.then(
			() => {
				this.#inFlight.delete(settled);
				if (this.#failure) return;
				this.#bytesWritten += batchBytes;
				this.#report();
				this.#pump();
			},
			(error: unknown) => {
				this.#inFlight.delete(settled);
				void this.#fail(error);
			}
		);
		this.#inFlight.add(settled);
	}

	#throwIfFailed(): void {
		if (this.#failure) throw this.#failure.error;
	}

	#report(): void {
		if (this.#bytesTotal === null) return;
		this.#onProgress?.({ bytesWritten: this.#bytesWritten, bytesTotal: this.#bytesTotal });
	}

	/** Waits for every transaction in flight to settle. */
	async #settle(): Promise<void> {
		while (this.#inFlight.size > 0) await Promise.allSettled([...this.#inFlight]);
	}

	/**
	 * Ends the save with `error` (the first failure wins): issues nothing more, waits for the
	 * transactions in flight, removes the record and chunks, and releases the save lock.
	 */
	#fail(error: unknown): Promise<void> {
		if (this.#cleanup) return this.#cleanup;
		if (this.#succeeded) return Promise.resolve();
		this.#failure = { error };
		this.#queue = [];
		this.#queuedBytes = 0;
		for (const column of this.#staged.values()) column.array = null;
		this.#drained?.reject(error);
		this.#cleanup = (async () => {
			await this.#begun.catch(() => {});
			await this.#openingFiles;
			try {
				this.#files?.close();
			} catch {
				// The files are removed below all the same.
			}
			await this.#settle();
			if (this.#recordAdded && this.#db) await removeDataset(this.#db, this.id).catch(() => {});
			this.#end();
		})();
		return this.#cleanup;
	}

	#end(): void {
		this.#signal?.removeEventListener('abort', this.#onAbort);
		this.#staged.clear();
		this.#ended.resolve();
	}

	/**
	 * Staged columns the final tables store differently (absent, another kind, fewer bytes than
	 * were staged): their chunks are deleted, and rewritten whole from the final tables.
	 */
	async #dropMismatched(db: Db, columns: Map<string, EncodedColumn>): Promise<void> {
		const mismatched = [...this.#staged.values()].filter((staged) => {
			const layout = columns.get(staged.key)?.layout;
			return (
				staged.next > 0 &&
				(!layout ||
					layout.kind !== staged.kind ||
					(layout.readAs ?? layout.kind) !== staged.held ||
					staged.next * CHUNK_BYTES > layout.bytes)
			);
		});
		if (mismatched.length === 0) return;
		await this.#settle();
		this.#throwIfFailed();
		const files = this.#files;
		if (files) {
			for (const staged of mismatched) files.truncate(staged.key, 0);
		} else {
			const tx = db.transaction('chunks', 'readwrite');
			await commit(tx, () =>
				mismatched.map((staged) => tx.store.delete(columnChunkRange(this.id, staged.key)))
			);
		}
		for (const staged of mismatched) {
			this.#bytesWritten -= staged.issuedBytes;
			this.#staged.delete(staged.key);
		}
	}

	async finish(dataset: NewDataset): Promise<string> {
		if (this.#finishing) throw new Error('This save was already finished.');
		this.#finishing = true;
		// Chunks not issued yet come from the final tables: staged arrays are let go at once.
		this.#queue = [];
		this.#queuedBytes = 0;
		for (const staged of this.#staged.values()) staged.array = null;
		let bytesTotal = 0;
		try {
			if (dataset.id !== undefined && dataset.id !== this.id) {
				throw new Error(`The save was started for “${this.id}”, not “${dataset.id}”.`);
			}
			// Staged columns keep the kind their chunks were written in where the final ones fit it.
			const keep = new Map<string, { kind: TypedKind; checked: number }>();
			for (const staged of this.#staged.values())
				if (staged.next > 0 && !staged.spoiled)
					keep.set(staged.key, { kind: staged.kind, checked: staged.checked });
			const encoded = encodeTables(
				dataset.orders,
				dataset.attributes ?? null,
				dataset.tickets ?? null,
				{ narrow: true, keep }
			);
			bytesTotal = encoded.columns.reduce((sum, column) => sum + column.layout.bytes, 0);
			const db = await this.#begun;
			this.#throwIfFailed();
			const { record, chunksTotal } = finalRecord(this.id, dataset, encoded, !!this.#files);
			await this.#dropMismatched(db, new Map(encoded.columns.map((c) => [c.layout.key, c])));

			// Staged chunks are kept; every other chunk comes from the final tables.
			for (const column of encoded.columns) {
				const { key, chunks } = column.layout;
				const next = this.#staged.get(key)?.next ?? 0;
				if (next >= chunks) continue;
				this.#queue.push({
					key,
					typed: column.layout.kind !== 'strings',
					next,
					end: chunks,
					bytesOf: (index) => column.chunkBytes[index],
					valueOf: (index, scratch) => column.chunk(index, scratch)
				});
				for (let index = next; index < chunks; index++)
					this.#queuedBytes += column.chunkBytes[index];
			}
			this.#bytesTotal = bytesTotal;
			if (this.#bytesWritten > 0) this.#report();
			this.#drained = deferred();
			this.#pump();
			await this.#drained.promise;
			this.#drained = null;

			if (this.#signal?.aborted) throw abortError(this.#signal);
			this.#closeFiles(record);
			await markReady(db, record, chunksTotal);
			// An abort that came during the final transaction removes the dataset all the same.
			this.#throwIfFailed();
			this.#succeeded = true;
			this.#end();
			return this.id;
		} catch (error) {
			await this.#fail(error);
			const cause = this.#failure!.error;
			if (isQuotaError(cause)) {
				throw new StorageFullError(dataset.meta.name, bytesTotal, await estimateStorage());
			}
			throw cause;
		}
	}

	/**
	 * Checks that each column kept as a file holds its bytes, no more and no fewer, then flushes
	 * and closes the files: what the ready record will point to is on disk.
	 */
	#closeFiles(record: DatasetRecord): void {
		const files = this.#files;
		if (!files) return;
		for (const column of record.columns) {
			if (!column.file) continue;
			const size = files.has(column.key) ? files.size(column.key) : 0;
			if (size !== column.bytes) {
				throw new Error(
					`The file of column “${column.key}” holds ${size} bytes instead of ${column.bytes}.`
				);
			}
		}
		files.close();
	}

	async abort(): Promise<void> {
		if (this.#succeeded) return;
		await this.#fail(new DOMException('The save was cancelled.', 'AbortError'));
	}
}
