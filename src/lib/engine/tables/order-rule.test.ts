import { describe, expect, it } from 'vitest';
import { classifyPairs, isOrderSum, pairOrderLines, sumPairs, ZERO_TOLERANCE } from './order-rule';
import { ordersFromRows } from './test-tables';

describe('isOrderSum', () => {
	it('calls a positive sum an order', () => {
		expect(isOrderSum(10, 10, false)).toBe(true);
	});

	it('calls a negative sum a return', () => {
		expect(isOrderSum(-4, 4, true)).toBe(false);
	});

	it('calls a zero sum with a negative line a return (bought and cancelled in full)', () => {
		expect(isOrderSum(0, 40, true)).toBe(false);
	});

	it('calls a zero sum of non-negative lines a free order', () => {
		expect(isOrderSum(0, 0, false)).toBe(true);
	});

	it('treats a sum within 1e-9 of the absolute sum as zero', () => {
		// 0.1 + 0.2 − 0.3 is 5.6e-17 in doubles: zero, with a negative line, so a return.
		expect(0.1 + 0.2 - 0.3).not.toBe(0);
		expect(isOrderSum(0.1 + 0.2 - 0.3, 0.6, true)).toBe(false);
		expect(isOrderSum(1e-6, 1, true)).toBe(true);
		expect(ZERO_TOLERANCE).toBe(1e-9);
	});
});

describe('pairOrderLines', () => {
	it('keeps the order code as the pair when no order id is shared', () => {
		const orders = ordersFromRows([
			{ customer: 'A', order: 'o1', date: '2024-01-01', amount: 1 },
			{ customer: 'B', order: 'o2', date: '2024-01-01', amount: 1 }
		]);
		const pairs = pairOrderLines(orders);
		expect(pairs.pairOrder).toBeNull();
		expect(pairs.pairCount).toBe(2);
	});

	it('makes two pairs of one order id used by two customers', () => {
		const orders = ordersFromRows([
			{ customer: 'A', order: 'o1', date: '2024-01-01', amount: 5 },
			{ customer: 'B', order: 'o1', date: '2024-01-01', amount: -4 }
		]);
		const pairs = pairOrderLines(orders);
		expect(pairs.pairCount).toBe(2);
		expect(
			Array.from(classifyPairs(sumPairs(orders, pairs, { startDay: -Infinity, endDay: Infinity })))
		).toEqual([1, 0]);
	});
});

describe('sumPairs', () => {
	it('leaves out lines before the start day and on or after the end day', () => {
		const orders = ordersFromRows([
			{ customer: 'A', order: 'o1', date: '2024-01-01', amount: 5 },
			{ customer: 'A', order: 'o1', date: '2024-01-02', amount: 7 },
			{ customer: 'A', order: 'o1', date: '2024-01-03', amount: 11 }
		]);
		const day = (iso: string) => Date.parse(iso) / 86_400_000;
		const sums = sumPairs(orders, pairOrderLines(orders), {
			startDay: day('2024-01-02'),
			endDay: day('2024-01-03')
		});
		expect(Array.from(sums.sum)).toEqual([7]);
		expect(sums.linesOutside).toBe(2);
	});

	it('gives the same sums without first days and lines, and leaves those empty', () => {
		const orders = ordersFromRows([
			{ customer: 'A', order: 'o1', date: '2024-01-03', amount: 5 },
			{ customer: 'B', order: 'o2', date: '2024-01-01', amount: -2 },
			{ customer: 'A', order: 'o1', date: '2024-01-02', amount: 7 },
			{ customer: 'B', order: 'o2', date: '2024-01-04', amount: 2 }
		]);
		const pairs = pairOrderLines(orders);
		const all = { startDay: -Infinity, endDay: Infinity };
		const full = sumPairs(orders, pairs, all);
		const lean = sumPairs(orders, pairs, all, false);
		// By hand: o1 = 5 + 7 = 12 (first on 2024-01-02, line 0); o2 = −2 + 2 = 0 with a negative line.
		expect(Array.from(full.sum)).toEqual([12, 0]);
		expect(Array.from(full.firstLine)).toEqual([0, 1]);
		expect(Array.from(full.firstDay)).toEqual([19724, 19723]);
		expect({ ...lean, firstDay: null, firstLine: null }).toEqual({
			...full,
			firstDay: null,
			firstLine: null
		});
		expect([lean.firstDay.length, lean.firstLine.length]).toEqual([0, 0]);
	});
});
