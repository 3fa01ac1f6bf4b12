/**
 * The demo's random source: one seeded stream (mulberry32 from the engine) with the few
 * distributions a shop simulation needs. The same seed always gives the same shop.
 */
import { createPrng } from '../../engine/personas/prng';

export interface Random {
	/** Uniform float in [0, 1). */
	next(): number;
	/** Uniform integer in [min, max], both included. */
	int(min: number, max: number): number;
	/** True with probability `p`. */
	chance(p: number): boolean;
	/** A uniformly chosen element. */
	pick<T>(items: readonly T[]): T;
	/** An index drawn with probability proportional to `weights`. */
	weighted(weights: readonly number[]): number;
	/**
	 * The same draw as `weighted(weights)` from its running sums (`cumulativeWeights(weights)`):
	 * one uniform number, no sum per call, for the draws made once per order line.
	 */
	weightedCumulative(cumulative: Float64Array): number;
	/** Standard normal (Box–Muller). */
	normal(): number;
	/** exp(N(log(median), sigma²)): a positive, right-skewed value. */
	logNormal(median: number, sigma: number): number;
}

/** Returns the demo's seeded random source. */
export function createRandom(seed: number): Random {
	const next = createPrng(seed);
	const random: Random = {
		next,
		int: (min, max) => min + Math.floor(next() * (max - min + 1)),
		chance: (p) => next() < p,
		pick: (items) => items[Math.floor(next() * items.length)],
		weighted(weights) {
			let total = 0;
			for (const weight of weights) total += weight;
			let target = next() * total;
			for (let i = 0; i < weights.length; i++) {
				target -= weights[i];
				if (target < 0) return i;
			}
			return weights.length - 1;
		},
		weightedCumulative(cumulative) {
			const target = next() * cumulative[cumulative.length - 1];
			for (let i = 0; i < cumulative.length; i++) if (target < cumulative[i]) return i;
			return cumulative.length - 1;
		},
		normal() {
			// 1 − u keeps the logarithm's argument in (0, 1].
			const u = 1 - next();
			return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
		},
		logNormal: (median, sigma) => median * Math.exp(sigma * random.normal())
	};
	return random;
}

/** Running sums of `weights`, for `Random.weightedCumulative`. */
export function cumulativeWeights(weights: readonly number[]): Float64Array {
	const cumulative = new Float64Array(weights.length);
	let sum = 0;
	for (let i = 0; i < weights.length; i++) cumulative[i] = sum += weights[i];
	return cumulative;
}
