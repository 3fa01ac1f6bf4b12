/**
 * The BG/NBD model of Fader, Hardie & Lee (2005), "Counting your customers the easy way": its
 * log-likelihood over compressed (x, tₓ, T) patterns with the analytic gradient, and the
 * per-customer quantities — P(alive), expected purchases. Everything in log space; time in the
 * unit the data were summarised in (days or weeks).
 */
import { expectedPurchasesByQuadrature } from './expected-purchases-quadrature';
import { digamma, logGamma } from './special-functions';

export interface BgNbdParams {
	/** Shape of the gamma mixing distribution of purchase rates λ. */
	r: number;
	/** Scale of that gamma distribution, in the time unit of the data. */
	alpha: number;
	/** First shape of the beta mixing distribution of the drop-out probability p. */
	a: number;
	/** Second shape of that beta distribution. */
	b: number;
}

/**
 * Identical (x, tₓ, T) patterns with their counts (Fader & Hardie's compression): every pattern
 * appears once; `weight` says how many customers share it. Patterns are grouped by frequency:
 * `frequencyIndex[i]` points into `frequencies`, whose total weights are in `weightByFrequency`.
 */
export interface PatternData {
	/** x: repeat transactions, per pattern. */
	frequency: Float64Array;
	/** tₓ: last − first transaction, in the unit. */
	recency: Float64Array;
	/** T: cut-off − first transaction, in the unit. */
	age: Float64Array;
	weight: Float64Array;
	frequencies: Float64Array;
	weightByFrequency: Float64Array;
	frequencyIndex: Int32Array;
	totalWeight: number;
}

/**
 * Groups identical (x, tₓ, T) patterns. `keyOf(i)` must be equal for identical patterns and
 * distinct otherwise (the caller knows the value ranges; integer days make an exact key).
 */
export function compressPatterns(
	count: number,
	frequencyOf: (i: number) => number,
	recencyOf: (i: number) => number,
	ageOf: (i: number) => number,
	keyOf: (i: number) => number
): { patterns: PatternData; patternOf: Int32Array } {
	const slotOf = new Map<number, number>();
	const patternOf = new Int32Array(count);
	const first: number[] = [];
	const counts: number[] = [];
	for (let i = 0; i < count; i++) {
		const key = keyOf(i);
		let slot = slotOf.get(key);
		if (slot === undefined) {
			slot = first.length;
			slotOf.set(key, slot);
			first.push(i);
			counts.push(0);
		}
		counts[slot]++;
		patternOf[i] = slot;
	}
	const frequency = Float64Array.from(first, frequencyOf);
	const patterns = patternsFrom(
		frequency,
		Float64Array.from(first, recencyOf),
		Float64Array.from(first, ageOf),
		Float64Array.from(counts)
	);
	return { patterns, patternOf };
}

/** Pattern data from parallel arrays (each row its own pattern, with the given weight). */
export function patternsFrom(
	frequency: Float64Array,
	recency: Float64Array,
	age: Float64Array,
	weight: Float64Array
): PatternData {
	const indexOf = new Map<number, number>();
	const frequencies: number[] = [];
	const weights: number[] = [];
	const frequencyIndex = new Int32Array(frequency.length);
	let totalWeight = 0;
	for (let i = 0; i < frequency.length; i++) {
		let k = indexOf.get(frequency[i]);
		if (k === undefined) {
			k = frequencies.length;
			indexOf.set(frequency[i], k);
			frequencies.push(frequency[i]);
			weights.push(0);
		}
		weights[k] += weight[i];
		frequencyIndex[i] = k;
		totalWeight += weight[i];
	}
	return {
		frequency,
		recency,
		age,
		weight,
		frequencies: Float64Array.from(frequencies),
		weightByFrequency: Float64Array.from(weights),
		frequencyIndex,
		totalWeight
	};
}

/**
 * The BG/NBD log-likelihood Σ wᵢ ln L(r, α, a, b | xᵢ, tₓᵢ, Tᵢ) (FHL 2005, eq. 6, in the log form
 * of Fader & Hardie's note 004: A₁ + A₂ + ln(e^A₃ + [x > 0] e^A₄)). When `gradient` (length 4) is
 * given it receives ∂/∂(r, α, a, b).
 */
