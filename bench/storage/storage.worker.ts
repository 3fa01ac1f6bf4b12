/**
 * The storage benchmark's worker: Sieve's own ingest, `saveDataset` and `loadDataset`, timed where
 * they run in the app (a dedicated worker). Nothing here re-implements storage.
 */
import type { OrdersTable } from '../../src/lib/engine/tables/orders-table';
import { importOrders, sniffOrders } from '../../src/lib/ingest/index';
import { loadDataset, openSieveDb, saveDataset } from '../../src/lib/storage/index';
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

async function usageBytes(): Promise<number | null> {
	const estimate = await navigator.storage?.estimate?.();
	return estimate?.usage ?? null;
}

async function importAndSave(file: File): Promise<ImportFigures> {
	const parseStart = performance.now();
	const sniffSource = await openFileSource(file);
	const { head, isComplete } = await readHead(sniffSource.chunks);
	const { mapping } = sniffOrders(head, isComplete);
	const source = await openFileSource(file);
	const { table, report } = await importOrders(source.chunks, mapping, {
		signal: new AbortController().signal
	});
	const parseSeconds = (performance.now() - parseStart) / 1000;

	const usageBefore = await usageBytes();
	const saveStart = performance.now();
	const id = await saveDataset({
		meta: { name: file.name, sourceFileName: file.name, sourceSize: file.size, mapping, report },
		orders: table
	});
	const saveSeconds = (performance.now() - saveStart) / 1000;
	const usageAfter = await usageBytes();

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
			request.type === 'import' ? await importAndSave(request.file) : await reopen(request.id);
		self.postMessage({ ok: true, result });
	} catch (error) {
		self.postMessage({
			ok: false,
			error: error instanceof Error ? `${error.name}: ${error.message}` : String(error)
		});
	}
};
