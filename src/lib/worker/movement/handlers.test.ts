import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CustomerTableChoice } from '../../engine/customers/customer-table-choice';
import { computeMovement } from '../../engine/movement/compute-movement';
import { describeMovement } from '../../engine/movement/movement-report';
import { dayAfterFrom, FROM, movementRows, TO } from '../../engine/movement/test-movement';
import { ordersFromRows } from '../../engine/tables/test-tables';
import type { DatasetSummary } from '../data/protocol';
import { Datasets, type HandlerContext } from '../datasets';
import { createMovementHandlers } from './handlers';

const TABLE: CustomerTableChoice = { basis: 'revenue', analysisDate: null, startDate: null };

function handlers() {
	const datasets = new Datasets(2, async () => null);
	datasets.put({
		summary: { id: 'ds', name: 'Test shop' } as DatasetSummary,
		orders: ordersFromRows(movementRows()),
		attributes: null
	});
	return createMovementHandlers(datasets);
}

const context = (): HandlerContext => ({
	signal: new AbortController().signal,
	progress: () => {}
});
const input = (options = {}) => ({
	datasetId: 'ds',
	table: TABLE,
	currency: '',
	options: { from: FROM, to: TO, ...options }
});

// By hand (engine/movement/test-movement.ts): seven customers; G is new; D, with three more
// orders, rises from Loyal Customers to Champions.
describe('movement handlers', () => {
	it('answers with the report of the two dates', async () => {
		const report = await handlers().analyseMovement(input(), context());
		expect(report.from).toBe(FROM);
		expect(report.to).toBe(TO);
		expect(report.totals.customers).toBe(7);
		expect(report.totals.newCustomers).toBe(1);
		expect(report.flows).toContainEqual(
			expect.objectContaining({ from: 'loyal-customers', to: 'champions', customers: 1 })
		);
	});

	it('sends the parts of each persona name beside the report, keyed by the persona’s slug', async () => {
		const answer = await handlers().analyseMovement(
			input({ family: 'persona', persona: { k: 2 } }),
			context()
		);
		const personas = answer.groups.from.filter((g) => g.kind === 'group');
		expect(personas).toHaveLength(2);
		expect(Object.keys(answer.nameParts).sort()).toEqual(personas.map((g) => g.slug).sort());
		for (const group of personas)
			expect(answer.nameParts[group.slug].parts.length).toBeGreaterThan(0);
	});

	it('leaves the report itself as the engine describes it (the parts are beside it)', async () => {
		const options = { from: FROM, to: TO, family: 'persona' as const, persona: { k: 2 } };
		const { nameParts: _parts, ...report } = await handlers().analyseMovement(
			input(options),
			context()
		);
		const engine = describeMovement(computeMovement(ordersFromRows(movementRows()), options));
		expect(report).toEqual(engine);
		expect(JSON.stringify(engine)).not.toContain('nameParts');
	});

	it('sends no name parts for RFM segments', async () => {
		const answer = await handlers().analyseMovement(input(), context());
		expect(answer.nameParts).toEqual({});
	});

	it('lists a page of a cell’s customers', async () => {
		const page = await handlers().listMovementCustomers(
			{ ...input(), query: { from: 'new' } },
			context()
		);
		expect(page.total).toBe(1);
		expect(page.rows[0]).toMatchObject({ customer: 'G', valueAfter: 1000, valueBefore: null });
	});

	it('exports a cell’s customers as a CSV file named after the cell', async () => {
		const out = await handlers().exportMovementCustomers(
			{ ...input(), cell: { from: 'loyal-customers', to: 'champions' } },
			context()
		);
		expect(out.fileName).toBe('Test-shop-movement-loyal-customers-to-champions.csv');
		expect(out.rows).toBe(1);
		const rows = Papa.parse<string[]>(out.csv.replace(/^\uFEFF/, ''), {
			skipEmptyLines: true
		}).data;
		expect(rows[1].slice(0, 6)).toEqual(['D', 'Loyal Customers', 'Champions', '300', '600', '300']);
		expect(rows[1][11]).toBe(dayAfterFrom(99));
	});

	it('exports a whole row when the to-group is any', async () => {
		const out = await handlers().exportMovementCustomers(
			{ ...input(), cell: { from: null, to: null } },
			context()
		);
		expect(out.rows).toBe(7);
		expect(out.fileName).toBe('Test-shop-movement-any-to-any.csv');
	});

	it('refuses dates in the wrong order with a clear message', async () => {
		await expect(
			handlers().analyseMovement(input({ from: TO, to: FROM }), context())
		).rejects.toThrow(`The from-date ${TO} is after the to-date ${FROM}: swap them.`);
	});

	it('refuses a from-date before the first order with a clear message', async () => {
		await expect(
			handlers().analyseMovement(input({ from: '2020-01-01' }), context())
		).rejects.toThrow(/is on or before the first order/);
	});

	it('takes the value basis from the dataset-wide choice, and refuses a malformed one', async () => {
		await expect(
			handlers().analyseMovement(
				{ ...input(), table: { ...TABLE, basis: 'margin' as 'revenue' } },
				context()
			)
		).rejects.toThrow(/not a value basis/);
	});
});
