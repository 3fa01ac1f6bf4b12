/**
 * The special functions the lifetime-value models need, written small so every figure stays in
 * log space: log-gamma, digamma, log-sum-exp and the Gaussian hypergeometric series. Arguments of
 * the gamma family are positive here (model parameters plus counts), so no reflection for x < 0.
 */

/** Lanczos coefficients for g = 7, n = 9 (Godfrey; relative error about 1e-15 for x > 0). */
const LANCZOS_G = 7;
const LANCZOS = [
	0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
	-176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
	1.5056327351493116e-7
];
const HALF_LOG_TWO_PI = 0.5 * Math.log(2 * Math.PI);

/**
 * ln Γ(x) for x > 0 (NaN otherwise): Lanczos' approximation (g = 7, n = 9), Stirling's series
 * above 15 where it is more exact, and ln Γ(x) = ln Γ(x + 1) − ln x below 0.5.
 */
export function logGamma(x: number): number {
	if (!(x > 0)) return NaN;
	if (x === Infinity) return Infinity;
	if (x < 0.5) return logGamma(x + 1) - Math.log(x);
	if (x > 15) {
		const inverse = 1 / x;
		const inverse2 = inverse * inverse;
		// Stirling: (x − ½) ln x − x + ½ ln 2π + 1/(12x) − 1/(360x³) + 1/(1260x⁵) − 1/(1680x⁷)
		const series =
			inverse * (1 / 12 - inverse2 * (1 / 360 - inverse2 * (1 / 1260 - inverse2 / 1680)));
		return (x - 0.5) * Math.log(x) - x + HALF_LOG_TWO_PI + series;
	}
	const shifted = x - 1;
	let sum = LANCZOS[0];
	for (let i = 1; i < LANCZOS.length; i++) sum += LANCZOS[i] / (shifted + i);
	const base = shifted + LANCZOS_G + 0.5;
	return HALF_LOG_TWO_PI + (shifted + 0.5) * Math.log(base) - base + Math.log(sum);
}

/**
 * ψ(x) = d ln Γ(x) / dx for x > 0 (NaN otherwise): the recurrence ψ(x) = ψ(x + 1) − 1/x up to
 * x ≥ 10, then the asymptotic series ln x − 1/(2x) − Σ B₂ₖ/(2k x²ᵏ).
 */
export function digamma(x: number): number {
	if (!(x > 0)) return NaN;
	if (x === Infinity) return Infinity;
	let result = 0;
	while (x < 10) {
		result -= 1 / x;
		x += 1;
	}
	const inverse2 = 1 / (x * x);
	const series =
		inverse2 *
		(1 / 12 - inverse2 * (1 / 120 - inverse2 * (1 / 252 - inverse2 * (1 / 240 - inverse2 / 132))));
	return result + Math.log(x) - 0.5 / x - series;
}

/** ln(eᵃ + eᵇ) without overflow; −Infinity when both are −Infinity. */
export function logAddExp(a: number, b: number): number {
	if (a === -Infinity) return b;
	if (b === -Infinity) return a;
	return a > b ? a + Math.log1p(Math.exp(b - a)) : b + Math.log1p(Math.exp(a - b));
}

/** What `hyp2f1` returns: the sum, and whether the series met its tolerance in `maxTerms`. */
export interface SeriesResult {
	value: number;
	terms: number;
	isConverged: boolean;
}

/**
 * The Gaussian hypergeometric function ₂F₁(a, b; c; z) = Σₙ (a)ₙ(b)ₙ / ((c)ₙ n!) zⁿ for |z| < 1,
 * summed term by term until a term no longer moves the sum (relative 1e-15), at most `maxTerms`.
 * c must not be 0, −1, −2, … (NaN then). Abramowitz & Stegun 15.1.1.
 */
export function hyp2f1(a: number, b: number, c: number, z: number, maxTerms = 1e6): SeriesResult {
	if (!(Math.abs(z) < 1) || (c <= 0 && Number.isInteger(c))) {
		return { value: NaN, terms: 0, isConverged: false };
	}
	let term = 1;
	let sum = 1;
	for (let n = 0; n < maxTerms; n++) {
		const ratio = (((a + n) * (b + n)) / ((c + n) * (n + 1))) * z;
		term *= ratio;
		sum += term;
		if (term === 0) return { value: sum, terms: n + 1, isConverged: true };
		// The tail is at most |term|·q/(1 − q) while the ratio q of the next terms stays below 1
		// (it tends to |z| < 1); stop once that bound no longer moves the sum.
		const next = Math.abs((((a + n + 1) * (b + n + 1)) / ((c + n + 1) * (n + 2))) * z);
		if (next < 1 && (Math.abs(term) * next) / (1 - next) <= 1e-16 * Math.abs(sum)) {
			return { value: sum, terms: n + 1, isConverged: true };
		}
	}
	return { value: sum, terms: maxTerms, isConverged: false };
}
