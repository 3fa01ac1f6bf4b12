/**
 * A small unconstrained minimiser for smooth functions of a few variables (the models' log
 * parameters): BFGS with a backtracking line search, Nelder–Mead as a derivative-free fallback,
 * Newton polish steps (Hessian and inverse from `./hessian`). A non-finite value is
 * treated as "outside the domain": the line search steps back instead of failing.
 */
import { hessianFromGradient, invertPositiveDefinite } from './hessian';

/** f(x); when `gradient` is given, it receives ∇f(x). May return Infinity or NaN outside its domain. */
export type Objective = (x: Float64Array, gradient?: Float64Array) => number;

export interface MinimiseResult {
	point: Float64Array;
	value: number;
	/** Largest absolute gradient component at `point` (NaN for Nelder–Mead). */
	gradientNorm: number;
	iterations: number;
	evaluations: number;
	isConverged: boolean;
}

export interface BfgsOptions {
	maxIterations?: number;
	/** Converged when every gradient component is below this (default 1e-9). */
	gradientTolerance?: number;
	/** Largest step of any coordinate in one iteration (default 3: e³ in log parameters). */
	maxStep?: number;
}

const maxAbs = (v: Float64Array) => v.reduce((m, x) => Math.max(m, Math.abs(x)), 0);

/**
 * Minimises `f` from `start` by BFGS (Nocedal & Wright, alg. 6.1) on the inverse Hessian, with an
 * Armijo backtracking line search; the update is skipped when the curvature sᵀy ≤ 0.
 */
export function minimiseBfgs(f: Objective, start: Float64Array, options: BfgsOptions = {}) {
	const { maxIterations = 500, gradientTolerance = 1e-9, maxStep = 3 } = options;
	const n = start.length;
	let x = Float64Array.from(start);
	let g = new Float64Array(n);
	let value = f(x, g);
	let evaluations = 1;
	if (!Number.isFinite(value) || !g.every(Number.isFinite)) {
		return { point: x, value, gradientNorm: NaN, iterations: 0, evaluations, isConverged: false };
	}
	const h = identity(n);
	const direction = new Float64Array(n);
	const candidate = new Float64Array(n);
	let candidateGradient = new Float64Array(n);
	let iterations = 0;
	for (; iterations < maxIterations && maxAbs(g) > gradientTolerance; iterations++) {
		for (let i = 0; i < n; i++) {
			let sum = 0;
			for (let j = 0; j < n; j++) sum -= h[i * n + j] * g[j];
			direction[i] = sum;
		}
		let slope = dot(direction, g);
		if (!(slope < 0)) {
			// Not a descent direction (rounding): restart from steepest descent.
			resetIdentity(h, n);
			for (let i = 0; i < n; i++) direction[i] = -g[i];
			slope = dot(direction, g);
		}
		let step = Math.min(1, maxStep / Math.max(maxAbs(direction), 1e-300));
		let accepted = false;
		let candidateValue = NaN;
		for (let tries = 0; tries < 60; tries++, step *= 0.5) {
			for (let i = 0; i < n; i++) candidate[i] = x[i] + step * direction[i];
			candidateValue = f(candidate, candidateGradient);
			evaluations++;
			if (
				Number.isFinite(candidateValue) &&
				candidateGradient.every(Number.isFinite) &&
				candidateValue <= value + 1e-4 * step * slope
			) {
				accepted = true;
				break;
			}
		}
		if (!accepted) break;
		const s = new Float64Array(n);
		const y = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			s[i] = candidate[i] - x[i];
			y[i] = candidateGradient[i] - g[i];
		}
		const previous = value;
		x = Float64Array.from(candidate);
		[g, candidateGradient] = [candidateGradient, g];
		value = candidateValue;
		updateInverseHessian(h, s, y, n);
		if (previous - value <= 1e-15 * Math.max(1, Math.abs(value)) && maxAbs(s) < 1e-12) break;
	}
	const gradientNorm = maxAbs(g);
	return {
		point: x,
		value,
		gradientNorm,
		iterations,
		evaluations,
		isConverged: gradientNorm <= gradientTolerance * 1e3
	};
}

/** H ← (I − ρsyᵀ) H (I − ρysᵀ) + ρssᵀ, ρ = 1/yᵀs; skipped when yᵀs is not positive. */
function updateInverseHessian(h: Float64Array, s: Float64Array, y: Float64Array, n: number) {
	const sy = dot(s, y);
	if (!(sy > 1e-300)) return;
	const rho = 1 / sy;
	const hy = new Float64Array(n);
	for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) hy[i] += h[i * n + j] * y[j];
	const yhy = dot(y, hy);
	for (let i = 0; i < n; i++) {
		for (let j = 0; j < n; j++) {
			h[i * n + j] += (1 + rho * yhy) * rho * s[i] * s[j] - rho * (hy[i] * s[j] + s[i] * hy[j]);
		}
	}
}

