import { describe, expect, it } from 'vitest';
import { parseIsoDay } from '../tables/orders-table';
import { ordersFromRows } from '../tables/test-tables';
import { expectedPurchases } from './bgnbd-model';
import { checkHoldout, trackRepeatTransactions } from './holdout-tracking';
import { summariseTransactions } from './summarise-transactions';

const PARAMS = { r: 0.24259, alpha: 4.4136, a: 0.79292, b: 2.42591 };

describe('holdout check and tracking', () => {
	// a starts day 0, buys again days 3 and 10 (calibration) and 16 (holdout); b starts day 2.
	const start = parseIsoDay('2024-01-01');
	const date = (d: number) => new Date((start + d) * 86_400_000).toISOString().slice(0, 10);
	const orders = ordersFromRows([
		{ customer: 'a', date: date(0), amount: 1 },
		{ customer: 'a', date: date(3), amount: 1 },
		{ customer: 'a', date: date(10), amount: 1 },
		{ customer: 'a', date: date(16), amount: 1 },
		{ customer: 'b', date: date(2), amount: 1 }
	]);
	const summary = summariseTransactions(orders, start + 10, start + 17);

	it('sums actual holdout days and the given predictions, by calibration frequency', () => {
		const check = checkHoldout(summary, Float64Array.from([0.5, 0.25]));
		expect(check).toMatchObject({ lengthDays: 7, actual: 1, predicted: 0.75 });
		expect(check.byFrequency).toEqual([
			{ frequency: 0, isOpenEnded: false, customers: 1, actualMean: 0, predictedMean: 0.25 },
			{ frequency: 2, isOpenEnded: false, customers: 1, actualMean: 1, predictedMean: 0.5 }
		]);
	});

	it('tracks weekly cumulative repeats against E[X(t)] from each start day, with the cut-off marked', () => {
		const tracking = trackRepeatTransactions(summary, PARAMS, 7);
		expect(tracking.points.map((p) => p.endDay - start)).toEqual([6, 10, 13, 17]);
		expect(tracking.cutoffIndex).toBe(1);
		expect(tracking.points.map((p) => p.actual)).toEqual([1, 2, 2, 3]);
		const e = (days: number) => expectedPurchases(PARAMS, days / 7);
		expect(tracking.points[0].expected).toBeCloseTo(e(6) + e(4), 12);
		expect(tracking.points[3].expected).toBeCloseTo(e(17) + e(15), 12);
	});
});
