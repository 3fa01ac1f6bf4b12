/** Messages between the storage benchmark page and its worker, and the figures they carry. */

export type StorageRequest =
	{ type: 'import'; file: File; saves: number } | { type: 'reopen'; id: string };

export interface ImportFigures {
	id: string;
	lines: number;
	customers: number;
	orders: number;
	/** Sniff + parse into columns, in the worker. */
	parseSeconds: number;
	/** `saveDataset`: encode, write every chunk, mark ready (the median of `saveRuns`). */
	saveSeconds: number;
	/** Each save of the same table, in order (every save but the first is deleted afterwards). */
	saveRuns: number[];
	/**
	 * A save in stages (`startDatasetSave`): every typed column given whole with
	 * `writeTypedPrefix`, as a parallel import would give it while parsing; seconds until all of
	 * their whole chunks were committed.
	 */
	stagedWriteSeconds: number;
	/** Then `finish`: dictionaries, the columns' last partial chunks, the ready record. */
	stagedFinishSeconds: number;
	/** `loadDataset` right after the save, same worker and connection. */
	warmLoadSeconds: number;
	/** Column bytes written, as storage counts them (`DatasetRecord.bytesStored`). */
	bytesStored: number;
	/** Growth of `navigator.storage.estimate().usage` over the save (what Chromium accounts). */
	usageDelta: number | null;
	checksum: string;
	reloadedChecksum: string;
}

export interface ReopenFigures {
	id: string;
	/** In a fresh page's worker: open the database, then `loadDataset` (read every chunk, rebuild columns). */
	seconds: number;
	/** `openSieveDb()`, the first call in this worker. */
	openSeconds: number;
	/** `loadDataset` on the open connection. */
	loadSeconds: number;
	lines: number;
	checksum: string;
}

export type StorageReply =
	{ ok: true; result: ImportFigures | ReopenFigures } | { ok: false; error: string };
