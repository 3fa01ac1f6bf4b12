import { describe, expect, it } from 'vitest';
import { ordersFromRows, type TestRow } from '../../engine/tables/test-tables';
import {
	DEFAULT_SEGMENTS_OPTIONS,
	type SegmentsOptions
} from '../../engine/segments/segments-options';
import type { DatasetSummary } from '../data/protocol';
import { Datasets, type OpenDataset } from '../datasets';
import { createSegmentHandlers } from './handlers';
import type { SegmentsInput } from './protocol';

/**
 * Six customers on analysis day 2025-01-01 (recency days, orders, value):
 * A (1, 3, 300), B (10, 1, 50), C (100, 2, 120), D (200, 1, 20), E (30, 2, 80), F (365, 3, 600).
 * With 3 bins, by hand (type-7 quantiles at 1/3 and 2/3 of six sorted values, h = 5p):
 * recency 1 10 30 100 200 365 → 10 + ⅔·20 = 23.33 and 100 + ⅓·100 = 133.33;
 * orders 1 1 2 2 3 3 → 1.67 and 2.33; value 20 50 80 120 300 600 → 70 and 180.
 * Scores (R F M): A 3 3 3, B 3 1 1, C 2 2 2, D 1 1 1, E 2 2 2, F 1 3 3.
 */
function rows(): TestRow[] {
	const out: TestRow[] = [];
	const add = (customer: string, dates: string[], each: number) => {
		for (const date of dates) out.push({ customer, date, amount: each });
	};
	add('A', ['2024-12-31', '2024-12-01', '2024-11-01'], 100);
	add('B', ['2024-12-22'], 50);
	add('C', ['2024-09-23', '2024-06-01'], 60);
	add('D', ['2024-06-15'], 20);
	add('E', ['2024-12-02', '2024-10-01'], 40);
	add('F', ['2024-01-02', '2023-06-01', '2023-01-01'], 200);
	return out;
}

const dataset: OpenDataset = {
	summary: { id: 'ds-test', name: 'Test shop / 2024' } as DatasetSummary,
	orders: ordersFromRows(rows()),
	attributes: null
};
const context = { signal: new AbortController().signal, progress: () => {} };
const datasets = new Datasets(2, async () => null);
datasets.put(dataset);
const handlers = createSegmentHandlers(datasets);

const range = (low: number, high: number): [number, number] => [low, high];
const rule = (name: string, r: [number, number], f: [number, number], m: [number, number]) => ({
	slug: name.toLowerCase(),
	name,
	colour: '#336699',
	action: `${name} action`,
	recency: r,
	frequency: f,
	monetary: m
});
const options: SegmentsOptions = {
	...structuredClone(DEFAULT_SEGMENTS_OPTIONS),
	bins: 3,
	rules: [
		rule('Best', range(3, 3), range(3, 3), range(3, 3)),
		rule('Middle', range(2, 2), range(1, 3), range(1, 3)),
		rule('Gone', range(1, 1), range(1, 3), range(1, 3))
	],
	othersAction: 'Look at them one by one.'
};
const input = (changes: Partial<SegmentsOptions> = {}): SegmentsInput => ({
	currency: '',
	datasetId: 'ds-test',
	table: { basis: 'revenue', analysisDate: '2025-01-01', startDate: null },
	options: { ...options, ...changes }
});

/** CSV text → rows of cells (the exports quote nothing in these tests). */
const csvRows = (csv: string) =>
	csv
		.replace(/^\uFEFF/, '')
		.split('\r\n')
		.filter((line) => line !== '')
		.map((line) => line.split(','));