export interface NelderMeadOptions {
	maxEvaluations?: number;
	/** Initial simplex edge along each coordinate (default 0.5). */
	step?: number;
	/** Stops when the simplex's values differ by less than this (default 1e-10). */
	tolerance?: number;
}

/**
 * Minimises `f` from `start` by Nelder–Mead (Lagarias et al. 1998 coefficients: reflection 1,
 * expansion 2, contraction ½, shrink ½). Non-finite values count as +Infinity.
 */
export function minimiseNelderMead(
	f: Objective,
	start: Float64Array,
	options: NelderMeadOptions = {}
): MinimiseResult {
	const { maxEvaluations = 2000, step = 0.5, tolerance = 1e-10 } = options;
	const n = start.length;
	let evaluations = 0;
	const value = (x: Float64Array) => {
		evaluations++;
		const v = f(x);
		return Number.isFinite(v) ? v : Infinity;
	};
	const simplex = Array.from({ length: n + 1 }, (_, k) => {
		const x = Float64Array.from(start);
		if (k > 0) x[k - 1] += step;
		return { x, v: value(x) };
	});
	const along = (from: Float64Array, to: Float64Array, t: number) =>
		from.map((c, i) => c + t * (to[i] - c));
	let iterations = 0;
	while (evaluations < maxEvaluations) {
		iterations++;
		simplex.sort((p, q) => p.v - q.v);
		const best = simplex[0];
		const worst = simplex[n];
		if (Math.abs(worst.v - best.v) <= tolerance * (1 + Math.abs(best.v))) break;
		const centroid = new Float64Array(n);
		for (let k = 0; k < n; k++) for (let i = 0; i < n; i++) centroid[i] += simplex[k].x[i] / n;
		const reflected = along(centroid, worst.x, -1);
		const reflectedValue = value(reflected);
		if (reflectedValue < best.v) {
			const expanded = along(centroid, worst.x, -2);
			const expandedValue = value(expanded);
			simplex[n] =
				expandedValue < reflectedValue
					? { x: expanded, v: expandedValue }
					: { x: reflected, v: reflectedValue };
		} else if (reflectedValue < simplex[n - 1].v) {
			simplex[n] = { x: reflected, v: reflectedValue };
		} else {
			const outside = reflectedValue < worst.v;
			const contracted = along(centroid, outside ? reflected : worst.x, 0.5);
			const contractedValue = value(contracted);
			if (contractedValue < Math.min(reflectedValue, worst.v)) {
				simplex[n] = { x: contracted, v: contractedValue };
			} else {
				for (let k = 1; k <= n; k++) {
					const x = along(best.x, simplex[k].x, 0.5);
					simplex[k] = { x, v: value(x) };
				}
			}
		}
	}
	simplex.sort((p, q) => p.v - q.v);
	const isConverged =
		Math.abs(simplex[n].v - simplex[0].v) <= tolerance * (1 + Math.abs(simplex[0].v));
	return {
		point: simplex[0].x,
		value: simplex[0].v,
		gradientNorm: NaN,
		iterations,
		evaluations,
		isConverged
	};
}

/**
 * A few Newton steps x ← x − H⁻¹∇f with the finite-difference Hessian of the analytic gradient,
 * kept only while they lower f: BFGS stops near the optimum, Newton converges quadratically there.
 */
export function polishNewton(
	objective: (theta: Float64Array, out?: Float64Array) => number,
	start: Float64Array,
	steps = 3
): Float64Array {
	const n = start.length;
	let theta = Float64Array.from(start);
	let value = objective(theta);
	const gradient = new Float64Array(n);
	for (let s = 0; s < steps; s++) {
		objective(theta, gradient);
		const hessian = hessianFromGradient((x, out) => objective(x, out), theta);
		const inverse = invertPositiveDefinite(hessian, n);
		if (!inverse) break;
		const next = new Float64Array(n);
		for (let i = 0; i < n; i++) {
			let step = 0;
			for (let j = 0; j < n; j++) step += inverse[i * n + j] * gradient[j];
			next[i] = theta[i] - step;
		}
		const nextValue = objective(next);
		if (!(nextValue <= value)) break;
		theta = next;
		value = nextValue;
	}
	return theta;
}

function identity(n: number): Float64Array {
	const m = new Float64Array(n * n);
	resetIdentity(m, n);
	return m;
}

function resetIdentity(m: Float64Array, n: number) {
	m.fill(0);
	for (let i = 0; i < n; i++) m[i * n + i] = 1;
}

function dot(u: Float64Array, v: Float64Array): number {
	let sum = 0;
	for (let i = 0; i < u.length; i++) sum += u[i] * v[i];
	return sum;
}
