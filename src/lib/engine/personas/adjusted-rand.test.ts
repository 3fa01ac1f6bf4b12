import { describe, expect, it } from 'vitest';
import { adjustedRandIndex } from './adjusted-rand';

describe('adjustedRandIndex', () => {
	it('matches a hand computation on a six-item example', () => {
		// Contingency {0:(2,1,0), 1:(0,1,2)}: Σ C(nij,2) = 2, rows 3+3 → 6, columns 2,2,2 → 3,
		// C(6,2) = 15: expected 6·3/15 = 1.2, maximum 4.5 → (2 − 1.2)/(4.5 − 1.2) = 8/33.
		expect(adjustedRandIndex([0, 0, 0, 1, 1, 1], [0, 0, 1, 1, 2, 2])).toBeCloseTo(8 / 33, 12);
	});

	it('matches the scikit-learn documentation example (4/7 ≈ 0.57)', () => {
		expect(adjustedRandIndex([0, 0, 1, 1], [0, 0, 1, 2])).toBeCloseTo(4 / 7, 12);
	});

	it('is 1 for the same partition under other label numbers, and symmetric', () => {
		expect(adjustedRandIndex([0, 0, 1, 1, 2], [2, 2, 0, 0, 1])).toBe(1);
		const a = [0, 1, 1, 2, 0, 2, 1];
		const b = [1, 1, 0, 0, 1, 2, 2];
		expect(adjustedRandIndex(a, b)).toBeCloseTo(adjustedRandIndex(b, a), 12);
	});

	it('is negative when agreement is worse than chance', () => {
		// No pair is together in both: index 0, expected 2·2/6 = 2/3, maximum 2 → (0 − 2/3)/(2 − 2/3) = −1/2.
		expect(adjustedRandIndex([0, 0, 1, 1], [0, 1, 0, 1])).toBeCloseTo(-0.5, 12);
	});

	it('throws when the labellings differ in length', () => {
		expect(() => adjustedRandIndex([0, 1], [0, 1, 1])).toThrow(RangeError);
	});
});
