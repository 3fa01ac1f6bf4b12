import { describe, expect, it } from 'vitest';
import { silhouetteScore, silhouetteScores } from './silhouette';

const oneColumn = (...values: number[]): Float64Array => Float64Array.from(values);

describe('silhouetteScore', () => {
	it('matches a hand computation on four points in two clusters', () => {
		// 0, 1 | 4, 5: s(0) = (4.5 − 1)/4.5 = 7/9, s(1) = (3.5 − 1)/3.5 = 5/7, and symmetrically → 47/63.
		const score = silhouetteScore(oneColumn(0, 1, 4, 5), 1, {
			k: 2,
			assignments: Int32Array.of(0, 0, 1, 1)
		});
		expect(score).toBeCloseTo(47 / 63, 12);
	});

	it('counts a point alone in its cluster as 0', () => {
		// 0, 1 | 5: s(0) = (5 − 1)/5 = 0.8, s(1) = (4 − 1)/4 = 0.75, s(5) = 0 → 1.55/3.
		const score = silhouetteScore(oneColumn(0, 1, 5), 1, {
			k: 2,
			assignments: Int32Array.of(0, 0, 1)
		});
		expect(score).toBeCloseTo(1.55 / 3, 12);
	});

	it('uses Euclidean distance across columns', () => {
		// (0,0), (0,1) | (3,4), (3,5): distances 1 within; across √25 = 5, √34, √(9+9) = √18, 5.
		// s((0,0)) = b (5 + √34)/2 vs a 1; s((0,1)) = b (√18 + 5)/2; the other two mirror these.
		const matrix = Float64Array.of(0, 0, 0, 1, 3, 4, 3, 5);
		const b0 = (5 + Math.sqrt(34)) / 2;
		const b1 = (Math.sqrt(18) + 5) / 2;
		const expected = ((b0 - 1) / b0 + (b1 - 1) / b1) / 2;
		const score = silhouetteScore(matrix, 2, { k: 2, assignments: Int32Array.of(0, 0, 1, 1) });
		expect(score).toBeCloseTo(expected, 12);
	});

	it('is negative when the points are put in the wrong clusters', () => {
		const score = silhouetteScore(oneColumn(0, 1, 4, 5), 1, {
			k: 2,
			assignments: Int32Array.of(0, 1, 0, 1)
		});
		expect(score).toBeLessThan(0);
	});
});

describe('silhouetteScores', () => {
	it('gives each clustering the same score as scoring it alone', () => {
		const matrix = oneColumn(0, 1, 2, 7, 8, 9, 20, 21);
		const two = { k: 2, assignments: Int32Array.of(0, 0, 0, 0, 0, 0, 1, 1) };
		const three = { k: 3, assignments: Int32Array.of(0, 0, 0, 1, 1, 1, 2, 2) };
		const both = silhouetteScores(matrix, 1, [two, three]);
		expect(both[0]).toBeCloseTo(silhouetteScore(matrix, 1, two), 12);
		expect(both[1]).toBeCloseTo(silhouetteScore(matrix, 1, three), 12);
		expect(both[1]).toBeGreaterThan(both[0]);
	});

	it('estimates on a seeded sample above the sample size, close to the exact figure', () => {
		// Two tight groups, 0..0.99 and 10..10.99 in steps of 0.01: exact silhouette computed on all rows.
		const values: number[] = [];
		const labels: number[] = [];
		for (let i = 0; i < 100; i++) values.push(i / 100, 10 + i / 100);
		for (let i = 0; i < 100; i++) labels.push(0, 1);
		const matrix = Float64Array.from(values);
		const labelling = { k: 2, assignments: Int32Array.from(labels) };
		const exact = silhouetteScore(matrix, 1, labelling);
		const sampled = silhouetteScores(matrix, 1, [labelling], { sampleSize: 50, seed: 3 })[0];
		expect(sampled).not.toBe(exact);
		expect(Math.abs(sampled - exact)).toBeLessThan(0.01);
		expect(silhouetteScores(matrix, 1, [labelling], { sampleSize: 50, seed: 3 })[0]).toBe(sampled);
	});
});
