import { describe, expect, it } from 'vitest';
import { lapsingShareOf, usualGapDays } from './persona-figures';

describe('usualGapDays', () => {
	it('gives the median gap of a persona whose typical member has ordered twice or more', () => {
		expect(usualGapDays({ orders: 4, gapDays: 89.25 })).toBe(89.25);
	});

	it('leaves out the gap of a persona whose typical member has ordered once', () => {
		// CDNOW's "Lapsed one-time buyers": median 1 order, yet a 47-day median gap among the few repeaters.
		expect(usualGapDays({ orders: 1, gapDays: 47 })).toBeNull();
	});

	it('counts a median of one and a half orders as two, as the persona story does', () => {
		expect(usualGapDays({ orders: 1.5, gapDays: 30 })).toBe(30);
	});

	it('leaves out the gap when no member has two orders', () => {
		expect(usualGapDays({ orders: 3, gapDays: null })).toBeNull();
	});
});

describe('lapsingShareOf', () => {
	it('gives the lapsing share when some member has a usual gap', () => {
		expect(lapsingShareOf({ lapsingShare: 0.176, medians: { gapDays: 47 } })).toBe(0.176);
	});

	it('leaves out the lapsing share when no member has two orders', () => {
		expect(lapsingShareOf({ lapsingShare: 0, medians: { gapDays: null } })).toBeNull();
	});
});
