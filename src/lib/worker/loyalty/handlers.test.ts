import { describe, expect, it } from 'vitest';
import type { CustomerTableChoice } from '../../engine/customers/customer-table-choice';
import { parseIsoDay } from '../../engine/tables/orders-table';
import { attributesFromRows, ordersFromRows } from '../../engine/tables/test-tables';
import type { TicketsTable } from '../../engine/tables/tickets-table';
import type { DatasetSummary } from '../data/protocol';
import { Datasets, type HandlerContext, type OpenDataset } from '../datasets';
import { createLoyaltyHandlers } from './handlers';

const TABLE: CustomerTableChoice = { basis: 'revenue', analysisDate: null, startDate: null };
const day = (iso: string) => parseIsoDay(iso);

// Four customers, analysis day 2024-06-02 (the day after the last order), W = 40, Q = 2:
// a: no ticket, index 01-01, orders again 02-01 (day 31 ≤ 40) → repurchased.
// b: ticket 01-05 resolved 01-06 (quick), orders 01-20 → repurchased.
// c: ticket 01-05 never resolved, no other order → not repurchased.
// d: ticket 01-05 resolved 01-20 (slow), next order 06-01 (day 148 > 40) → not repurchased.
const ORDERS = ordersFromRows([
	{ customer: 'a', date: '2024-01-01', amount: 10 },
	{ customer: 'a', date: '2024-02-01', amount: 10 },
	{ customer: 'b', date: '2024-01-01', amount: 10 },
	{ customer: 'b', date: '2024-01-20', amount: 10 },
	{ customer: 'c', date: '2024-01-01', amount: 10 },
	{ customer: 'd', date: '2024-01-01', amount: 10 },
	{ customer: 'd', date: '2024-06-01', amount: 10 }
]);
const TICKETS: TicketsTable = {
	count: 3,
	ticketId: ['T1', 'T2', 'T3'],
	customer: { codes: Int32Array.from([0, 1, 2]), values: ['b', 'c', 'd'] },
	openedDay: Int32Array.from([day('2024-01-05'), day('2024-01-05'), day('2024-01-05')]),
	resolved: Uint8Array.from([1, 0, 1]),
	resolvedDay: Float64Array.from([day('2024-01-06'), NaN, day('2024-01-20')]),
	severity: null,
	channel: null
};

function handlers(entry: Partial<OpenDataset>) {
	const datasets = new Datasets(2, async () => null);
	datasets.put({
		summary: { id: 'ds', name: 'Test shop' } as DatasetSummary,
		orders: ORDERS,
		attributes: null,
		tickets: null,
		...entry
	});
	return createLoyaltyHandlers(datasets);
}
const context = (): HandlerContext => ({
	signal: new AbortController().signal,
	progress: () => {}
});
const input = {
	datasetId: 'ds',
	table: TABLE,
	currency: '',
	options: { windowDays: 40, quickDays: 2 }
};

describe('loyalty handlers', () => {
	it('answers with the four groups of the complaint-handling table, counted by hand', async () => {
		const { report } = await handlers({ tickets: TICKETS }).analyseLoyalty(input, context());
		expect(report!.strength).toBe('full');
		const g = report!.groups;
		expect([g.none!.eligible, g.none!.repurchased]).toEqual([1, 1]);
		expect([g.resolved!.eligible, g.resolved!.repurchased]).toEqual([2, 1]);
		expect([g.resolvedQuickly!.eligible, g.resolvedQuickly!.repurchased]).toEqual([1, 1]);
		expect([g.unresolved!.eligible, g.unresolved!.repurchased]).toEqual([1, 0]);
	});

	it('gives the Wilson 95% interval of 1 in 2 as 0.0945 to 0.9055', async () => {
		// p = 0.5, n = 2, z = 1.96: centre 0.5, half-width 1.96·√(0.125 + 0.2401)/2.9208 = 0.40548.
		const { report } = await handlers({ tickets: TICKETS }).analyseLoyalty(input, context());
		expect(report!.groups.resolved!.low).toBeCloseTo(0.0945, 4);
		expect(report!.groups.resolved!.high).toBeCloseTo(0.9055, 4);
	});

	it('splits the table within each RFM segment', async () => {
		const { report } = await handlers({ tickets: TICKETS }).analyseLoyalty(input, context());
		const sum = report!.bySegment!.segments.reduce((s, seg) => s + seg.groups.none!.customers, 0);
		expect(report!.bySegment!.name).toBe('RFM segment');
		expect(sum).toBe(1);
	});

	it('exports the customers of the resolved cell as CSV', async () => {
		const out = await handlers({ tickets: TICKETS }).exportLoyaltyCell(
			{ ...input, filter: { group: 'resolved' } },
			context()
		);
		expect(out.rows).toBe(2);
		const ids = out.csv
			.split('\r\n')
			.slice(1)
			.filter(Boolean)
			.map((line) => line.split(',')[0]);
		expect(ids).toEqual(['b', 'd']);
		expect(out.fileName).toBe('Test shop-loyalty-resolved.csv');
	});

	it('answers with the interview list and exports it as CSV', async () => {
		// a, b and d have two orders each: none is regular (≥ 3 orders), so no one is listed.
		const h = handlers({ tickets: TICKETS });
		const { interviews } = await h.analyseLoyalty(input, context());
		expect(interviews.funnel).toMatchObject({ customers: 4, regular: 0 });
		const out = await h.exportInterviewList(input, context());
		expect(out).toMatchObject({ fileName: 'Test-shop-interview-list.csv', rows: 0 });
		expect(out.csv).toContain('customer_id,orders,net_revenue');
		expect(out.csv).toContain('size_band,segment,tenure_days');
	});

	it('falls back to the weaker version from counts in the customers file, labelled so', async () => {
		const attributes = attributesFromRows([
			{ id: 'a', problems_opened: 0, problems_resolved: 0 },
			{ id: 'b', problems_opened: 1, problems_resolved: 1 },
			{ id: 'c', problems_opened: 1, problems_resolved: 0 },
			{ id: 'd', problems_opened: 2, problems_resolved: 2 }
		]);
		const { report } = await handlers({ attributes }).analyseLoyalty(input, context());
		expect(report!.strength).toBe('weaker');
		expect(report!.groups.resolvedQuickly).toBeNull();
		// Repeat customers (≥ 2 orders): b and d of the resolved group both ordered twice.
		expect([report!.groups.resolved!.eligible, report!.groups.resolved!.repurchased]).toEqual([
			2, 2
		]);
	});

	it('says what is missing when there are neither tickets nor counts', async () => {
		const answer = await handlers({}).analyseLoyalty(input, context());
		expect(answer.report).toBeNull();
		expect(answer.message).toContain('tickets file');
	});

	it('refuses a Q longer than W with the validator’s message', async () => {
		await expect(
			handlers({ tickets: TICKETS }).analyseLoyalty(
				{ ...input, options: { windowDays: 10, quickDays: 20 } },
				context()
			)
		).rejects.toThrow('cannot be longer than the window W');
	});
});
