import { describe, expect, it } from 'vitest';
import {
	ALL_LINES,
	classifyPairs,
	isOrderSum,
	NO_LINE,
	ORDER,
	pairKinds,
	pairOrderLines,
	RETURN,
	sumPairs,
	ZERO_TOLERANCE
} from './order-rule';
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

describe('pairKinds', () => {
	/** The kinds as the per-pair sums give them: the rule's reference. */
	const fromSums = (orders: ReturnType<typeof ordersFromRows>) => {
		const pairs = pairOrderLines(orders);
		const sums = sumPairs(orders, pairs, ALL_LINES, false);
		const isOrder = classifyPairs(sums);
		return Array.from(sums.lineCount, (count, p) =>
			count === 0 ? NO_LINE : isOrder[p] === 1 ? ORDER : RETURN
		);
	};

	it('calls each pair of consecutive lines an order or a return, in one pass', () => {
		// By hand: o1 = 10 + 5 (order); o2 = 20 − 20 with a negative line (return); o3 = 0 + 0 (free
		// order); o4 = 0.1 + 0.2 − 0.3 (zero within the tolerance, with a negative line: return).
		const orders = ordersFromRows([
			{ customer: 'A', order: 'o1', date: '2024-01-01', amount: 10 },
			{ customer: 'A', order: 'o1', date: '2024-01-01', amount: 5 },
			{ customer: 'B', order: 'o2', date: '2024-01-02', amount: 20 },
			{ customer: 'B', order: 'o2', date: '2024-01-02', amount: -20 },
			{ customer: 'C', order: 'o3', date: '2024-01-03', amount: 0 },
			{ customer: 'C', order: 'o3', date: '2024-01-03', amount: 0 },
			{ customer: 'D', order: 'o4', date: '2024-01-04', amount: 0.1 },
			{ customer: 'D', order: 'o4', date: '2024-01-04', amount: 0.2 },
			{ customer: 'D', order: 'o4', date: '2024-01-04', amount: -0.3 }
		]);
		expect(Array.from(pairKinds(orders, pairOrderLines(orders)))).toEqual([
			ORDER,
			RETURN,
			ORDER,
			RETURN
		]);
	});

	it('sums per pair when a pair’s lines lie apart', () => {
		// o1 = 5 − 8 + 4 = 1 across o2's line: an order; run by run it would be two (5, then 4) and a return.
		const orders = ordersFromRows([
			{ customer: 'A', order: 'o1', date: '2024-01-01', amount: 5 },
			{ customer: 'A', order: 'o1', date: '2024-01-01', amount: -8 },
			{ customer: 'B', order: 'o2', date: '2024-01-02', amount: -3 },
			{ customer: 'A', order: 'o1', date: '2024-01-03', amount: 4 }
		]);
		expect(Array.from(pairKinds(orders, pairOrderLines(orders)))).toEqual([ORDER, RETURN]);
	});

	it('gives the kinds of the per-pair sums on random tables, lines together or apart', () => {
		let seed = 7;
		const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
		for (let run = 0; run < 200; run++) {
			const rows = [];
			const apart = run % 2 === 1;
			for (let line = 0; line < 40; line++) {
				const order = apart ? Math.floor(random() * 8) : Math.floor(line / (1 + (run % 4)));
				const amount = [0, 0.1, 0.2, -0.3, 5, -5, 12.5, -20][Math.floor(random() * 8)];
				rows.push({ customer: `c${order % 3}`, order: `o${order}`, date: '2024-01-01', amount });
			}
			const orders = ordersFromRows(rows);
			expect(Array.from(pairKinds(orders, pairOrderLines(orders))), `run ${run}`).toEqual(
				fromSums(orders)
			);
		}
	});
});
