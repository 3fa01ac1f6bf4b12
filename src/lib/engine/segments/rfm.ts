/**
 * Family 2 of `shared/DOMAIN.md`: R, F and M scores 1…b from quantile cut points. Over the customer
 * table the cut points are the type-7 quantiles at k/b (k = 1…b−1) of recency days, orders and
 * value; F = 1 + #{c : orders > c}, M likewise on value, R = b − #{c : recency days > c}.
 */
import type { CustomerTable } from '../customers/customer-table';
import { quantileSorted, sortedFinite } from '../tables/quantile';

export type RfmDimension = 'recency' | 'frequency' | 'monetary';
export const RFM_DIMENSIONS: readonly RfmDimension[] = ['recency', 'frequency', 'monetary'];

export interface RfmOptions {
	/** Number of score bins, 3–5; default 5 (quintiles). */
	bins?: number;
	/** Cut points chosen by the user (b − 1 ascending numbers each); they replace the quantiles of
	 * that dimension only. */
	cutPoints?: Partial<Record<RfmDimension, number[]>>;
}

export interface RfmResult {
	bins: number;
	/** Scores 1…bins per customer entry; R is reversed (bins = most recent). */
	recency: Uint8Array;
	frequency: Uint8Array;
	monetary: Uint8Array;
	/** The cut points used, ascending, b − 1 per dimension. */
	cutPoints: Record<RfmDimension, number[]>;
	/** Where each dimension's cut points came from. */
	cutPointSource: Record<RfmDimension, 'quantile' | 'user'>;
}

/** Type-7 quantiles at k/bins, k = 1…bins−1, of a column (NaN ignored). */
export function quantileCutPoints(values: ArrayLike<number>, bins: number): number[] {
	const sorted = sortedFinite(values);
	return Array.from({ length: bins - 1 }, (_, k) => quantileSorted(sorted, (k + 1) / bins));
}

function checkBins(bins: number): void {
	if (!Number.isInteger(bins) || bins < 3 || bins > 5) {
		throw new RangeError(`RFM bins must be 3, 4 or 5, got ${bins}`);
	}
}

function checkCutPoints(dimension: RfmDimension, cuts: number[], bins: number): void {
	if (!Array.isArray(cuts) || cuts.length !== bins - 1) {
		throw new RangeError(`${dimension} cut points: ${bins} bins need ${bins - 1} cut points`);
	}
	for (let k = 0; k < cuts.length; k++) {
		if (typeof cuts[k] !== 'number' || !Number.isFinite(cuts[k])) {
			throw new RangeError(`${dimension} cut point ${k + 1} is not a number`);
		}
		if (k > 0 && cuts[k] < cuts[k - 1]) {
			throw new RangeError(`${dimension} cut points must be in ascending order`);
		}
	}
}

/** Number of cut points strictly below `x` (cut points ascending, so a short linear scan). */
function countBelow(x: number, cuts: number[]): number {
	let k = 0;
	while (k < cuts.length && x > cuts[k]) k++;
	return k;
}

/**
 * Scores every customer as `shared/DOMAIN.md` family 2 says (ties always share a score, since a
 * score only depends on the value). Throws a RangeError for bins outside 3–5 or bad cut points.
 */
export function scoreRfm(customers: CustomerTable, options: RfmOptions = {}): RfmResult {
	const bins = options.bins ?? 5;
	checkBins(bins);
	const columns: Record<RfmDimension, ArrayLike<number>> = {
		recency: customers.recencyDays,
		frequency: customers.orders,
		monetary: customers.value
	};
	const cutPoints = {} as Record<RfmDimension, number[]>;
	const cutPointSource = {} as Record<RfmDimension, 'quantile' | 'user'>;
	for (const dimension of RFM_DIMENSIONS) {
		const user = options.cutPoints?.[dimension];
		if (user) {
			checkCutPoints(dimension, user, bins);
			cutPoints[dimension] = [...user];
			cutPointSource[dimension] = 'user';
		} else {
			cutPoints[dimension] = quantileCutPoints(columns[dimension], bins);
			cutPointSource[dimension] = 'quantile';
		}
	}

	const n = customers.count;
	const recency = new Uint8Array(n);
	const frequency = new Uint8Array(n);
	const monetary = new Uint8Array(n);
	for (let i = 0; i < n; i++) {
		recency[i] = bins - countBelow(customers.recencyDays[i], cutPoints.recency);
		frequency[i] = 1 + countBelow(customers.orders[i], cutPoints.frequency);
		monetary[i] = 1 + countBelow(customers.value[i], cutPoints.monetary);
	}
	return { bins, recency, frequency, monetary, cutPoints, cutPointSource };
}

/** At most two decimals, trailing zeros dropped (112.00000000000001 → "112", 3.4 → "3.4"). */
function formatNumber(x: number): string {
	return String(Number(x.toFixed(2)));
}

/** "between cut points > a and ≤ b" for a value that lies in the interval (a, b]. */
function describeInterval(below: number, cuts: number[], unit: string): string {
	const low = below > 0 ? cuts[below - 1] : null;
	const high = below < cuts.length ? cuts[below] : null;
	if (low === null && high !== null) return `cut point ≤ ${formatNumber(high)}${unit}`;
	if (high === null && low !== null) return `cut point > ${formatNumber(low)}${unit}`;
	return `between cut points > ${formatNumber(low ?? NaN)} and ≤ ${formatNumber(high ?? NaN)}${unit}`;
}

/**
 * Why customer entry `index` got its scores, one sentence per dimension, e.g.
 * "R = 5: last order 12 days ago, cut point ≤ 30 days".
 */
export function explainRfm(
	customers: CustomerTable,
	rfm: RfmResult,
	index: number
): Record<RfmDimension, string> {
	const recencyDays = customers.recencyDays[index];
	const orders = customers.orders[index];
	const value = customers.value[index];
	const basis = customers.valueBasis === 'profit' ? 'profit' : 'net revenue';
	const r = rfm.recency[index];
	const f = rfm.frequency[index];
	const m = rfm.monetary[index];
	const days = (x: number) => (x === 1 ? 'day' : 'days');
	return {
		recency: `R = ${r}: last order ${recencyDays} ${days(recencyDays)} ago, ${describeInterval(
			rfm.bins - r,
			rfm.cutPoints.recency,
			' days'
		)}`,
		frequency: `F = ${f}: ${orders} ${orders === 1 ? 'order' : 'orders'}, ${describeInterval(
			f - 1,
			rfm.cutPoints.frequency,
			' orders'
		)}`,
		monetary: `M = ${m}: ${basis} ${formatNumber(value)}, ${describeInterval(
			m - 1,
			rfm.cutPoints.monetary,
			''
		)}`
	};
}
