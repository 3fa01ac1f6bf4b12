/**
 * Quantiles with linear interpolation between order statistics: Hyndman & Fan's type 7, the
 * default of R and numpy, and what DuckDB's `quantile_cont` computes. NaN values are ignored.
 */

/** The values without NaN, sorted ascending, as a new Float64Array. */
export function sortedFinite(values: ArrayLike<number>, mask?: Uint8Array, want = 1): Float64Array {
	let count = 0;
	for (let i = 0; i < values.length; i++) {
		if (!Number.isNaN(values[i]) && (!mask || mask[i] === want)) count++;
	}
	const out = new Float64Array(count);
	let k = 0;
	for (let i = 0; i < values.length; i++) {
		if (!Number.isNaN(values[i]) && (!mask || mask[i] === want)) out[k++] = values[i];
	}
	return out.sort();
}

/**
 * Type-7 quantile of an ascending array: h = (n − 1)·p, x[⌊h⌋] + (h − ⌊h⌋)·(x[⌈h⌉] − x[⌊h⌋]).
 * NaN for an empty array; throws when p is outside [0, 1].
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
	if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be in [0, 1], got ${p}`);
	const n = sorted.length;
	if (n === 0) return NaN;
	const h = (n - 1) * p;
	const lo = Math.floor(h);
	const hi = Math.ceil(h);
	const low = sorted[lo];
	// Same operation order as DuckDB's interpolation (lo + d·(hi − lo)), so cut points agree bitwise.
	return low + (h - lo) * (sorted[hi] - low);
}

/** Type-7 quantiles of unsorted values (NaN ignored), optionally only where `mask[i] === want`. */
export function quantiles(
	values: ArrayLike<number>,
	ps: number[],
	mask?: Uint8Array,
	want = 1
): number[] {
	const sorted = sortedFinite(values, mask, want);
	return ps.map((p) => quantileSorted(sorted, p));
}

/** Median (type 7, so the mean of the two middle values for an even count); NaN when empty. */
export function median(values: ArrayLike<number>, mask?: Uint8Array, want = 1): number {
	return quantiles(values, [0.5], mask, want)[0];
}
