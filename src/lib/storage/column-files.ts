/**
 * Typed columns kept as files of the origin private file system (OPFS): one directory per dataset
 * (`datasets/<id>/`), one file per typed column named by its key (`orders.amount`), holding its
 * stored bytes in order. Chunk `index` of a column lies at `index × CHUNK_BYTES`, so chunks can be
 * written in any order, as a save in stages issues them.
 *
 * Why files: putting a 10M-line import's 282 MB of typed chunks into IndexedDB cost all of
 * Chromium ~5.5 CPU-s (the clone, the IPC to the browser, Snappy, LevelDB), a quarter of the
 * import; written through a `FileSystemSyncAccessHandle` from the worker they cost about a tenth of
 * that (`bench/README.md`, session 37). The price is disk: files are not compressed.
 *
 * Sync access handles exist only in dedicated workers: elsewhere (the page's main thread, Node,
 * a browser without OPFS) `openColumnFiles` answers null and a save keeps every chunk in
 * IndexedDB as before. Reading (through a read-only sync access handle in a worker, else
 * `File.arrayBuffer()`) and removing work on any thread that has OPFS.
 * The dataset's record in IndexedDB stays the one source of truth: a column is read from a file
 * only when the ready record says so (`StoredColumn.file`), and a directory whose record is not
 * ready is an orphan (`removeColumnFiles`, `removeOrphanFiles`).
 */

const DATASETS_DIRECTORY = 'datasets';

function storageRoot(): Promise<FileSystemDirectoryHandle> | null {
	if (typeof navigator === 'undefined' || typeof navigator.storage?.getDirectory !== 'function') {
		return null;
	}
	return navigator.storage.getDirectory();
}

/** True where a save can write files: OPFS with sync access handles (a dedicated worker). */
function canWriteFiles(): boolean {
	return (
		typeof navigator !== 'undefined' &&
		typeof navigator.storage?.getDirectory === 'function' &&
		typeof FileSystemFileHandle !== 'undefined' &&
		typeof FileSystemFileHandle.prototype.createSyncAccessHandle === 'function'
	);
}

/** The directory of all datasets' files, or null without OPFS (or when the browser refuses it). */
async function datasetsDirectory(create: boolean): Promise<FileSystemDirectoryHandle | null> {
	try {
		const root = await storageRoot();
		if (!root) return null;
		return await root.getDirectoryHandle(DATASETS_DIRECTORY, { create });
	} catch {
		// NotFoundError without `create`; SecurityError where OPFS is disabled.
		return null;
	}
}

/** One save's column files, open for writing until `close`. */
export class ColumnFiles {
	readonly #directory: FileSystemDirectoryHandle;
	readonly #handles = new Map<string, FileSystemSyncAccessHandle>();

	constructor(directory: FileSystemDirectoryHandle) {
		this.#directory = directory;
	}

	/** True once `open` has opened the file of `key`. */
	has(key: string): boolean {
		return this.#handles.has(key);
	}