describe('analyseSegments', () => {
	it('uses the hand-computed cut points and counts each rule’s customers', async () => {
		const out = await handlers.analyseSegments(input(), context);
		expect(out.customers).toBe(6);
		expect(out.analysisDate).toBe('2025-01-01');
		expect(out.cutPoints.recency[0]).toBeCloseTo(23.3333, 4);
		expect(out.cutPoints.recency[1]).toBeCloseTo(133.3333, 4);
		expect(out.cutPoints.frequency[0]).toBeCloseTo(1.6667, 4);
		expect(out.cutPoints.monetary[0]).toBeCloseTo(70, 9);
		expect(out.cutPoints.monetary[1]).toBeCloseTo(180, 9);
		expect(out.cutPointSource.monetary).toBe('quantile');
		// Best A; Middle C E; Gone D F; Others B.
		expect(out.segments.map((s) => `${s.slug}:${s.customers}`)).toEqual([
			'best:1',
			'middle:2',
			'gone:2',
			'others:1'
		]);
		expect(out.nonEmptySegments).toBe(4);
		// The most valuable member of each: Best A; Middle C (120 > 80); Gone F (600 > 20); Others B.
		expect(out.examples).toEqual(['A', 'C', 'F', 'B']);
		expect(out.totalValue).toBe(1170);
		expect(out.segments[3].action).toBe('Look at them one by one.');
		expect(out.ranges.recency).toEqual([1, 365]);
		expect(out.ranges.monetary).toEqual([20, 600]);
	});

	it('fills the R × F grid: customers, Σ M score and Σ value per cell, and segments in each', async () => {
		const { grid } = await handlers.analyseSegments(input(), context);
		// Cells (r, f) at (r − 1)·3 + (f − 1): D (1,1) → 0, F (1,3) → 2, C and E (2,2) → 4,
		// B (3,1) → 6, A (3,3) → 8.
		expect([...grid.customers]).toEqual([1, 0, 1, 0, 2, 0, 1, 0, 1]);
		expect(grid.monetaryScoreSum[4]).toBe(4);
		expect(grid.valueSum[4]).toBe(200);
		expect(grid.valueSum[2]).toBe(600);
		expect(grid.segments).toBe(4);
		// Cell 4 holds two Middle customers (segment 1); cell 6 holds B, in Others (segment 3).
		expect([...grid.segmentCustomers.slice(4 * 4, 5 * 4)]).toEqual([0, 2, 0, 0]);
		expect([...grid.segmentCustomers.slice(6 * 4, 7 * 4)]).toEqual([0, 0, 0, 1]);
	});

	it('re-assigns when a rule widens, and re-scores with user cut points', async () => {
		const wider = options.rules.map((r) =>
			r.slug === 'best'
				? { ...r, recency: range(2, 3), frequency: range(2, 3), monetary: range(2, 3) }
				: r
		);
		const out = await handlers.analyseSegments(input({ rules: wider }), context);
		// Best now takes C and E (2 2 2) before Middle sees them.
		expect(out.segments.map((s) => s.customers)).toEqual([3, 0, 2, 1]);
		expect(out.unreachable.map((u) => u.slug)).toEqual([]);

		const cut = await handlers.analyseSegments(
			input({ cutPoints: { recency: [5, 150], frequency: null, monetary: null } }),
			context
		);
		// R with cut points 5 and 150: A 3; B, E, C 2; D, F 1. B (2 1 1) joins Middle.
		expect(cut.cutPointSource.recency).toBe('user');
		expect(cut.segments.map((s) => s.customers)).toEqual([1, 3, 2, 0]);
	});

	it('takes the quantiles of the bins asked for after another bin count', async () => {
		await handlers.analyseSegments(input(), context);
		const out = await handlers.analyseSegments(input({ bins: 4 }), context);
		// Recency at p = ¼, ½, ¾ (h = 1.25, 2.5, 3.75): 10 + ¼·20, 30 + ½·70, 100 + ¾·100.
		expect(out.cutPoints.recency).toEqual([15, 65, 175]);
		expect(out.cutPointSource.recency).toBe('quantile');
		expect(out.grid.customers.length).toBe(16);
	});

	it('reports a rule every earlier rule shadows', async () => {
		const shadowed = [...options.rules, rule('Again', range(1, 1), range(1, 1), range(1, 1))];
		const out = await handlers.analyseSegments(input({ rules: shadowed }), context);
		expect(out.unreachable.map((u) => `${u.slug}:${u.reason}`)).toEqual(['again:shadowed']);
		expect(out.examples[3]).toBeNull();
	});

	it('rejects a rule whose range is upside down, naming the rule', async () => {
		const bad = [rule('Odd', range(3, 1), range(1, 3), range(1, 3))];
		await expect(handlers.analyseSegments(input({ rules: bad }), context)).rejects.toThrow(
			'rule 1 ("Odd"): recency minimum 3 is above its maximum 1'
		);
	});
});

