import { describe, expect, it } from 'vitest';
import { separationOf } from './separation';

// The bands of Kaufman and Rousseeuw (1990), Finding Groups in Data, p. 88.
describe('separationOf', () => {
	it('reads 0.25 and below as no substantial structure', () => {
		expect([0.25, 0.1, -0.3].map(separationOf)).toEqual(['none', 'none', 'none']);
	});

	it('reads 0.26 to 0.50 as a weak structure', () => {
		expect([0.26, 0.5].map(separationOf)).toEqual(['weak', 'weak']);
	});

	it('reads 0.51 to 0.70 as a reasonable structure', () => {
		expect([0.51, 0.7].map(separationOf)).toEqual(['reasonable', 'reasonable']);
	});

	it('reads above 0.70 as a strong structure', () => {
		expect([0.71, 1].map(separationOf)).toEqual(['strong', 'strong']);
	});

	it('reads a silhouette that could not be computed as no structure', () => {
		expect(separationOf(Number.NaN)).toBe('none');
	});
});
