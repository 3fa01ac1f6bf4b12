import { describe, expect, it } from 'vitest';
import { buildCustomerTable, type CustomerTable } from '../customers/customer-table';
import { parseIsoDay } from '../tables/orders-table';
import { explainRfm, scoreRfm } from './rfm';
import { ordersFromRows, rowsFromProfiles, TEN_PROFILES } from '../tables/test-tables';

const analysisDay = parseIsoDay('2025-01-01');

function tenCustomers(): CustomerTable {
	return buildCustomerTable(ordersFromRows(rowsFromProfiles(TEN_PROFILES, analysisDay)), {
		analysisDay
	});
}

describe('scoreRfm', () => {
	const customers = tenCustomers();
	const rfm = scoreRfm(customers);
	const scoresOf = (id: string) => {
		const i = customers.ids.indexOf(id);
		return [rfm.recency[i], rfm.frequency[i], rfm.monetary[i]];
	};

	it('builds the fixture it claims to', () => {
		expect(Array.from(customers.recencyDays)).toEqual(TEN_PROFILES.map((p) => p.recencyDays));
		expect(Array.from(customers.orders)).toEqual(TEN_PROFILES.map((p) => p.orders));
		expect(Array.from(customers.value)).toEqual(TEN_PROFILES.map((p) => p.value));
	});

	it('takes type-7 quantiles at 20/40/60/80% as cut points', () => {
		// Sorted recency 5 5 10 30 30 30 60 90 200 365; h = 9p: 1.8 → 5 + 0.8·5, 3.6 → 30, 5.4 → 30 + 0.4·30, 7.2 → 90 + 0.2·110.
		expect(rfm.cutPoints.recency.map((c) => +c.toFixed(9))).toEqual([9, 30, 42, 112]);
		// Sorted orders 1 1 1 1 2 2 2 3 5 8.
		expect(rfm.cutPoints.frequency.map((c) => +c.toFixed(9))).toEqual([1, 1.6, 2, 3.4]);
		// Sorted value 10 20 20 20 50 80 100 100 400 1000.
		expect(rfm.cutPoints.monetary.map((c) => +c.toFixed(9))).toEqual([20, 38, 88, 160]);
		expect(rfm.cutPointSource).toEqual({
			recency: 'quantile',
			frequency: 'quantile',
			monetary: 'quantile'
		});
	});

	it('scores by counting cut points below the value, recency reversed', () => {
		expect(scoresOf('c1')).toEqual([5, 5, 5]);
		expect(scoresOf('c2')).toEqual([5, 1, 1]);
		expect(scoresOf('c3')).toEqual([4, 5, 5]);
		expect(scoresOf('c7')).toEqual([2, 4, 3]);
		expect(scoresOf('c9')).toEqual([1, 3, 4]);
		expect(scoresOf('c10')).toEqual([1, 1, 1]);
	});

	it('gives tied values the same score even where the tie straddles a quintile', () => {
		// Four customers with 1 order (40%) straddle the 20% cut; three with recency 30 the 40% cut.
		for (const id of ['c2', 'c5', 'c8', 'c10']) expect(scoresOf(id)[1]).toBe(1);
		for (const id of ['c4', 'c5', 'c6']) expect(scoresOf(id)[0]).toBe(4);
		for (const id of ['c4', 'c6', 'c9']) expect(scoresOf(id)[1]).toBe(3);
		for (const id of ['c5', 'c8', 'c10']) expect(scoresOf(id)[2]).toBe(1);
	});

	it('lets user cut points replace one dimension only', () => {
		const edited = scoreRfm(customers, { cutPoints: { recency: [30, 60, 90, 180] } });
		expect(edited.cutPointSource.recency).toBe('user');
		expect(edited.cutPoints.frequency).toEqual(rfm.cutPoints.frequency);
		const c4 = customers.ids.indexOf('c4');
		const c9 = customers.ids.indexOf('c9');
		expect(edited.recency[c4]).toBe(5);
		expect(edited.recency[c9]).toBe(1);
	});

	it('uses b − 1 quantiles at k/b for fewer bins', () => {
		const three = scoreRfm(customers, { bins: 3 });
		// Orders: h = 3 → 1, h = 6 → 2.
		expect(three.cutPoints.frequency.map((c) => +c.toFixed(9))).toEqual([1, 2]);
		expect(Array.from(three.frequency)).toEqual([3, 1, 3, 2, 1, 2, 3, 1, 2, 1]);
		expect(Math.max(...three.recency)).toBe(3);
	});

	it('rejects bins outside 3–5 and malformed cut points', () => {
		expect(() => scoreRfm(customers, { bins: 6 })).toThrow(/3, 4 or 5/);
		expect(() => scoreRfm(customers, { cutPoints: { monetary: [1, 2, 3] } })).toThrow(
			/4 cut points/
		);
		expect(() => scoreRfm(customers, { cutPoints: { monetary: [1, 3, 2, 4] } })).toThrow(
			/ascending/
		);
		expect(() => scoreRfm(customers, { cutPoints: { monetary: [1, NaN, 2, 4] } })).toThrow(
			/not a number/
		);
	});
});

describe('explainRfm', () => {
	const customers = tenCustomers();
	const rfm = scoreRfm(customers);
	const explain = (id: string) => explainRfm(customers, rfm, customers.ids.indexOf(id));

	it('names the value and the cut points around it', () => {
		expect(explain('c1').recency).toBe('R = 5: last order 5 days ago, cut point ≤ 9 days');
		expect(explain('c4').recency).toBe(
			'R = 4: last order 30 days ago, between cut points > 9 and ≤ 30 days'
		);
		expect(explain('c10').recency).toBe('R = 1: last order 365 days ago, cut point > 112 days');
		expect(explain('c2').frequency).toBe('F = 1: 1 order, cut point ≤ 1 orders');
		expect(explain('c7').frequency).toBe(
			'F = 4: 3 orders, between cut points > 2 and ≤ 3.4 orders'
		);
		expect(explain('c7').monetary).toBe('M = 3: net revenue 80, between cut points > 38 and ≤ 88');
	});
});
