import { describe, expect, it } from 'vitest';
import { buildCustomerTable } from '../customers/customer-table';
import { ordersFromRows, type TestRow } from '../tables/test-tables';
import { computeSegments, SegmentsMemo } from './compute-segments';
import { exportSegmentCustomers } from './export-segments';
import { DEFAULT_SEGMENTS_OPTIONS, validateSegmentsOptions } from './segments-options';
import { buildSegmentsReport } from './segments-report';

/** Five customers, one order each of 10·k on 2024-01-0k (analysis day 2024-01-06). */
const rows: TestRow[] = [1, 2, 3, 4, 5].map((k) => ({
	customer: `K${k}`,
	order: `o${k}`,
	date: `2024-01-0${k}`,
	amount: 10 * k
}));
const customers = buildCustomerTable(ordersFromRows(rows));

describe('computeSegments', () => {
	it('gives back the remembered computation for the same options on the same table', () => {
		const memo = new SegmentsMemo();
		const first = computeSegments(customers, DEFAULT_SEGMENTS_OPTIONS, memo);
		expect(computeSegments(customers, structuredClone(DEFAULT_SEGMENTS_OPTIONS), memo)).toBe(first);
	});

	it('starts afresh on another customer table', () => {
		const memo = new SegmentsMemo();
		const first = computeSegments(customers, DEFAULT_SEGMENTS_OPTIONS, memo);
		const other = buildCustomerTable(ordersFromRows(rows));
		expect(computeSegments(other, DEFAULT_SEGMENTS_OPTIONS, memo).customers).toBe(other);
		expect(computeSegments(other, DEFAULT_SEGMENTS_OPTIONS, memo)).not.toBe(first);
	});

	it('scores value by quintile: the five customers get M = 1 … 5', () => {
		const { rfm } = computeSegments(customers, DEFAULT_SEGMENTS_OPTIONS);
		expect(Array.from(rfm.monetary)).toEqual([1, 2, 3, 4, 5]);
		// Recency 5, 4, 3, 2, 1 days: the most recent scores 5.
		expect(Array.from(rfm.recency)).toEqual([1, 2, 3, 4, 5]);
	});

	it('reports the customers and the total value', () => {
		const report = buildSegmentsReport(computeSegments(customers, DEFAULT_SEGMENTS_OPTIONS));
		expect([report.customers, report.totalValue, report.startDate]).toEqual([5, 150, null]);
	});
});

describe('validateSegmentsOptions', () => {
	it('refuses a bin count outside 3–5', () => {
		expect(() => validateSegmentsOptions({ ...DEFAULT_SEGMENTS_OPTIONS, bins: 6 })).toThrow(/bins/);
	});

	it('refuses user cut points of the wrong length, naming the dimension', () => {
		const options = structuredClone(DEFAULT_SEGMENTS_OPTIONS);
		options.cutPoints.monetary = [1, 2];
		expect(() => validateSegmentsOptions(options)).toThrow(/cutPoints.monetary/);
	});

	it('refuses descending cut points, naming the dimension', () => {
		const options = structuredClone(DEFAULT_SEGMENTS_OPTIONS);
		options.cutPoints.recency = [40, 30, 20, 10];
		expect(() => validateSegmentsOptions(options)).toThrow(
			/cutPoints.recency: cut points must ascend/
		);
	});

	it('refuses a rule without score ranges as a rules file would be refused', () => {
		const options = { ...DEFAULT_SEGMENTS_OPTIONS, rules: [{ name: 'Broken' }] };
		expect(() => validateSegmentsOptions(options as never)).toThrow(
			/rules: rule 1 \("Broken"\): recency must be \[min, max\]/
		);
	});

	it('refuses more than 254 rules', () => {
		const rule = DEFAULT_SEGMENTS_OPTIONS.rules[0];
		const rules = Array.from({ length: 300 }, (_, k) => ({ ...rule, slug: `r-${k}` }));
		expect(() => validateSegmentsOptions({ ...DEFAULT_SEGMENTS_OPTIONS, rules })).toThrow(
			/at most 254 rules/
		);
	});

	it('refuses a holiday window whose dates are not MM-DD', () => {
		const options = structuredClone(DEFAULT_SEGMENTS_OPTIONS);
		options.tags.holidayWindows = [{ name: 'Winter', from: '13-40', to: '01-05' }];
		expect(() => validateSegmentsOptions(options)).toThrow(/tags.holidayWindows: .*"Winter"/);
	});

	it('refuses a negative threshold, naming it', () => {
		const options = structuredClone(DEFAULT_SEGMENTS_OPTIONS);
		options.pattern.lapsingFactor = -1;
		expect(() => validateSegmentsOptions(options)).toThrow(/pattern.lapsingFactor/);
	});
});

describe('exportSegmentCustomers', () => {
	it('writes the shared customer columns, then scores, segment, pattern and tags per customer', () => {
		const { csv, rows: count } = exportSegmentCustomers(
			computeSegments(customers, DEFAULT_SEGMENTS_OPTIONS),
			''
		);
		const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
		expect(lines[0]).toBe(
			'customer_id,orders,net_revenue,first_order,last_order,recency_days,' +
				'segment,r,f,m,pattern,lapsing,tags'
		);
		// K5: 1 order of 50 on 2024-01-05, 1 day before; R 5 F 1 M 5 → New Customers (4–5 / 1–3 /
		// 1–5) after the earlier rules fail (Champions needs F 5, Potential Loyalist F ≥ 3,
		// Promising R ≤ 4); one order: not lapsing.
		expect(lines[5]).toBe('K5,1,50,2024-01-05,2024-01-05,1,New Customers,5,1,5,one-time,no,');
		expect(count).toBe(5);
	});
});
