/**
 * The Wilson score interval for a binomial proportion (E. B. Wilson, 1927, "Probable inference,
 * the law of succession, and statistical inference", JASA 22:209–212): unlike the normal
 * approximation it stays inside [0, 1] and behaves at 0 and n successes.
 */

/** z for a two-sided 95% interval: the 0.975 quantile of the standard normal. */
export const Z_95 = 1.959963984540054;

/**
 * Successes k of n → the rate k/n and its Wilson interval
 * (p + z²/2n ± z·√(p(1−p)/n + z²/4n²)) ÷ (1 + z²/n); all null when n = 0.
 */
export function wilsonInterval(
	k: number,
	n: number,
	z = Z_95
): { rate: number | null; low: number | null; high: number | null } {
	if (n === 0) return { rate: null, low: null, high: null };
	const p = k / n;
	const z2 = z * z;
	const denominator = 1 + z2 / n;
	const centre = (p + z2 / (2 * n)) / denominator;
	const half = (z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n))) / denominator;
	return { rate: p, low: Math.max(0, centre - half), high: Math.min(1, centre + half) };
}