	/** Creates (or reopens) the files of `keys` and opens each for writing. */
	async open(keys: Iterable<string>): Promise<void> {
		for (const key of keys) {
			if (this.#handles.has(key)) continue;
			const file = await this.#directory.getFileHandle(key, { create: true });
			const handle = await file.createSyncAccessHandle();
			if (this.#handles.has(key)) handle.close();
			else this.#handles.set(key, handle);
		}
	}

	#handle(key: string): FileSystemSyncAccessHandle {
		const handle = this.#handles.get(key);
		if (!handle) throw new Error(`The file of column “${key}” is not open.`);
		return handle;
	}

	/**
	 * Writes chunk `index` of column `key` at `index × chunkBytes`. Throws what the browser throws
	 * (`QuotaExceededError` for a full disk) and when fewer bytes were written.
	 */
	write(key: string, index: number, chunkBytes: number, bytes: ArrayBuffer): void {
		const written = this.#handle(key).write(bytes, { at: index * chunkBytes });
		if (written !== bytes.byteLength) {
			throw new Error(
				`Only ${written} of ${bytes.byteLength} bytes of column “${key}” were written.`
			);
		}
	}

	/** Cuts the file of `key` to `size` bytes (0: a column rewritten from its start). */
	truncate(key: string, size: number): void {
		this.#handle(key).truncate(size);
	}

	/** The file's size in bytes. */
	size(key: string): number {
		return this.#handle(key).getSize();
	}

	/** Flushes and closes every file; safe to call twice. Throws the first failure to flush. */
	close(): void {
		let failure: { error: unknown } | null = null;
		for (const handle of this.#handles.values()) {
			try {
				handle.flush();
			} catch (error) {
				failure ??= { error };
			}
			try {
				handle.close();
			} catch {
				// Already closed.
			}
		}
		this.#handles.clear();
		if (failure) throw failure.error;
	}
}

/**
 * The column files of a new save of dataset `id` (its directory created), or null where files
 * cannot be written here: the save then keeps its typed chunks in IndexedDB.
 */
export async function openColumnFiles(id: string): Promise<ColumnFiles | null> {
	if (!canWriteFiles()) return null;
	const datasets = await datasetsDirectory(true);
	if (!datasets) return null;
	return new ColumnFiles(await datasets.getDirectoryHandle(id, { create: true }));
}

/** The bytes of column `key` of dataset `id`, as one buffer. */
export async function readColumnFile(id: string, key: string): Promise<ArrayBuffer> {
	const datasets = await datasetsDirectory(false);
	if (!datasets) throw missingFile(key);
	try {
		const directory = await datasets.getDirectoryHandle(id);
		return await readWhole(await directory.getFileHandle(key));
	} catch (error) {
		if ((error as { name?: unknown }).name === 'NotFoundError') throw missingFile(key);
		throw error;
	}
}

/** `createSyncAccessHandle` with the options of Chromium 121+ (readers that share the file). */
interface SharedReadOpener {
	createSyncAccessHandle(options: { mode: 'read-only' }): Promise<FileSystemSyncAccessHandle>;
}

/**
 * A file's bytes. In a worker, read straight into one new buffer through a read-only sync access
 * handle (several tabs may read a file at once); where there is none, or it cannot be had, through
 * `File.arrayBuffer()`.
 */
async function readWhole(handle: FileSystemFileHandle): Promise<ArrayBuffer> {
	if (canWriteFiles()) {
		try {
			const access = await (handle as unknown as SharedReadOpener).createSyncAccessHandle({
				mode: 'read-only'
			});
			try {
				const buffer = new ArrayBuffer(access.getSize());
				if (access.read(new Uint8Array(buffer), { at: 0 }) === buffer.byteLength) return buffer;
			} finally {
				access.close();
			}
		} catch {
			// No shared reads here and a save holds the file, or no sync access at all.
		}
	}
	return (await handle.getFile()).arrayBuffer();
}

function missingFile(key: string): Error {
	return new Error(
		`The saved column “${key}” is missing from this browser's files; delete the dataset and import it again.`
	);
}

/** Removes dataset `id`'s directory; nothing happens when there is none (or no OPFS). */
export async function removeColumnFiles(id: string): Promise<void> {
	const datasets = await datasetsDirectory(false);
	if (!datasets) return;
	try {
		await datasets.removeEntry(id, { recursive: true });
	} catch (error) {
		if ((error as { name?: unknown }).name !== 'NotFoundError') throw error;
	}
}

/**
 * Removes every dataset directory whose id `keep` does not hold, and returns their ids. A directory
 * still open for writing (another tab's save, where Web Locks do not keep the two apart) cannot be
 * removed and is left for a later start.
 */
export async function removeOrphanFiles(keep: (id: string) => boolean): Promise<string[]> {
	const datasets = await datasetsDirectory(false);
	if (!datasets) return [];
	const orphans: string[] = [];
	for await (const id of datasets.keys()) if (!keep(id)) orphans.push(id);
	const removed: string[] = [];
	for (const id of orphans) {
		try {
			await datasets.removeEntry(id, { recursive: true });
			removed.push(id);
		} catch {
			// NoModificationAllowedError: a file of it is open; a later start removes it.
		}
	}
	return removed;
}
