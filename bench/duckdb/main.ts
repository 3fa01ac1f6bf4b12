/**
 * The duckdb-wasm side of the ingest benchmark, run by `bench/run.ts` in headless Chromium. Every
 * file is local (bundled by Vite from node_modules): no CDN. When a file is chosen, DuckDB starts in
 * its own worker and runs the aggregate; the timings are left on `window.__benchResult` and
 * `document.body.dataset.state` becomes `done` (or `error`).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';

export interface DuckdbBenchResult {
	bundle: string;
	duckdbVersion: string;
	fileBytes: number;
	startupSeconds: number;
	querySeconds: number;
	customers: number;
	orders: number;
	revenue: number;
}

declare global {
	interface Window {
		__benchResult?: unknown;
		__benchError?: string;
	}
}

const bundles: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};

/**
 * Column types are given, as Sieve is given a mapping: without them the sniffer may type InvoiceNo as
 * a number from a sample with no `C` cancellations and fail later in the file.
 */
const QUERY = `
	SELECT CustomerID, max(InvoiceDate) AS lastDate, count(DISTINCT InvoiceNo) AS orders,
		sum(Quantity * UnitPrice) AS revenue
	FROM read_csv('orders.csv', header = true, delim = ',', quote = '"', escape = '"',
		columns = {
			'InvoiceNo': 'VARCHAR', 'StockCode': 'VARCHAR', 'Description': 'VARCHAR',
			'Quantity': 'INTEGER', 'InvoiceDate': 'TIMESTAMP', 'UnitPrice': 'DOUBLE',
			'CustomerID': 'VARCHAR', 'Country': 'VARCHAR'
		})
	GROUP BY 1`;

const log = (line: string) => {
	document.querySelector('#log')!.textContent += `${line}\n`;
};

async function measure(file: File): Promise<DuckdbBenchResult> {
	const started = performance.now();
	const bundle = await duckdb.selectBundle(bundles);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	const connection = await db.connect();
	const startupSeconds = (performance.now() - started) / 1000;
	const duckdbVersion = await db.getVersion();
	log(`DuckDB ${duckdbVersion} (${bundle.mainModule}) started in ${startupSeconds.toFixed(2)} s`);

	const queryStarted = performance.now();
	await db.registerFileHandle(
		'orders.csv',
		file,
		duckdb.DuckDBDataProtocol.BROWSER_FILEREADER,
		true
	);
	const table = await connection.query(QUERY);
	const querySeconds = (performance.now() - queryStarted) / 1000;

	// Totals read from the result, so the caller can check that both methods saw the same data.
	const orders = table.getChild('orders')!;
	const revenue = table.getChild('revenue')!;
	let orderTotal = 0;
	let revenueTotal = 0;
	for (let i = 0; i < table.numRows; i++) {
		orderTotal += Number(orders.get(i));
		revenueTotal += Number(revenue.get(i));
	}
	await connection.close();
	await db.terminate();
	return {
		bundle: bundle.mainModule.includes('-eh') ? 'eh' : 'mvp',
		duckdbVersion,
		fileBytes: file.size,
		startupSeconds,
		querySeconds,
		customers: table.numRows,
		orders: orderTotal,
		revenue: revenueTotal
	};
}

document.querySelector<HTMLInputElement>('#file')!.addEventListener('change', async (event) => {
	const file = (event.currentTarget as HTMLInputElement).files?.[0];
	if (!file) return;
	document.body.dataset.state = 'running';
	try {
		window.__benchResult = await measure(file);
		log(JSON.stringify(window.__benchResult));
		document.body.dataset.state = 'done';
	} catch (error) {
		window.__benchError =
			error instanceof Error ? `${error.name}: ${error.message}` : String(error);
		log(window.__benchError);
		document.body.dataset.state = 'error';
	}
});
