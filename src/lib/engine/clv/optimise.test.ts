import { describe, expect, it } from 'vitest';
import { minimiseBfgs, minimiseNelderMead, type Objective } from './optimise';

/** Rosenbrock's valley, minimum 0 at (1, 1). */
const rosenbrock: Objective = (x, gradient) => {
	const [a, b] = [x[0], x[1]];
	if (gradient) {
		gradient[0] = -2 * (1 - a) - 400 * a * (b - a * a);
		gradient[1] = 200 * (b - a * a);
	}
	return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
};

describe('minimiseBfgs', () => {
	it('finds the minimum of Rosenbrock from (−1.2, 1)', () => {
		const result = minimiseBfgs(rosenbrock, Float64Array.from([-1.2, 1]));
		expect(result.isConverged).toBe(true);
		expect(result.point[0]).toBeCloseTo(1, 6);
		expect(result.point[1]).toBeCloseTo(1, 6);
	});

	it('steps back from where the function is not finite', () => {
		const f: Objective = (x, gradient) => {
			if (x[0] <= 0) return Infinity;
			if (gradient) gradient[0] = 1 - 1 / x[0];
			return x[0] - Math.log(x[0]);
		};
		const result = minimiseBfgs(f, Float64Array.from([5]));
		expect(result.point[0]).toBeCloseTo(1, 6);
	});
});

describe('minimiseNelderMead', () => {
	it('finds the minimum of Rosenbrock without derivatives', () => {
		const result = minimiseNelderMead(rosenbrock, Float64Array.from([-1.2, 1]), {
			maxEvaluations: 5000,
			tolerance: 1e-14
		});
		expect(result.point[0]).toBeCloseTo(1, 3);
		expect(result.point[1]).toBeCloseTo(1, 3);
	});
});
