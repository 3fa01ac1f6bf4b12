/**
 * Family 1 of `shared/DOMAIN.md`: the value (Pareto) view — customers sorted by value, the
 * cumulative-share curve, "top 20% bring X%", "Y% bring 80%", the Gini coefficient and ABC classes.
 */
import type { CustomerTable, ValueBasis } from '../customers/customer-table';

export interface ParetoOptions {
	/** Net revenue or net profit; default the table's own value basis. Profit needs a cost column. */
	basis?: ValueBasis;
	/** Most points kept in `curve` for drawing (the headline figures stay exact). Default 1000. */
	maxPoints?: number;
}

/** ABC class codes in `ParetoResult.abc`. */
export const ABC_CLASSES = ['A', 'B', 'C'] as const;
export type AbcClass = (typeof ABC_CLASSES)[number];

export interface AbcSummary {
	count: number;
	value: number;
	/** Share of the total value. */
	valueShare: number;
}

export interface ParetoResult {
	basis: ValueBasis;
	customers: number;
	/** Total value over the customer table (negative values included). */
	total: number;
	/** Customer entries sorted by value descending (ties: table order). */
	order: Int32Array;
	/** Value per customer entry on the chosen basis. */
	values: Float64Array;
	/** Downsampled curve from (0, 0): after `rank` customers, `customerShare` = rank / N and
	 * `valueShare` = their cumulative value ÷ total. */
	curve: { rank: Int32Array; customerShare: Float64Array; valueShare: Float64Array };
	/** ⌈0.2·N⌉: how many customers "the top 20%" is. */
	topCount: number;
	/** Share of the total value brought by the top ⌈0.2·N⌉ customers. */
	topShare: number;
	/** Smallest k whose top-k cumulative value reaches 80% of the total. */
	countFor80: number;
	/** countFor80 ÷ N. */
	shareFor80: number;
	/** Gini coefficient of the values clipped at zero. */
	gini: number;
	/** ABC class per customer entry: 0 = A (first 80% of value), 1 = B (next 15%), 2 = C. */
	abc: Uint8Array;
	abcSummary: Record<AbcClass, AbcSummary>;
}

/** The value column for a basis; throws when profit is asked for and no cost is known. */
export function valuesFor(customers: CustomerTable, basis: ValueBasis): Float64Array {
	if (basis === 'revenue') return customers.netRevenue;
	if (!customers.profit)
		throw new Error('Profit needs a cost or margin column in the orders file.');
	return customers.profit;
}

/** Entry indices sorted by value descending; ties keep table order, so results are stable. */
export function sortByValueDescending(values: Float64Array): Int32Array {
	const order = new Int32Array(values.length);
	for (let i = 0; i < order.length; i++) order[i] = i;
	return order.sort((a, b) => values[b] - values[a] || a - b);
}

/**
 * Gini coefficient of non-negative values (negatives clipped to 0): with x sorted ascending,
 * G = 2·Σ i·x_i ÷ (n·Σ x) − (n + 1) ÷ n, i = 1…n. 0 for an empty or all-zero set.
 */
export function giniCoefficient(values: ArrayLike<number>): number {
	const n = values.length;
	const clipped = new Float64Array(n);
	for (let i = 0; i < n; i++) clipped[i] = values[i] > 0 ? values[i] : 0;
	clipped.sort();
	let sum = 0;
	let weighted = 0;
	for (let i = 0; i < n; i++) {
		sum += clipped[i];
		weighted += (i + 1) * clipped[i];
	}
	if (n === 0 || sum === 0) return 0;
	return (2 * weighted) / (n * sum) - (n + 1) / n;
}

/**
 * Pareto figures over the customer table as `shared/DOMAIN.md` defines them: shares of the total
 * value, customers sorted by value descending; ABC = A while the value before a customer is under
 * 80% of the total, B under 95%, C after. Throws when `basis` is 'profit' without cost.
 */
export function computePareto(customers: CustomerTable, options: ParetoOptions = {}): ParetoResult {
	const basis = options.basis ?? customers.valueBasis;
	const maxPoints = Math.max(2, options.maxPoints ?? 1000);
	const values = valuesFor(customers, basis);
	const n = customers.count;
	const order = sortByValueDescending(values);

	let total = 0;
	for (let i = 0; i < n; i++) total += values[i];

	const topCount = Math.ceil(0.2 * n);
	const abc = new Uint8Array(n);
	const summary: Record<AbcClass, AbcSummary> = {
		A: { count: 0, value: 0, valueShare: 0 },
		B: { count: 0, value: 0, valueShare: 0 },
		C: { count: 0, value: 0, valueShare: 0 }
	};
	const cumulative = new Float64Array(n + 1);
	let topValue = 0;
	let countFor80 = 0;
	const limitA = 0.8 * total;
	const limitB = 0.95 * total;
	for (let rank = 0; rank < n; rank++) {
		const i = order[rank];
		const before = cumulative[rank];
		const after = before + values[i];
		cumulative[rank + 1] = after;
		if (rank < topCount) topValue = after;
		if (countFor80 === 0 && total > 0 && after >= limitA) countFor80 = rank + 1;
		const cls = before < limitA ? 0 : before < limitB ? 1 : 2;
		abc[i] = cls;
		const bucket = summary[ABC_CLASSES[cls]];
		bucket.count++;
		bucket.value += values[i];
	}
	for (const cls of ABC_CLASSES) {
		summary[cls].valueShare = total !== 0 ? summary[cls].value / total : NaN;
	}

	// Points for drawing: every rank when few; else every rank of the head (where the curve climbs
	// fastest, and where a reader looks for the top customers) then evenly spaced ranks to the end.
	const pointCount = Math.min(n + 1, maxPoints);
	const head = pointCount === n + 1 ? pointCount : Math.max(1, Math.floor(pointCount / 4));
	const rank = new Int32Array(pointCount);
	const customerShare = new Float64Array(pointCount);
	const valueShare = new Float64Array(pointCount);
	for (let p = 0; p < pointCount; p++) {
		const r = p < head ? p : Math.round(head + ((p - head + 1) * (n - head)) / (pointCount - head));
		rank[p] = r;
		customerShare[p] = n > 0 ? r / n : 0;
		valueShare[p] = total !== 0 ? cumulative[r] / total : 0;
	}

	return {
		basis,
		customers: n,
		total,
		order,
		values,
		curve: { rank, customerShare, valueShare },
		topCount,
		topShare: total !== 0 ? topValue / total : NaN,
		countFor80,
		shareFor80: n > 0 && total > 0 ? countFor80 / n : NaN,
		gini: giniCoefficient(values),
		abc,
		abcSummary: summary
	};
}
