/**
 * Geometry of the persona bubbles: median orders (frequency) across, median value up, both on a
 * signed log scale (values span decades and, as profit, can be negative), bubble area ∝ customers.
 */
import { scaleSymlog } from 'd3';
import type { ChartBox } from './persona-silhouette';

export interface BubbleInput {
	index: number;
	orders: number;
	value: number;
	customers: number;
}

export interface BubbleLayout {
	/** Largest first, so smaller bubbles are drawn on top. */
	bubbles: (BubbleInput & { cx: number; cy: number; r: number })[];
	xTicks: { value: number; x: number }[];
	yTicks: { value: number; y: number }[];
	/** Where the population's medians fall. */
	population: { x: number; y: number };
	maxRadius: number;
}

const signedLog = (x: number) => Math.sign(x) * Math.log1p(Math.abs(x));
const signedExp = (t: number) => Math.sign(t) * Math.expm1(Math.abs(t));

/**
 * Round ticks for a signed log axis over [min, max]: 0 when inside, then ±1, 2, 5 × 10ⁿ; only the
 * powers of ten when that gives more than `maxCount`, and every other power when still too many.
 */
export function symlogTicks(min: number, max: number, maxCount = 6): number[] {
	const top = Math.max(Math.abs(min), Math.abs(max), 1);
	const decades = Math.ceil(Math.log10(top)) + 1;
	const build = (multipliers: number[], every: number) => {
		const ticks: number[] = [];
		for (let e = 0; e <= decades; e += every) {
			for (const m of multipliers) {
				const v = m * 10 ** e;
				if (v >= min && v <= max) ticks.push(v);
				if (-v >= min && -v <= max) ticks.push(-v);
			}
		}
		if (min <= 0 && max >= 0) ticks.push(0);
		return ticks.sort((a, b) => a - b);
	};
	for (const [multipliers, every] of [
		[[1, 2, 5], 1],
		[[1], 1],
		[[1], 2],
		[[1], 3]
	] as [number[], number][]) {
		const ticks = build(multipliers, every);
		if (ticks.length <= maxCount) return ticks;
	}
	return build([1], 4);
}

/** [min, max] of the values, widened by `share` of its length on the signed log scale. */
function paddedDomain(values: number[], share: number): [number, number] {
	const t = values.filter(Number.isFinite).map(signedLog);
	if (t.length === 0) return [0, 1];
	let low = Math.min(...t);
	let high = Math.max(...t);
	const pad = (high - low) * share || 0.4;
	low -= pad;
	high += pad;
	return [signedExp(low), signedExp(high)];
}

/** Bubble centres, radii (area ∝ customers, the largest `maxRadius`), ticks and the population cross. */
export function layoutPersonaBubbles(
	items: BubbleInput[],
	population: { orders: number; value: number },
	box: ChartBox
): BubbleLayout {
	const { width, height, margin } = box;
	const plotWidth = width - margin.left - margin.right;
	const plotHeight = height - margin.top - margin.bottom;
	const maxRadius = Math.max(10, Math.min(44, Math.min(plotWidth, plotHeight) / 7));
	const xDomain = paddedDomain([...items.map((b) => b.orders), population.orders], 0.08);
	const yDomain = paddedDomain([...items.map((b) => b.value), population.value], 0.08);
	const x = scaleSymlog(xDomain, [margin.left + maxRadius, width - margin.right - maxRadius]);
	const y = scaleSymlog(yDomain, [height - margin.bottom - maxRadius, margin.top + maxRadius]);
	const largest = Math.max(1, ...items.map((b) => b.customers));
	const bubbles = items
		.map((b) => ({
			...b,
			cx: x(b.orders),
			cy: y(b.value),
			r: maxRadius * Math.sqrt(Math.max(0, b.customers) / largest)
		}))
		.sort((a, b) => b.r - a.r || a.index - b.index);
	return {
		bubbles,
		xTicks: symlogTicks(...(x.domain() as [number, number]), 5).map((value) => ({
			value,
			x: x(value)
		})),
		yTicks: symlogTicks(...(y.domain() as [number, number]), 6).map((value) => ({
			value,
			y: y(value)
		})),
		population: { x: x(population.orders), y: y(population.value) },
		maxRadius
	};
}
