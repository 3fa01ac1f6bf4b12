import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { CustomerTableChoice } from '../../engine/customers/customer-table-choice';
import { buildCustomerTable } from '../../engine/customers/customer-table';
import { computePersonas } from '../../engine/personas/compute-personas';
import { DEFAULT_PERSONA_SETTINGS } from '../../engine/personas/personas-options';
import { HAND_ATTRIBUTES, HAND_ROWS } from '../../engine/profit/hand-fixture';
import { withProfitDefaults, type ProfitOptions } from '../../engine/profit/profit-options';
import { DEFAULT_SEGMENTS_OPTIONS } from '../../engine/segments/segments-options';
import { attributesFromRows, ordersFromRows } from '../../engine/tables/test-tables';
import { DEMO_COSTS } from '../../ingest/demo/costs';
import { DEMO_SOURCE_FILE_NAME, type DatasetSummary } from '../data/protocol';
import { Datasets, type HandlerContext } from '../datasets';
import { createProfitHandlers } from './handlers';
import type { ProfitInput } from './protocol';

const TABLE: CustomerTableChoice = { basis: 'revenue', analysisDate: null, startDate: null };

function handlers(sourceFileName = 'shop.csv') {
	const datasets = new Datasets(2, async () => null);
	datasets.put({
		summary: { id: 'ds', name: 'Test shop', sourceFileName } as DatasetSummary,
		orders: ordersFromRows(HAND_ROWS),
		attributes: attributesFromRows(HAND_ATTRIBUTES)
	});
	return createProfitHandlers(datasets);
}

const context = (): HandlerContext => ({
	signal: new AbortController().signal,
	progress: () => {}
});

/** The hand fixture's service costs (order 5, return 8, ticket 6, effort point 4), marketing 3
 * per one-time customer, grouped by purchase pattern. */
function input(change: Partial<ProfitOptions> = {}): ProfitInput {
	return {
		datasetId: 'ds',
		table: TABLE,
		currency: '',
		by: 'pattern',
		options: withProfitDefaults({
			costPerOrder: 5,
			costPerReturn: 8,
			costPerTicket: 6,
			costPerEffortPoint: 4,
			marketingPerCustomer: { 'one-time': 3 },
			...change
		}),
		segments: DEFAULT_SEGMENTS_OPTIONS,
		personas: DEFAULT_PERSONA_SETTINGS,
		personaNames: {}
	};
}

