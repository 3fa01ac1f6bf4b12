/**
 * The whale curve (DOMAIN.md family 6): customers by contribution, highest first, and the
 * cumulative contribution as a share of the total. It climbs while contributions are positive and
 * falls after: its peak says "the best X% of customers make Y% of profit; the rest give back Z%".
 */

export interface WhalePeak {
	/** Customers before the peak: those with contribution > 0. */
	count: number;
	/** count ÷ customers (0 without customers). */
	customerShare: number;
	/** Cumulative contribution at the peak (the sum of the positive contributions). */
	contribution: number;
	/** contribution ÷ total; null when the total is ≤ 0 (no profit to take a share of). */
	share: number | null;
	/** What the rest give back: peak − total (≥ 0), the sum of the negative contributions negated. */
	giveBack: number;
	/** giveBack ÷ total (= share − 1); null when the total is ≤ 0. */
	giveBackShare: number | null;
	/** Customers with contribution < 0 (after the peak; zeros are neither). */
	losing: number;
}

export interface WhaleCurve {
	customers: number;
	/** Sum of every contribution. */
	total: number;
	peak: WhalePeak;
	/** Points for drawing from (0, 0), downsampled to at most `maxPoints` and always holding the
	 * peak and the last rank: after `rank` customers, `customerShare` = rank ÷ N, `cumulative` =
	 * their contribution, `cumulativeShare` = cumulative ÷ total (null when the total is ≤ 0). */
	points: {
		rank: number[];
		customerShare: number[];
		cumulative: number[];
		cumulativeShare: number[] | null;
	};
}

export interface WhaleCurveOptions {
	/** Most points kept for drawing (the peak stays exact); default 500, at least 3. */
	maxPoints?: number;
}

/**
 * The whale curve of `contribution` (one value per customer). Sorts a copy of the values (typed
 * numeric sort), so it costs O(N log N) and no index array.
 */
export function computeWhaleCurve(
	contribution: Float64Array,
	options: WhaleCurveOptions = {}
): WhaleCurve {
	const n = contribution.length;
	// Ascending numeric sort of a copy; read from the end for "highest first".
	const sorted = Float64Array.from(contribution).sort();
	const cumulative = new Float64Array(n + 1);
	let positive = 0;
	let losing = 0;
	for (let rank = 0; rank < n; rank++) {
		const x = sorted[n - 1 - rank];
		cumulative[rank + 1] = cumulative[rank] + x;
		if (x > 0) positive++;
		else if (x < 0) losing++;
	}
	const total = cumulative[n];
	const peakValue = cumulative[positive];
	const hasProfit = total > 0;
	const peak: WhalePeak = {
		count: positive,
		customerShare: n > 0 ? positive / n : 0,
		contribution: peakValue,
		share: hasProfit ? peakValue / total : null,
		giveBack: peakValue - total,
		giveBackShare: hasProfit ? (peakValue - total) / total : null,
		losing
	};

	const maxPoints = Math.max(3, options.maxPoints ?? 500);
	const ranks = new Set<number>();
	if (n + 1 <= maxPoints) for (let r = 0; r <= n; r++) ranks.add(r);
	else {
		for (let p = 0; p < maxPoints - 1; p++) ranks.add(Math.round((p * n) / (maxPoints - 2)));
		ranks.add(n);
	}
	ranks.add(positive);
	const rank = [...ranks].filter((r) => r <= n).sort((a, b) => a - b);
	return {
		customers: n,
		total,
		peak,
		points: {
			rank,
			customerShare: rank.map((r) => (n > 0 ? r / n : 0)),
			cumulative: rank.map((r) => cumulative[r]),
			cumulativeShare: hasProfit ? rank.map((r) => cumulative[r] / total) : null
		}
	};
}