export function bgnbdLogLikelihood(
	params: BgNbdParams,
	data: PatternData,
	gradient?: Float64Array
): number {
	const { r, alpha, a, b } = params;
	const logA = Math.log(a);
	const logAlpha = Math.log(alpha);
	const frequencies = data.frequencies;
	const byFrequency = frequencies.length;
	// Terms that depend on x only: A₁ + A₂ per distinct frequency, and ln(b + x − 1).
	const logBx = new Float64Array(byFrequency);
	let total = 0;
	let gr = 0;
	let galpha = 0;
	let ga = 0;
	let gb = 0;
	const lgR = logGamma(r);
	const lgB = logGamma(b);
	const lgAB = logGamma(a + b);
	const psiR = gradient ? digamma(r) : 0;
	const psiB = gradient ? digamma(b) : 0;
	const psiAB = gradient ? digamma(a + b) : 0;
	for (let k = 0; k < byFrequency; k++) {
		const x = frequencies[k];
		const w = data.weightByFrequency[k];
		logBx[k] = x > 0 ? Math.log(b + x - 1) : 0;
		total +=
			w *
			(logGamma(r + x) - lgR + r * logAlpha + lgAB + logGamma(b + x) - lgB - logGamma(a + b + x));
		if (gradient) {
			const psiABX = digamma(a + b + x);
			gr += w * (digamma(r + x) - psiR + logAlpha);
			galpha += (w * r) / alpha;
			ga += w * (psiAB - psiABX);
			gb += w * (psiAB + digamma(b + x) - psiB - psiABX);
		}
	}
	const { frequency, recency, age, weight, frequencyIndex } = data;
	for (let i = 0; i < frequency.length; i++) {
		const x = frequency[i];
		const w = weight[i];
		const logAge = Math.log(alpha + age[i]);
		const a3 = -(r + x) * logAge;
		if (x === 0) {
			total += w * a3;
			if (gradient) {
				gr -= w * logAge;
				galpha -= (w * r) / (alpha + age[i]);
			}
			continue;
		}
		const logRecency = Math.log(alpha + recency[i]);
		const a4 = logA - logBx[frequencyIndex[i]] - (r + x) * logRecency;
		const high = a3 > a4 ? a3 : a4;
		const low = a3 > a4 ? a4 : a3;
		const spread = Math.exp(low - high);
		total += w * (high + Math.log1p(spread));
		if (gradient) {
			// Shares of the two terms in e^A₃ + e^A₄: weights of their derivatives.
			const share3 = a3 > a4 ? 1 / (1 + spread) : spread / (1 + spread);
			const share4 = 1 - share3;
			gr -= w * (share3 * logAge + share4 * logRecency);
			galpha -= w * (r + x) * (share3 / (alpha + age[i]) + share4 / (alpha + recency[i]));
			ga += (w * share4) / a;
			gb -= (w * share4) / (b + x - 1);
		}
	}
	if (gradient) {
		gradient[0] = gr;
		gradient[1] = galpha;
		gradient[2] = ga;
		gradient[3] = gb;
	}
	return total;
}

/**
 * P(alive | x, tₓ, T) = 1 / (1 + [x > 0] · a/(b + x − 1) · ((α + T)/(α + tₓ))^(r+x))
 * (Fader, Hardie & Lee's note 021). 1 for x = 0: in BG/NBD a customer can drop out only right
 * after a repeat purchase.
 */
export function probabilityAlive(params: BgNbdParams, x: number, recency: number, age: number) {
	if (x === 0) return 1;
	const { r, alpha, a, b } = params;
	const logOdds =
		Math.log(a) -
		Math.log(b + x - 1) +
		(r + x) * (Math.log(alpha + age) - Math.log(alpha + recency));
	return 1 / (1 + Math.exp(logOdds));
}

/**
 * E[X(T, T + t) | x, tₓ, T]: expected repeat purchases in the next t (FHL 2005, eq. 10). Written
 * after Euler's transformation ₂F₁(r+x, b+x; c; z) = (1−z)^(c−r−x−b−x) ₂F₁(c−r−x, a−1; c; z),
 * c = a+b+x−1, z = t/(α+T+t), with the factor 1/(a − 1) taken into the series, so it is finite at
 * a = 1 and converges fast for large x. Where that series would cancel or crawl (a > 40, or
 * r + x − c > 10) or does not converge, the same quantity by quadrature over p.
 */
export function expectedPurchasesGiven(
	params: BgNbdParams,
	x: number,
	recency: number,
	age: number,
	t: number
): number {
	if (!(t > 0)) return 0;
	const { r, alpha, a, b } = params;
	const c = a + b + x - 1;
	const epsilon = a - 1;
	const shape = a + b - 1 - r; // c − (r + x)
	const pAlive = probabilityAlive(params, x, recency, age);
	if (a > 40 || shape < -10) return expectedPurchasesByQuadrature(params, x, age, t, pAlive);
	const z = t / (alpha + age + t);
	const logRest = Math.log(alpha + age) - Math.log(alpha + age + t); // ln(1 − z)
	// (1 − (1−z)^ε)/ε, which tends to −ln(1 − z) as ε → 0.
	const head = epsilon === 0 ? -logRest : -Math.expm1(epsilon * logRest) / epsilon;
	// Σₙ≥₁ (1+ε)ₙ₋₁ (shape)ₙ zⁿ / ((c+1)ₙ₋₁ n!)
	let term = shape * z;
	let sum = term;
	const scale = Math.abs(c * head) + Math.abs(sum);
	let isConverged = term === 0;
	for (let n = 1; n < 100_000 && !isConverged; n++) {
		term *= (((n + epsilon) * (shape + n)) / ((c + n) * (n + 1))) * z;
		sum += term;
		// Stop when the tail, bounded by a geometric series of the next ratio q < 1, is negligible.
		const q = Math.abs((((n + 1 + epsilon) * (shape + n + 1)) / ((c + n + 1) * (n + 2))) * z);
		isConverged = term === 0 || (q < 1 && (Math.abs(term) * q) / (1 - q) <= 1e-16 * scale);
	}
	if (!isConverged) return expectedPurchasesByQuadrature(params, x, age, t, pAlive);
	// The series gives E / P(alive): c·head − (1−z)^ε·Σ is the numerator of FHL's eq. 10.
	return Math.max(0, pAlive * (c * head - Math.exp(epsilon * logRest) * sum));
}

/**
 * E[X(t)]: expected repeat purchases of a new customer in t after the first purchase (FHL 2005,
 * eq. 9) — the conditional expectation with x = tₓ = T = 0.
 */
export function expectedPurchases(params: BgNbdParams, t: number): number {
	return expectedPurchasesGiven(params, 0, 0, 0, t);
}
