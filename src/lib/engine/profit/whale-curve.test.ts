import { describe, expect, it } from 'vitest';
import { computeWhaleCurve } from './whale-curve';

describe('computeWhaleCurve', () => {
	// Hand: 233, 74, −18, −80 (the hand shop) → cumulative 233, 307, 289, 209; total 209.
	const whale = computeWhaleCurve(Float64Array.from([74, -80, 233, -18]));

	it('peaks after the customers with a positive contribution', () => {
		expect(whale.total).toBe(209);
		expect(whale.peak).toEqual({
			count: 2,
			customerShare: 0.5,
			contribution: 307,
			share: 307 / 209,
			giveBack: 98,
			giveBackShare: 98 / 209,
			losing: 2
		});
	});

	it('draws every rank of a small curve from (0, 0)', () => {
		expect(whale.points.rank).toEqual([0, 1, 2, 3, 4]);
		expect(whale.points.cumulative).toEqual([0, 233, 307, 289, 209]);
		expect(whale.points.customerShare).toEqual([0, 0.25, 0.5, 0.75, 1]);
		expect(whale.points.cumulativeShare).toEqual([0, 233 / 209, 307 / 209, 289 / 209, 1]);
	});

	it('has no shares when the total is a loss, but keeps the amounts', () => {
		const loss = computeWhaleCurve(Float64Array.from([10, -30]));
		expect(loss.total).toBe(-20);
		expect(loss.peak.contribution).toBe(10);
		expect(loss.peak.giveBack).toBe(30);
		expect(loss.peak.share).toBeNull();
		expect(loss.peak.giveBackShare).toBeNull();
		expect(loss.points.cumulativeShare).toBeNull();
	});

	it('has a peak at rank 0 when nobody makes money', () => {
		const none = computeWhaleCurve(Float64Array.from([-1, -2, 0]));
		expect(none.peak).toMatchObject({ count: 0, customerShare: 0, contribution: 0, losing: 2 });
	});

	it('downsamples a long curve but keeps the exact peak and the last rank', () => {
		const values = Float64Array.from({ length: 10_001 }, (_, i) => 5_000 - i); // 5000 … −5000
		const curve = computeWhaleCurve(values, { maxPoints: 50 });
		expect(curve.points.rank.length).toBeLessThanOrEqual(50);
		expect(curve.points.rank).toContain(5_000);
		expect(curve.points.rank.at(-1)).toBe(10_001);
		const at = curve.points.rank.indexOf(5_000);
		expect(curve.points.cumulative[at]).toBe((5_000 * 5_001) / 2);
		expect(curve.peak.count).toBe(5_000);
	});

	it('handles an empty table', () => {
		const empty = computeWhaleCurve(new Float64Array(0));
		expect(empty.peak).toMatchObject({ count: 0, customerShare: 0, share: null });
		expect(empty.points.rank).toEqual([0]);
	});
});