// By hand (engine/profit/hand-fixture.ts, no tickets file, so tickets count 0):
//   A: revenue 210, goods 94, service 2×5 + 1×8 + 2×4 = 26, contribution 90 (irregular: 2 orders)
//   B: revenue 15, goods 11, service 5 + 2×8 + 9×4 = 57, marketing 3, contribution −56 (one-time)
//   C: revenue 450, goods 180, service 15 + 3×4 = 27, contribution 243 (regular: 3 orders, even gaps)
//   D: revenue 20, goods 12, service 5 (no effort value), marketing 3, contribution 0 (one-time)
describe('profit handlers', () => {
	it('answers with every group’s sums and ROI worked out by hand', async () => {
		const { report } = await handlers().analyseProfit(input(), context());
		const byName = Object.fromEntries(report.groups.map((g) => [g.name, g]));
		expect(byName['one-time']).toMatchObject({
			customers: 2,
			revenue: 35,
			goods: 23,
			service: 62,
			marketing: 6,
			contribution: -56,
			losing: 1
		});
		expect(byName['one-time'].roi).toBeCloseTo(-56 / 68, 12);
		expect(byName['regular']).toMatchObject({ customers: 1, contribution: 243, roi: 9 });
		expect(byName['irregular'].roi).toBeCloseTo(90 / 26, 12);
		expect(report.totals.contribution).toBeCloseTo(277, 9);
	});

	it('puts the whale curve’s peak after the customers with a positive contribution', async () => {
		const { report } = await handlers().analyseProfit(input(), context());
		expect(report.whale.peak.count).toBe(2);
		expect(report.whale.peak.customerShare).toBe(0.5);
		expect(report.whale.peak.share).toBeCloseTo(333 / 277, 12);
		expect(report.whale.peak.giveBackShare).toBeCloseTo(56 / 277, 12);
	});

	it('lists the losing customer with its largest cost and what brings it to zero', async () => {
		const { report } = await handlers().analyseProfit(input(), context());
		expect(report.losing.count).toBe(1);
		expect(report.losing.customers[0]).toMatchObject({
			id: 'B',
			largestCost: 'effort',
			largestCostAmount: 36,
			toBreakEven: 56
		});
	});

	it('says what the data offers the cost form', async () => {
		const { data } = await handlers().analyseProfit(input(), context());
		expect(data.hasCostColumn).toBe(true);
		expect([...data.categories].sort()).toEqual(['Cards', 'Mugs', 'Tea']);
		expect(data.numericAttributes).toContain('service_effort');
		expect(data.hasTickets).toBe(false);
		expect(data.analysisDate).toBe('2024-04-02');
		expect(data.suggestedCosts).toBeNull();
	});

	it('suggests the demo’s costs for the demo business only', async () => {
		const { data } = await handlers(DEMO_SOURCE_FILE_NAME).analyseProfit(input(), context());
		expect(data.suggestedCosts).toEqual(DEMO_COSTS);
	});

	it('counts the customers a what-if change turns from break-even to losing', async () => {
		const h = handlers();
		await h.analyseProfit(input(), context());
		const { report } = await h.analyseProfit(
			input({ multipliers: { ...withProfitDefaults().multipliers, marketing: 1.5 } }),
			context()
		);
		// D: 20 − 12 − 5 − 4.5 = −1.5; B stays losing.
		expect(report.whatIf).toMatchObject({ becameLosing: 1, becameProfitable: 0, changedSign: 1 });
		expect(report.losing.count).toBe(2);
	});

	it('groups by the Personas view’s clustering, with the user’s persona names', async () => {
		const h = handlers();
		const personas = { ...DEFAULT_PERSONA_SETTINGS, autoK: false, k: 2 };
		const first = await h.analyseProfit({ ...input(), by: 'persona', personas }, context());
		const groups = first.report.groups;
		expect(groups).toHaveLength(2);
		expect(groups.reduce((sum, g) => sum + g.customers, 0)).toBe(4);
		// No persona is called “one-time”: no marketing, so 277 + 2 × 3.
		expect(first.report.totals.contribution).toBeCloseTo(283, 9);
		// A name the user gave persona 1 (under its key) replaces the generated one.
		const customers = buildCustomerTable(
			ordersFromRows(HAND_ROWS),
			{},
			attributesFromRows(HAND_ATTRIBUTES)
		);
		const { clusteringKey } = await computePersonas(
			customers,
			{ categoryNames: null, channelNames: null },
			personas
		);
		const renamed = await h.analyseProfit(
			{
				...input(),
				by: 'persona',
				personas,
				personaNames: { [`${clusteringKey}-1`]: 'Tea lovers' }
			},
			context()
		);
		expect(renamed.report.groups[0].name).toBe('Tea lovers');
		expect(renamed.report.groups[1].name).toBe(groups[1].name);
	});

	it('rejects a negative cost with a message naming it', async () => {
		await expect(handlers().analyseProfit(input({ costPerReturn: -2 }), context())).rejects.toThrow(
			/cost per return is -2/
		);
	});

	it('finds losing customers by a part of their id', async () => {
		const h = handlers();
		const found = await h.profitLosingCustomers({ ...input(), query: 'b', limit: 10 }, context());
		expect(found.matched).toBe(1);
		expect(found.customers[0].id).toBe('B');
		const none = await h.profitLosingCustomers({ ...input(), query: 'A', limit: 10 }, context());
		expect(none.matched).toBe(0);
	});

	it('exports the losing customers with their e-mail and the cut that breaks even', async () => {
		const out = await handlers().exportProfit({ ...input(), what: 'losing' }, context());
		expect(out.fileName).toBe('Test-shop-profit-by-pattern-losing-customers.csv');
		expect(out.rows).toBe(1);
		const rows = Papa.parse<Record<string, string>>(out.csv.replace(/^\uFEFF/, ''), {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(rows[0]).toMatchObject({
			customer_id: 'B',
			email: 'b@example.com',
			group: 'one-time',
			contribution: '-56',
			largest_cost: 'effort',
			to_break_even: '56'
		});
	});

	it('exports one row per group', async () => {
		const out = await handlers().exportProfit({ ...input(), what: 'groups' }, context());
		expect(out.rows).toBe(3);
		expect(out.csv).toContain('regular,1,450,180,27,0,243,9,0,');
	});
});

describe('listProfitGroup', () => {
	it('lists a group’s customers: the one-time group holds B and D', async () => {
		// By hand above: B (15) and D (20) are one-time; D's revenue is higher.
		const page = await handlers().listProfitGroup(
			{ ...input(), group: 'one-time', query: {} },
			context()
		);
		expect(page.rows.map((row) => [row.customer, row.netRevenue])).toEqual([
			['D', 20],
			['B', 15]
		]);
	});

	it('exports a group’s customers with their contribution', async () => {
		const file = await handlers().exportProfitGroup({ ...input(), group: 'one-time' }, context());
		const rows = Papa.parse<Record<string, string>>(file.csv.replace(/^\uFEFF/, ''), {
			header: true,
			skipEmptyLines: true
		}).data;
		expect(file.fileName).toBe('Test-shop-profit-by-pattern-one-time.csv');
		expect(rows.map((row) => [row.customer_id, row.group, row.contribution])).toEqual([
			['D', 'one-time', '0'],
			['B', 'one-time', '-56']
		]);
	});

	it('says which groups there are when asked for another', async () => {
		await expect(
			handlers().listProfitGroup({ ...input(), group: 'champions', query: {} }, context())
		).rejects.toThrow(
			'No group "champions" in this grouping: one of one-time, regular, irregular.'
		);
	});
});