describe('explainCustomer', () => {
	it('explains scores, segment and pattern of a customer', async () => {
		const out = await handlers.explainCustomer({ ...input(), customerId: 'B' }, context);
		if (!out.found) throw new Error('B not found');
		expect(out.customer.scores).toEqual({ recency: 3, frequency: 1, monetary: 1 });
		expect(out.customer.segment.reason).toBe('Others: no rule matches R3 F1 M1');
		expect(out.customer.reasons.recency).toBe(
			'R = 3: last order 10 days ago, cut point ≤ 23.33 days'
		);
		expect(out.customer.pattern.name).toBe('one-time');
		expect(out.customer.pattern.lapsing).toBe(false);
	});

	it('says why a customer just under twice their mean gap is not lapsing', async () => {
		// F: orders 2023-01-01, 2023-06-01, 2024-01-02 → mean gap 366 ÷ 2 = 183 days; 365 > 366.
		const out = await handlers.explainCustomer({ ...input(), customerId: 'F' }, context);
		if (!out.found) throw new Error('F not found');
		expect(out.customer.pattern.lapsing).toBe(false);
		expect(out.customer.pattern.lapsingReason).toBe(
			'365 days since the last order ≤ 2 × the mean gap of 183 days'
		);
	});

	it('suggests ids containing the text when none matches exactly', async () => {
		const out = await handlers.explainCustomer({ ...input(), customerId: ' a ' }, context);
		expect(out).toEqual({ found: false, query: 'a', suggestions: ['A'] });
	});
});

describe('exportSegments', () => {
	it('exports the customers of the selected grid cells, by segment then value', async () => {
		const out = await handlers.exportSegments(
			{
				...input(),
				segment: null,
				cells: [
					[1, 1],
					[1, 3]
				]
			},
			context
		);
		expect(out.fileName).toBe('Test-shop-2024-rf-selection.csv');
		expect(out.csv.startsWith('\uFEFF')).toBe(true);
		const [header, ...body] = csvRows(out.csv);
		expect(header[0]).toBe('customer_id');
		const segment = header.indexOf('segment');
		expect(header.slice(segment, segment + 4)).toEqual(['segment', 'r', 'f', 'm']);
		expect(body.map((row) => row[0])).toEqual(['F', 'D']);
		expect(out.rows).toBe(2);
	});

	it('exports one segment, or everyone', async () => {
		const others = await handlers.exportSegments(
			{ ...input(), segment: 'others', cells: null },
			context
		);
		expect(
			csvRows(others.csv)
				.slice(1)
				.map((row) => row[0])
		).toEqual(['B']);
		const all = await handlers.exportSegments({ ...input(), segment: null, cells: null }, context);
		expect(all.rows).toBe(6);
		expect(all.fileName).toBe('Test-shop-2024-all-segments.csv');
	});
});

describe('rules files', () => {
	it('reads back the rules it writes', async () => {
		const text = await handlers.serialiseRules({ rules: options.rules }, context);
		expect(await handlers.parseRules({ text }, context)).toEqual(options.rules);
	});

	it('names the field at fault in a bad file', async () => {
		await expect(
			handlers.parseRules({ text: '[{"name": "X", "recency": [1, 6]}]' }, context)
		).rejects.toThrow('rule 1 ("X"): recency must be [min, max] with whole numbers 1–5');
	});
});

