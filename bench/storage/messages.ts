/** Messages between the storage benchmark page and its worker, and the figures they carry. */

export type StorageRequest = { type: 'import'; file: File } | { type: 'reopen'; id: string };

export interface ImportFigures {
	id: string;
	lines: number;
	customers: number;
	orders: number;
	/** Sniff + parse into columns, in the worker. */
	parseSeconds: number;
	/** `saveDataset`: encode, write every chunk, mark ready. */
	saveSeconds: number;
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
