import { describe, expect, it } from 'vitest';
import { toCsv } from '../tables/csv-export';
import { ordersFromRows } from '../tables/test-tables';
import { computeMovement } from './compute-movement';
import { movementExportRows } from './export-movement';
import { dayAfterFrom, FROM, movementRows, TO } from './test-movement';

const result = computeMovement(ordersFromRows(movementRows()), { from: FROM, to: TO });

describe('movementExportRows', () => {
	it('writes the customers of one flow with both dates’ figures', () => {
		expect(movementExportRows(result, '', { from: 'loyal-customers', to: 'champions' })).toEqual([
			[
				'customer_id',
				'from',
				'to',
				'value_before',
				'value_after',
				'value_change',
				'orders_before',
				'orders_after',
				'recency_days_before',
				'recency_days_after',
				'first_order',
				'last_order'
			],
			[
				'D',
				'Loyal Customers',
				'Champions',
				300,
				600,
				300,
				3,
				6,
				4,
				1,
				dayAfterFrom(-24),
				dayAfterFrom(99)
			]
		]);
	});

	it('leaves the from-date fields of a New customer empty', () => {
		const [, row] = movementExportRows(result, '', { from: 'new' });
		expect(row.slice(0, 10)).toEqual([
			'G',
			'New',
			'New Customers',
			null,
			1000,
			1000,
			null,
			1,
			null,
			2
		]);
	});

	it('writes every customer without a filter', () => {
		expect(movementExportRows(result, '')).toHaveLength(8);
	});

	it('names the known groups when a slug is unknown', () => {
		expect(() => movementExportRows(result, '', { from: 'vip' })).toThrow(
			/unknown group "vip": one of champions/
		);
	});

	it('neutralises an id that would start a formula', () => {
		const rows = movementRows().map((row) =>
			row.customer === 'G' ? { ...row, customer: '=HYPERLINK("x")' } : row
		);
		const csv = toCsv(
			movementExportRows(computeMovement(ordersFromRows(rows), { from: FROM, to: TO }), '', {
				from: 'new'
			})
		);
		expect(csv.split('\r\n')[1].startsWith(`"'=HYPERLINK(""x"")",New,`)).toBe(true);
	});
});
