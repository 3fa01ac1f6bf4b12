/**
 * A second way to the BG/NBD conditional expectation, for parameters where the hypergeometric
 * series is slow or cancels (a large, or r much larger than a + b): an integral over the drop-out
 * probability. Given alive at T, λ ~ Gamma(r + x, α + T) and p ~ Beta(a, b + x) independently,
 * and E[X(t) | λ, p] = (1 − e^(−λpt))/p (Fader, Hardie & Lee 2005, eq. 9 before integration), so
 *   E[X(T, T + t) | x, tₓ, T] = P(alive) · ∫₀¹ (1 − (1 + p·t/(α+T))^−(r+x)) / p · Beta(p; a, b+x) dp.
 */
import { logGamma } from './special-functions';

/** tanh-sinh (double exponential) step and range: |t| ≤ 6 reaches p ≈ e^−600 at the ends. */
const STEP = 1 / 16;
const RANGE = 6;

const softplus = (v: number) => (v > 30 ? v : Math.log1p(Math.exp(v)));

/**
 * ∫₀¹ g(p) Beta(p; shapeA, shapeB) dp by tanh-sinh quadrature in log space (endpoint
 * singularities of the density are fine); for a very concentrated Beta (shapeA + shapeB > 10⁴)
 * the second-order delta method g(μ) + ½ g''(μ) σ².
 */
export function betaExpectation(g: (p: number) => number, shapeA: number, shapeB: number): number {
	const total = shapeA + shapeB;
	if (total > 1e4) {
		const mean = shapeA / total;
		const variance = (mean * (1 - mean)) / (total + 1);
		const h = Math.min(1e-3, mean / 4, (1 - mean) / 4);
		const curvature = (g(mean + h) - 2 * g(mean) + g(mean - h)) / (h * h);
		return g(mean) + 0.5 * curvature * variance;
	}
	const logBeta = logGamma(shapeA) + logGamma(shapeB) - logGamma(total);
	let sum = 0;
	for (let k = -RANGE / STEP; k <= RANGE / STEP; k++) {
		const t = k * STEP;
		const u = (Math.PI / 2) * Math.sinh(t);
		// p = 1/(1 + e^−2u), 1 − p = 1/(1 + e^2u), both kept exact in logs near 0 and 1.
		const logP = -softplus(-2 * u);
		const logQ = -softplus(2 * u);
		const logWeight = Math.log(STEP * Math.PI * Math.cosh(t)) + logP + logQ;
		const logDensity = (shapeA - 1) * logP + (shapeB - 1) * logQ - logBeta;
		const value = g(Math.exp(logP));
		if (value !== 0) sum += value * Math.exp(logWeight + logDensity);
	}
	return sum;
}

/**
 * E[X(T, T + t) | x, tₓ, T] by quadrature over p (see the file header); `pAlive` is
 * P(alive | x, tₓ, T). Finite for any positive parameters.
 */
export function expectedPurchasesByQuadrature(
	params: { r: number; alpha: number; a: number; b: number },
	x: number,
	age: number,
	t: number,
	pAlive: number
): number {
	const shape = params.r + x;
	const rate = t / (params.alpha + age);
	// (1 − (1 + p·rate)^−shape)/p, with its limit shape·rate at p = 0.
	const g = (p: number) =>
		p * rate < 1e-300 ? shape * rate : -Math.expm1(-shape * Math.log1p(p * rate)) / p;
	return pAlive * betaExpectation(g, params.a, params.b + x);
}
