import { describe, expect, it } from 'vitest';
import { runKMeans } from './kmeans';

/** An independent generator for test data (a 32-bit LCG, Numerical Recipes constants). */
function lcg(seed: number): () => number {
	let state = seed >>> 0;
	return () => {
		state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
		return state / 4294967296;
	};
}

/** Rows of 2-D points around the given centres, `perCentre` each, uniform noise ±spread. */
function blobs(centres: number[][], perCentre: number, spread: number, seed: number): Float64Array {
	const random = lcg(seed);
	const values: number[] = [];
	for (const [x, y] of centres) {
		for (let i = 0; i < perCentre; i++) {
			values.push(x + (random() * 2 - 1) * spread, y + (random() * 2 - 1) * spread);
		}
	}
	return Float64Array.from(values);
}

function squared(matrix: Float64Array, row: number, centre: Float64Array, c: number, dims: number) {
	let sum = 0;
	for (let f = 0; f < dims; f++) sum += (matrix[row * dims + f] - centre[c * dims + f]) ** 2;
	return sum;
}

describe('runKMeans', () => {
	it('splits 0, 1, 10, 11 into two pairs with centres 0.5 and 10.5 and inertia 1', () => {
		const result = runKMeans(Float64Array.of(0, 1, 10, 11), 4, 1, 2);
		const { assignments, centroids } = result;
		expect(assignments[0]).toBe(assignments[1]);
		expect(assignments[2]).toBe(assignments[3]);
		expect(assignments[0]).not.toBe(assignments[2]);
		expect(centroids[assignments[0]]).toBe(0.5);
		expect(centroids[assignments[2]]).toBe(10.5);
		expect(result.inertia).toBe(1);
	});

	it('ends at a fixed point of Lloyd: every row nearest its centre, every centre its rows’ mean', () => {
		const rows = 600;
		const matrix = blobs(
			[
				[0, 0],
				[3, 0],
				[0, 3],
				[2.5, 2.5],
				[1.2, 1.2]
			],
			rows / 5,
			1.4,
			5
		);
		const k = 5;
		const result = runKMeans(matrix, rows, 2, k, { tolerance: 0, seed: 11 });
		expect(result.converged).toBe(true);
		const sums = new Float64Array(k * 2);
		const counts = new Int32Array(k);
		for (let i = 0; i < rows; i++) {
			const own = squared(matrix, i, result.centroids, result.assignments[i], 2);
			for (let c = 0; c < k; c++) {
				expect(own).toBeLessThanOrEqual(squared(matrix, i, result.centroids, c, 2) + 1e-12);
			}
			counts[result.assignments[i]]++;
			sums[result.assignments[i] * 2] += matrix[i * 2];
			sums[result.assignments[i] * 2 + 1] += matrix[i * 2 + 1];
		}
		for (let c = 0; c < k; c++) {
			expect(counts[c]).toBeGreaterThan(0);
			expect(result.centroids[c * 2]).toBeCloseTo(sums[c * 2] / counts[c], 10);
			expect(result.centroids[c * 2 + 1]).toBeCloseTo(sums[c * 2 + 1] / counts[c], 10);
		}
		let inertia = 0;
		for (let i = 0; i < rows; i++)
			inertia += squared(matrix, i, result.centroids, result.assignments[i], 2);
		expect(result.inertia).toBeCloseTo(inertia, 9);
	});

	it('gives identical output for the same seed', () => {
		const matrix = blobs(
			[
				[0, 0],
				[5, 5],
				[0, 5]
			],
			100,
			2,
			8
		);
		const first = runKMeans(matrix, 300, 2, 3, { seed: 4 });
		const second = runKMeans(matrix, 300, 2, 3, { seed: 4 });
		expect(second.assignments).toEqual(first.assignments);
		expect(second.centroids).toEqual(first.centroids);
		expect(second.inertia).toBe(first.inertia);
	});

	it('never does worse with more restarts, the first restart using the same seed', () => {
		const matrix = blobs(
			[
				[0, 0],
				[2, 0],
				[1, 2],
				[3, 3]
			],
			50,
			1.5,
			21
		);
		for (const seed of [1, 2, 3, 4, 5]) {
			const one = runKMeans(matrix, 200, 2, 6, { seed, restarts: 1 });
			const five = runKMeans(matrix, 200, 2, 6, { seed, restarts: 5 });
			expect(five.inertia).toBeLessThanOrEqual(one.inertia);
		}
	});

	it('places duplicated rows in k non-empty clusters with zero inertia', () => {
		const result = runKMeans(Float64Array.of(0, 0, 0, 5, 5, 9), 6, 1, 3);
		expect(result.inertia).toBe(0);
		expect(new Set(result.assignments).size).toBe(3);
	});

	it('copes with fewer distinct rows than k without NaN', () => {
		const result = runKMeans(Float64Array.of(2, 2, 2, 2), 4, 1, 2);
		expect(result.inertia).toBe(0);
		expect(Array.from(result.centroids).every(Number.isFinite)).toBe(true);
	});

	it('finds planted centres when the restarts compete on a sample', () => {
		const matrix = blobs(
			[
				[0, 0],
				[10, 0],
				[0, 10]
			],
			200,
			1,
			13
		);
		const result = runKMeans(matrix, 600, 2, 3, { restartSampleSize: 60 });
		for (let group = 0; group < 3; group++) {
			const labels = new Set(result.assignments.subarray(group * 200, group * 200 + 200));
			expect(labels.size).toBe(1);
		}
		expect(new Set(result.assignments).size).toBe(3);
	});

	it('rejects k below 1 or above the number of rows', () => {
		expect(() => runKMeans(Float64Array.of(1, 2), 2, 1, 0)).toThrow(RangeError);
		expect(() => runKMeans(Float64Array.of(1, 2), 2, 1, 3)).toThrow(RangeError);
	});
});