describe('exportSegmentsSql', () => {
	const sqlInput = (recompute: boolean, changes: Partial<SegmentsOptions> = {}) => ({
		...input(changes),
		dialect: 'duckdb' as const,
		recompute
	});

	/** The frozen cut points the SQL compares `column` with (`column > CAST(x AS DOUBLE)`). */
	const literals = (text: string, column: string) =>
		[...text.matchAll(new RegExp(`${column} > CAST\\(([-0-9.e]+) AS DOUBLE\\)`, 'g'))].map(
			(match) => Number(match[1])
		);

	it('writes the hand-computed cut points and the analysis date as literals when frozen', async () => {
		const out = await handlers.exportSegmentsSql(sqlInput(false), context);
		// Recency 23.33… and 133.33…, monetary 70 and 180 (see the file's header).
		const recency = literals(out.text, 'c.recency_days');
		const monetary = literals(out.text, 'c.value');
		expect(recency).toHaveLength(2);
		expect(recency[0]).toBeCloseTo(23.3333, 4);
		expect(recency[1]).toBeCloseTo(133.3333, 4);
		expect(monetary).toHaveLength(2);
		expect(monetary[0]).toBeCloseTo(70, 9);
		expect(monetary[1]).toBeCloseTo(180, 9);
		expect(out.text).toContain("DATE '2025-01-01'");
		expect(out.text).not.toContain('quantile_cont');
		expect(out.text).not.toContain('CURRENT_DATE');
		expect(out.text.startsWith('--')).toBe(true);
	});

	it('recomputes the quantiles in SQL but keeps the analysis date literal', async () => {
		const out = await handlers.exportSegmentsSql(sqlInput(true), context);
		expect(out.text).toContain('quantile_cont');
		expect(literals(out.text, 'c.value')).toEqual([]);
		expect(out.text).toContain("DATE '2025-01-01'");
		expect(out.fileName).toBe('Test-shop-2024-segments-duckdb-recomputed.sql');
	});

	it('keeps cut points the user typed as literals when recomputing the others', async () => {
		const out = await handlers.exportSegmentsSql(
			sqlInput(true, { cutPoints: { recency: [5, 150], frequency: null, monetary: null } }),
			context
		);
		expect(literals(out.text, 'c.recency_days')).toEqual([5, 150]);
		expect(out.text).toContain('quantile_cont');
	});

	it('reads an orders table with the default columns the data has, in the dialect asked for', async () => {
		const out = await handlers.exportSegmentsSql(
			{ ...sqlInput(true), dialect: 'postgres' },
			context
		);
		expect(out.table).toBe('orders');
		// The test rows have no cost, discount or category, and no warehouse keeps line numbers.
		expect(out.columns).toMatchObject({
			customer: 'customer_id',
			date: 'order_date',
			amount: 'amount',
			order: 'order_id',
			cost: null,
			line: null
		});
		expect(out.text).toContain('percentile_cont');
		expect(out.exactSums).toBe(false);
		expect(out.leftOut.map((item) => item.column)).toContain('influencer');
	});

	it('starts the SQL at the dataset-wide start date', async () => {
		const out = await handlers.exportSegmentsSql(
			{
				...sqlInput(false),
				table: { basis: 'revenue', analysisDate: '2025-01-01', startDate: '2024-06-01' }
			},
			context
		);
		expect(out.text).toContain("DATE '2024-06-01'");
	});
});

describe('listSegmentCustomers', () => {
	it('lists a segment’s customers by net revenue, highest first', async () => {
		// Middle holds C (120) and E (80), by hand above.
		const page = await handlers.listSegmentCustomers(
			{ ...input(), group: { kind: 'segment', slug: 'middle' }, query: {} },
			context
		);
		expect(page.rows.map((row) => [row.customer, row.netRevenue])).toEqual([
			['C', 120],
			['E', 80]
		]);
		expect(page.total).toBe(2);
	});

	it('lists as many customers per segment as the view reports', async () => {
		const report = await handlers.analyseSegments(input(), context);
		for (const segment of report.segments) {
			const page = await handlers.listSegmentCustomers(
				{ ...input(), group: { kind: 'segment', slug: segment.slug }, query: { limit: 1 } },
				context
			);
			expect(page.total).toBe(segment.customers);
		}
	});

	it('lists the customers of the selected grid cells', async () => {
		// (1, 1) holds D and (1, 3) holds F; F's 600 comes before D's 20.
		const page = await handlers.listSegmentCustomers(
			{
				...input(),
				group: {
					kind: 'cells',
					cells: [
						[1, 1],
						[1, 3]
					]
				},
				query: { search: '' }
			},
			context
		);
		expect(page.rows.map((row) => row.customer)).toEqual(['F', 'D']);
	});

	it('says why a tag the data cannot give has no list', async () => {
		await expect(
			handlers.listSegmentCustomers(
				{ ...input(), group: { kind: 'tag', slug: 'discount-seeker' }, query: {} },
				context
			)
		).rejects.toThrow('The tag "Discount seeker" needs a discount column.');
	});
});

describe('exportSegmentGroup', () => {
	it('exports a segment’s customers with the campaign columns', async () => {
		const out = await handlers.exportSegmentGroup(
			{ ...input(), group: { kind: 'segment', slug: 'gone' } },
			context
		);
		const [header, ...body] = csvRows(out.csv);
		expect(out.fileName).toBe('Test-shop-2024-gone.csv');
		expect(header.slice(0, 3)).toEqual(['customer_id', 'orders', 'net_revenue']);
		expect(body.map((row) => [row[0], row[header.indexOf('segment')]])).toEqual([
			['F', 'Gone'],
			['D', 'Gone']
		]);
	});
});
