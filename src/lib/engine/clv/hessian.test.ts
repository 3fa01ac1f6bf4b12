import { describe, expect, it } from 'vitest';
import { hessianFromGradient, invertPositiveDefinite } from './hessian';

describe('hessianFromGradient and invertPositiveDefinite', () => {
	it('recover a quadratic form and its inverse', () => {
		// f = ½ xᵀAx with A = [[4, 1], [1, 3]]: ∇f = Ax, inverse = [[3, −1], [−1, 4]] / 11.
		const hessian = hessianFromGradient(
			(x, out) => {
				out[0] = 4 * x[0] + x[1];
				out[1] = x[0] + 3 * x[1];
			},
			Float64Array.from([0.3, -2])
		);
		expect(Array.from(hessian).map((v) => Number(v.toFixed(8)))).toEqual([4, 1, 1, 3]);
		const inverse = invertPositiveDefinite(hessian, 2)!;
		expect(inverse[0]).toBeCloseTo(3 / 11, 10);
		expect(inverse[1]).toBeCloseTo(-1 / 11, 10);
		expect(inverse[3]).toBeCloseTo(4 / 11, 10);
	});

	it('returns null for a matrix that is not positive definite', () => {
		expect(invertPositiveDefinite(Float64Array.from([1, 2, 2, 1]), 2)).toBeNull();
	});
});
