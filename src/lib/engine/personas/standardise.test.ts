import { describe, expect, it } from 'vitest';
import { standardiseColumns } from './standardise';

describe('standardiseColumns', () => {
	it('z-scores each column with the population standard deviation, row-major', () => {
		// [1, 2, 3]: mean 2, variance 2/3 → z = ∓1/√(2/3) = ∓1.224744871; [10, 10, 40]: mean 20, sd √200.
		const { matrix, dims, means, scales } = standardiseColumns(
			[Float64Array.of(1, 2, 3), Float64Array.of(10, 10, 40)],
			3
		);
		expect(dims).toBe(2);
		expect(Array.from(means)).toEqual([2, 20]);
		expect(scales[0]).toBeCloseTo(Math.sqrt(2 / 3), 12);
		expect(scales[1]).toBeCloseTo(Math.sqrt(200), 12);
		const expected = [
			-1.224744871391589,
			-10 / Math.sqrt(200),
			0,
			-10 / Math.sqrt(200),
			1.224744871391589,
			20 / Math.sqrt(200)
		];
		expected.forEach((z, index) => expect(matrix[index]).toBeCloseTo(z, 12));
	});

	it('turns a constant column into zeros, not NaN', () => {
		const { matrix, scales } = standardiseColumns([Float64Array.of(5, 5, 5, 5)], 4);
		expect(scales[0]).toBe(0);
		expect(Array.from(matrix)).toEqual([0, 0, 0, 0]);
	});

	it('leaves missing values out of the mean and puts them at 0', () => {
		// Finite values 2 and 4: mean 3, sd 1.
		const { matrix, means } = standardiseColumns([Float64Array.of(2, NaN, 4)], 3);
		expect(means[0]).toBe(3);
		expect(Array.from(matrix)).toEqual([-1, 0, 1]);
	});

	it('only centres an indicator column', () => {
		// Share 1/4: centred values 0.75 and −0.25, standard deviation left out.
		const { matrix, scales } = standardiseColumns([Float64Array.of(1, 0, 0, 0)], 4, [true]);
		expect(scales[0]).toBe(1);
		expect(Array.from(matrix)).toEqual([0.75, -0.25, -0.25, -0.25]);
	});

	it('rejects a column of the wrong length', () => {
		expect(() => standardiseColumns([Float64Array.of(1, 2)], 3)).toThrow(RangeError);
	});
});
