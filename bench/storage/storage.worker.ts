/**
 * The storage benchmark's worker: Sieve's own ingest, `saveDataset` and `loadDataset`, timed where
 * they run in the app (a dedicated worker). Nothing here re-implements storage.
 */
import type { OrdersTable } from '../../src/lib/engine/tables/orders-table';
import { importOrders, sniffOrders } from '../../src/lib/ingest/index';
import {
	deleteDataset,
	loadDataset,
	openSieveDb,
	saveDataset,
	startDatasetSave
} from '../../src/lib/storage/index';
import type { HeldKind } from '../../src/lib/storage/index';
import { CHUNK_BYTES } from '../../src/lib/storage/schema';
import { BYTES_PER_ENTRY, narrowestKind } from '../../src/lib/storage/table-columns';
import { STAGED_HEADROOM } from '../../src/lib/storage/dataset-save';
import { openFileSource, readHead } from '../../src/lib/ingest/file-source';
import type { ImportFigures, ReopenFigures, StorageRequest } from './messages';

/** Sums that change if any value of the main columns is lost or moved on the way to disk and back. */
function checksum(table: OrdersTable): string {
	let amount = 0;
	let days = 0;
	let codes = 0;
	for (let i = 0; i < table.rowCount; i++) {
		amount += table.amount[i] * ((i % 7) + 1);
		days += table.day[i] % 1000;
		codes += (table.customer.codes[i] ^ table.order.codes[i]) % 1000;
	}
	return `${table.rowCount}:${amount.toFixed(2)}:${days}:${codes}:${table.customer.values.length}:${table.order.values.length}`;
}

type Typed = Int32Array | Float64Array | Uint8Array;

/** The orders table's typed columns under the keys a save stores them by. */
function typedColumns(table: OrdersTable): [string, HeldKind, Typed][] {
	const columns: [string, HeldKind, Typed][] = [
		['orders.customer.codes', 'int32', table.customer.codes],
		['orders.order.codes', 'int32', table.order.codes],
		['orders.day', 'int32', table.day],
		['orders.amount', 'float64', table.amount]
	];
	if (table.quantity) columns.push(['orders.quantity', 'float64', table.quantity]);
	if (table.cost) columns.push(['orders.cost', 'float64', table.cost]);
	if (table.discounted) columns.push(['orders.discounted', 'uint8', table.discounted]);
	for (const [name, column] of [
		['product', table.product],
		['category', table.category],
		['channel', table.channel]
	] as const) {
		if (column) columns.push([`orders.${name}.codes`, 'int32', column.codes]);
	}
	return columns;
}

/**
 * A save in stages: the typed columns given whole, then `finish` timed on its own: what is left of
 * the save once a parallel import that staged its columns while parsing reaches its end.
 */
async function saveInStages(
	table: OrdersTable,
	meta: Parameters<typeof saveDataset>[0]['meta']
): Promise<{ writeSeconds: number; finishSeconds: number }> {
	const started = performance.now();
	const save = startDatasetSave();
	let wholeChunkBytes = 0;
	for (const [key, kind, array] of typedColumns(table)) {
		save.writeTypedPrefix(key, kind, array, array.length);
		// Staged in the kind the save picks for it (narrower where the values allow).
		const stored = narrowestKind(kind, array, 0, array.length, STAGED_HEADROOM);
		const bytes = array.length * BYTES_PER_ENTRY[stored];
		wholeChunkBytes += Math.floor(bytes / CHUNK_BYTES) * CHUNK_BYTES;
	}
	while (save.bytesWritten < wholeChunkBytes) await new Promise((done) => setTimeout(done, 2));
	const written = performance.now();
	await save.finish({ meta, orders: table });
	const finished = performance.now();
	await deleteDataset(save.id);
	return { writeSeconds: (written - started) / 1000, finishSeconds: (finished - written) / 1000 };
}

async function usageBytes(): Promise<number | null> {
	const estimate = await navigator.storage?.estimate?.();
	return estimate?.usage ?? null;
}

async function importAndSave(file: File, saves: number): Promise<ImportFigures> {
	const parseStart = performance.now();
	const sniffSource = await openFileSource(file);
	const { head, isComplete } = await readHead(sniffSource.chunks);
	const { mapping } = sniffOrders(head, isComplete);
	const source = await openFileSource(file);
	const { table, report } = await importOrders(source.chunks, mapping, {
		signal: new AbortController().signal
	});
	const parseSeconds = (performance.now() - parseStart) / 1000;

	const meta = {
		name: file.name,
		sourceFileName: file.name,
		sourceSize: file.size,
		mapping,
		report
	};
	const usageBefore = await usageBytes();
	let saveStart = performance.now();
	const id = await saveDataset({ meta, orders: table });
	const saveRuns = [(performance.now() - saveStart) / 1000];
	const usageAfter = await usageBytes();
	// Further saves of the same table, each deleted after it is timed (the first one is kept).
	for (let run = 1; run < saves; run++) {
		saveStart = performance.now();
		const copy = await saveDataset({ meta, orders: table });
		saveRuns.push((performance.now() - saveStart) / 1000);
		await deleteDataset(copy);
	}
	const staged = await saveInStages(table, meta);
	const sorted = [...saveRuns].sort((a, b) => a - b);
	const saveSeconds = sorted[Math.floor((sorted.length - 1) / 2)];

	const loadStart = performance.now();
	const loaded = await loadDataset(id);
	const warmLoadSeconds = (performance.now() - loadStart) / 1000;
	if (!loaded) throw new Error('The dataset just saved could not be loaded.');
	return {
		id,
		lines: table.rowCount,
		customers: table.customer.values.length,
		orders: table.order.values.length,
		parseSeconds,
		saveSeconds,
		saveRuns,
		stagedWriteSeconds: staged.writeSeconds,
		stagedFinishSeconds: staged.finishSeconds,
		warmLoadSeconds,
		bytesStored: loaded.meta.bytesStored,
		usageDelta: usageBefore !== null && usageAfter !== null ? usageAfter - usageBefore : null,
		checksum: checksum(table),
		reloadedChecksum: checksum(loaded.orders)
	};
}

async function reopen(id: string): Promise<ReopenFigures> {
	const started = performance.now();
	// Opening the database first splits the figure: connection (and upgrade check) vs reading.
	await openSieveDb();
	const opened = performance.now();
	const loaded = await loadDataset(id);
	const finished = performance.now();
	if (!loaded) throw new Error(`No saved dataset with id ${id}.`);
	return {
		id,
		seconds: (finished - started) / 1000,
		openSeconds: (opened - started) / 1000,
		loadSeconds: (finished - opened) / 1000,
		lines: loaded.orders.rowCount,
		checksum: checksum(loaded.orders)
	};
}

self.onmessage = async (event: MessageEvent<StorageRequest>) => {
	const request = event.data;
	try {
		const result =
			request.type === 'import'
				? await importAndSave(request.file, request.saves)
				: await reopen(request.id);
		self.postMessage({ ok: true, result });
	} catch (error) {
		self.postMessage({
			ok: false,
			error: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
		});
	}
};
