import { describe, expect, it } from 'vitest';
import { ordersFromRows } from '../tables/test-tables';
import { DEFAULT_CLV_OPTIONS } from './clv-options';
import { computeClv, type ClvResult } from './compute-clv';
import { clvCustomerCurve, type ClvCustomerCurve } from './customer-curve';
import { cdnowRows } from '../../../../tests/unit/cdnow-sample';

// CDNOW plus a customer whose first purchase comes after the cut-off.
const rows = [...cdnowRows(), { customer: 'late', date: '1998-01-15', amount: 30 }];
const orders = ordersFromRows(rows);
const computed = computeClv(orders, {
	...DEFAULT_CLV_OPTIONS,
	calibrationEnd: '1997-09-30',
	holdoutEnd: '1998-06-30',
	unit: 'weeks'
});
if (computed.status !== 'computed') throw new Error(computed.reason);
const result: ClvResult = computed;

function curveOf(id: string): ClvCustomerCurve {
	const curve = clvCustomerCurve(result, orders, id);
	if (curve.status !== 'computed') throw new Error(curve.reason);
	return curve;
}

describe('clvCustomerCurve of CDNOW customer 00004 (x 2, tₓ 30.43, T 38.86 weeks)', () => {
	// 00004 bought on 1997-01-01, 01-18 and 08-02 (calibration) and 1997-12-12 (holdout).
	const curve = curveOf('00004');
	if (result.bgnbd.status !== 'fitted') throw new Error('not fitted');
	const { r, alpha, a, b } = result.bgnbd.params;
	/** FHL 2005 eq. (13), written out. */
	const alive = (x: number, tx: number, T: number) =>
		x === 0 ? 1 : 1 / (1 + (a / (b + x - 1)) * ((alpha + T) / (alpha + tx)) ** (r + x));

	it('lists the purchase days up to the holdout end', () => {
		expect(curve.purchaseDates).toEqual(['1997-01-01', '1997-01-18', '1997-08-02', '1997-12-12']);
	});

	it('ends the history on the cut-off with the P(alive) of eq. 13 and of the ranked table', () => {
		const end = curve.history.at(-1)!;
		expect(end.date).toBe('1997-09-30');
		expect(end.purchases).toBe(3);
		expect(end.pAlive).toBeCloseTo(alive(2, 213 / 7, 272 / 7), 12);
		expect(curve.pAlive).toBeCloseTo(end.pAlive, 12);
	});

	it('judges each day of the history with the purchases up to that day', () => {
		// Weekly points from the first purchase: day 119 (1997-04-30) follows two purchases.
		const april = curve.history.find((p) => p.days === 119)!;
		expect(april).toMatchObject({ date: '1997-04-30', purchases: 2 });
		expect(april.pAlive).toBeCloseTo(alive(1, 17 / 7, 119 / 7), 12);
		const point = curve.history.find((p) => p.date === '1997-01-18')!;
		expect(point.purchases).toBe(2);
		expect(point.pAlive).toBeCloseTo(alive(1, 17 / 7, 17 / 7), 12);
		expect(curve.history[0]).toMatchObject({ date: '1997-01-01', days: 0, pAlive: 1 });
	});

	it('forecasts lifetimes’ 1.226 purchases over the 39-week holdout, beside the 1 actual', () => {
		const end = curve.forecast.find((point) => point.date === '1998-06-30')!;
		expect(end.days).toBe(273);
		expect(end.expected).toBeCloseTo(1.226, 3);
		expect(end.actual).toBe(1);
		expect(curve.forecast.find((p) => p.date === '1997-11-30')?.actual ?? 0).toBe(0);
	});

	it('runs the forecast from 0 on the cut-off to the 365-day horizon, rising, with no actual after the holdout', () => {
		const first = curve.forecast[0];
		const last = curve.forecast.at(-1)!;
		expect(first).toMatchObject({ days: 0, expected: 0, actual: 0 });
		expect(last.days).toBe(365);
		expect(last.actual).toBeNull();
		expect(last.expected).toBeCloseTo(curve.expectedPurchases, 12);
		const expected = curve.forecast.map((p) => p.expected);
		expect(expected.every((e, k) => k === 0 || e >= expected[k - 1])).toBe(true);
	});
});

describe('clvCustomerCurve when there is no curve', () => {
	it('says a customer who first bought after the cut-off is not predicted', () => {
		expect(clvCustomerCurve(result, orders, 'late')).toMatchObject({
			status: 'failed',
			reason: 'customer late has no purchase on or before the cut-off 1997-09-30'
		});
	});

	it('says an unknown id is not a customer', () => {
		expect(clvCustomerCurve(result, orders, 'nobody')).toMatchObject({
			status: 'failed',
			reason: 'there is no customer nobody'
		});
	});
});
