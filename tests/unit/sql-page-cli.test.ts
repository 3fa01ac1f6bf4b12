/**
 * The page's "Export as SQL" and `sieve sql` write the same SQL for the same settings (issue 16):
 * the demo business as the page imports it (orders, customers file), the Profit view's costs as
 * the page keeps them (settings section `profit`) — the worker's `exportSegmentsSql` against
 * `sieve sql FILE --from orders --attributes CUSTOMERS --attributes-from customers --settings`.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CUSTOMER_TABLE_CHOICE } from '../../src/lib/engine/customers/customer-table-choice';
import {
	DEFAULT_PROFIT_SETTINGS,
	type ProfitSettings
} from '../../src/lib/engine/profit/profit-settings';
import { DEFAULT_SEGMENTS_OPTIONS } from '../../src/lib/engine/segments/segments-options';
import { readDemoDataset } from '../../src/lib/ingest/read-dataset';
import type { DatasetSummary } from '../../src/lib/worker/data/protocol';
import { Datasets, type HandlerContext } from '../../src/lib/worker/datasets';
import { createSegmentHandlers } from '../../src/lib/worker/segments/handlers';
import type { SegmentsSqlInput } from '../../src/lib/worker/segments/protocol';
import { runSieve, writeDemoFiles } from './sql-setup';

const context: HandlerContext = { signal: new AbortController().signal, progress: () => {} };

/** The Profit view's section with costs entered: goods from the cost column, service, marketing. */
const PROFIT: ProfitSettings = {
	...structuredClone(DEFAULT_PROFIT_SETTINGS),
	costPerOrder: 3,
	costPerReturn: 12,
	costPerEffortPoint: 2,
	marketing: { ...DEFAULT_PROFIT_SETTINGS.marketing, rfm: [{ group: 'champions', amount: 5 }] },
	costsSet: true
};

let folder: string;
let handlers: ReturnType<typeof createSegmentHandlers>;

beforeAll(async () => {
	// The demo business of seed 1, the one the page loads.
	({ folder } = await writeDemoFiles('sieve-sql-page-'));
	const read = await readDemoDataset(1, context);
	const datasets = new Datasets(2, async () => null);
	datasets.put({
		summary: { id: 'demo', name: read.name } as DatasetSummary,
		orders: read.orders,
		attributes: read.attributes?.table ?? null
	});
	handlers = createSegmentHandlers(datasets);
}, 120_000);

const pageInput = (profit: ProfitSettings | null, recompute = false): SegmentsSqlInput => ({
	currency: '',
	datasetId: 'demo',
	table: { ...DEFAULT_CUSTOMER_TABLE_CHOICE },
	options: structuredClone(DEFAULT_SEGMENTS_OPTIONS),
	dialect: 'duckdb',
	recompute,
	profit
});

/** `sieve sql` over the same files and a settings file holding `profit`. */
async function cliSql(profit: ProfitSettings, recompute = false): Promise<string> {
	const settings = join(folder, 'settings.json');
	const out = join(folder, `cli-${recompute}.sql`);
	await writeFile(settings, JSON.stringify({ profit }), 'utf8');
	await runSieve([
		'sql',
		join(folder, 'demo-orders.csv'),
		'--from',
		'orders',
		'--attributes',
		join(folder, 'demo-customers.csv'),
		'--attributes-from',
		'customers',
		'--dialect',
		'duckdb',
		'--settings',
		settings,
		'--out',
		out,
		...(recompute ? ['--recompute'] : [])
	]);
	return readFile(out, 'utf8');
}

describe('the page’s SQL export with a customers file and costs', () => {
	it('ends with the contribution column and reads the customers table’s influence and effort', async () => {
		const out = await handlers.exportSegmentsSql(pageInput(PROFIT), context);
		const columns = out.text.split('\n')[2];
		expect(columns).toMatch(/influencer, high_service_effort, abc, contribution\.$/);
		expect(out.leftOut.map((item) => item.column)).not.toContain('contribution');
		expect(out.customers).toEqual({
			table: 'customers',
			columns: {
				customer: 'customer_id',
				influence: 'followers',
				serviceEffort: 'service_effort',
				costEffort: 'service_effort'
			}
		});
		// The costs as entered, written in the header.
		expect(out.text).toMatch(/per order 3\b.*per return 12\b/s);
	});

	it('is the SQL `sieve sql --settings` writes for the same profit section, byte for byte', async () => {
		const page = await handlers.exportSegmentsSql(pageInput(PROFIT), context);
		expect(page.text).toBe(await cliSql(PROFIT));
	}, 120_000);

	it('is the CLI’s SQL with the cut points recomputed too', async () => {
		const page = await handlers.exportSegmentsSql(pageInput(PROFIT, true), context);
		expect(page.text).toContain('quantile_cont');
		expect(page.text).toBe(await cliSql(PROFIT, true));
	}, 120_000);

	it('leaves the contribution out when the profit section sets no cost', async () => {
		const out = await handlers.exportSegmentsSql(
			pageInput(structuredClone(DEFAULT_PROFIT_SETTINGS)),
			context
		);
		expect(out.text.split('\n')[2]).toMatch(/high_service_effort, abc\.$/);
		expect(out.leftOut).toContainEqual({
			column: 'contribution',
			reason: expect.stringContaining('no costs')
		});
	});

	it('refuses a negative cost, naming it, as the Profit view does', async () => {
		await expect(
			handlers.exportSegmentsSql(pageInput({ ...PROFIT, costPerReturn: -3 }), context)
		).rejects.toThrow(/cost per return is -3/);
	});
});
