/**
 * The distribution of predicted customer value (CLV) as a histogram with round bin edges. CLV is
 * heavy-tailed, so equal bins run up to the 99th percentile and the last bin holds the rest.
 */
import { quantileSorted, sortedFinite } from '../tables/quantile';

export interface ValueBin {
	/** Lower edge (inclusive). */
	from: number;
	/** Upper edge (exclusive); for the open-ended last bin, the largest value (inclusive). */
	to: number;
	isOpenEnded: boolean;
	customers: number;
}

export interface ValueDistribution {
	bins: ValueBin[];
	/** Customers counted (finite values). */
	customers: number;
	median: number;
	mean: number;
}

/** 1, 2 or 5 × a power of ten, at least `raw`. */
function roundStep(raw: number): number {
	const power = Math.pow(10, Math.floor(Math.log10(raw)));
	for (const factor of [1, 2, 5, 10]) if (factor * power >= raw) return factor * power;
	return 10 * power;
}

/**
 * About `target` bins of one round width from a multiple of it at or below the smallest value up
 * to the 99th percentile, then one open-ended bin up to the largest value when values lie beyond.
 * NaN values are skipped (the engine never gives any). Null when there is no finite value.
 */
export function binValues(values: ArrayLike<number>, target = 20): ValueDistribution | null {
	const sorted = sortedFinite(values);
	const n = sorted.length;
	if (n === 0) return null;
	const min = sorted[0];
	const max = sorted[n - 1];
	let sum = 0;
	for (const v of sorted) sum += v;
	const summary = { customers: n, median: quantileSorted(sorted, 0.5), mean: sum / n };
	if (max === min) {
		return { ...summary, bins: [{ from: min, to: max, isOpenEnded: true, customers: n }] };
	}
	const top = Math.max(quantileSorted(sorted, 0.99), min + (max - min) / target);
	const step = roundStep((top - min) / target);
	const start = Math.floor(min / step) * step;
	const count = Math.max(1, Math.ceil((top - start) / step));
	const bins: ValueBin[] = Array.from({ length: count }, (_, k) => ({
		from: start + k * step,
		to: start + (k + 1) * step,
		isOpenEnded: false,
		customers: 0
	}));
	const end = start + count * step;
	if (end <= max) bins.push({ from: end, to: max, isOpenEnded: true, customers: 0 });
	for (const v of sorted) {
		const k = v >= end ? bins.length - 1 : Math.min(count - 1, Math.floor((v - start) / step));
		bins[k].customers++;
	}
	return { ...summary, bins };
}
