/**
 * The maths of the Lifetime value charts, without the DOM: scales, paths and boxes of the holdout
 * tracking lines, the holdout-by-frequency bars, the P(alive) heat map and the value histogram.
 */
import { interpolateBlues, line, scaleBand, scaleLinear, type ScaleLinear } from 'd3';
import type { AliveGrid } from '../../engine/clv/alive-grid';
import type { HoldoutByFrequency } from '../../engine/clv/holdout-tracking';
import type { ValueBin } from '../../engine/clv/value-distribution';

export interface ChartMargin {
	top: number;
	right: number;
	bottom: number;
	left: number;
}

export const CLV_MARGIN: ChartMargin = { top: 16, right: 16, bottom: 44, left: 72 };

export interface TrackingPointInput {
	week: number;
	endDate: string;
	actual: number;
	expected: number;
}

export interface TrackingLayout {
	/** Each point's end in weeks from the cohort's first day (the cut-off point falls mid-week). */
	positions: number[];
	x: ScaleLinear<number, number>;
	y: ScaleLinear<number, number>;
	actualPath: string;
	expectedPath: string;
	/** x of the cut-off point (its week), or null when it is not among the points. */
	cutoffX: number | null;
	xTicks: number[];
	yTicks: number[];
}

const dayOf = (iso: string) =>
	Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) /
	86_400_000;

/**
 * Where each point falls, in weeks from the cohort's first day: week k ends on day 7k − 1, so the
 * first point (a full week) gives the origin, and the point on the cut-off lands between weeks
 * rather than on top of the next week's point.
 */
export function trackingPositions(points: readonly TrackingPointInput[]): number[] {
	if (points.length === 0) return [];
	const origin = dayOf(points[0].endDate) - 7 * points[0].week + 1;
	return points.map((p) => Math.max(0, (dayOf(p.endDate) - origin + 1) / 7));
}

/**
 * Cumulative actual and expected repeat transactions by week, on one y scale from 0. Time runs
 * with the reading direction: right to left when `rtl` (the y axis then sits on the right, in the
 * room `margin.left` keeps for it).
 */
export function layoutTracking(
	points: readonly TrackingPointInput[],
	cutoffIndex: number,
	width: number,
	height: number,
	margin: ChartMargin = CLV_MARGIN,
	rtl = false
): TrackingLayout {
	const positions = trackingPositions(points);
	const lastWeek = positions.length > 0 ? positions[positions.length - 1] : 1;
	const top = Math.max(1, ...points.map((p) => Math.max(p.actual, p.expected)));
	const range: [number, number] = rtl
		? [width - margin.left, margin.right]
		: [margin.left, width - margin.right];
	const x = scaleLinear([0, lastWeek], range);
	const y = scaleLinear([0, top], [height - margin.bottom, margin.top]).nice();
	const path = (value: (p: TrackingPointInput) => number) =>
		line<TrackingPointInput>(
			(_, i) => x(positions[i]),
			(p) => y(value(p))
		)(points as TrackingPointInput[]) ?? '';
	const cutoff = positions[cutoffIndex];
	return {
		positions,
		x,
		y,
		actualPath: path((p) => p.actual),
		expectedPath: path((p) => p.expected),
		cutoffX: cutoff === undefined ? null : x(cutoff),
		xTicks: x.ticks(Math.max(2, Math.floor(width / 80))),
		yTicks: y.ticks(5)
	};
}

/** The index of the position nearest to `week` (positions ascending). */
export function nearestPoint(positions: readonly number[], week: number): number {
	let best = 0;
	for (let i = 1; i < positions.length; i++) {
		if (Math.abs(positions[i] - week) < Math.abs(positions[best] - week)) best = i;
	}
	return best;
}

export interface FrequencyBar {
	label: string;
	/** Left edge and width of the group; each bar is half of it. */
	x: number;
	width: number;
	actualY: number;
	predictedY: number;
}

/** Mean holdout transactions per calibration frequency, actual and predicted side by side. */
export function layoutFrequencyBars(
	groups: readonly HoldoutByFrequency[],
	width: number,
	height: number,
	margin: ChartMargin = CLV_MARGIN
) {
	const labels = groups.map((g) => frequencyLabel(g));
	const x = scaleBand(labels, [margin.left, width - margin.right]).padding(0.25);
	const top = Math.max(0.1, ...groups.map((g) => Math.max(g.actualMean, g.predictedMean)));
	const y = scaleLinear([0, top], [height - margin.bottom, margin.top]).nice();
	const bars: FrequencyBar[] = groups.map((g, i) => ({
		label: labels[i],
		x: x(labels[i]) ?? 0,
		width: x.bandwidth(),
		actualY: y(g.actualMean),
		predictedY: y(g.predictedMean)
	}));
	return { y, bars, yTicks: y.ticks(5), baseline: y(0) };
}

/** "0", "1", … and "7+" for the open-ended group. */
export const frequencyLabel = (group: HoldoutByFrequency) =>
	group.isOpenEnded ? `${group.frequency}+` : String(group.frequency);

/** P(alive) 0 → pale, 1 → deep blue (the same ramp as the R × F grid). */
export const aliveColour = (p: number): string => interpolateBlues(0.08 + 0.87 * p);

export interface AliveCell {
	row: number;
	column: number;
	x: number;
	y: number;
	width: number;
	height: number;
	value: number;
	fill: string;
}

/** The heat map's cells: frequency rows bottom-up (x = 0 at the bottom), recency columns. */
export function layoutAliveGrid(
	grid: AliveGrid,
	width: number,
	margin: ChartMargin = CLV_MARGIN
): { cells: AliveCell[]; height: number; cellWidth: number; cellHeight: number } {
	const rows = grid.frequencies.length;
	const columns = grid.recencies.length;
	const cellWidth = Math.max(4, (width - margin.left - margin.right) / columns);
	const cellHeight = Math.max(6, Math.min(24, 360 / rows));
	const height = margin.top + rows * cellHeight + margin.bottom;
	const cells: AliveCell[] = [];
	for (let row = 0; row < rows; row++) {
		for (let column = 0; column < columns; column++) {
			const value = grid.values[row * columns + column];
			cells.push({
				row,
				column,
				x: margin.left + column * cellWidth,
				y: margin.top + (rows - 1 - row) * cellHeight,
				width: cellWidth,
				height: cellHeight,
				value,
				fill: aliveColour(value)
			});
		}
	}
	return { cells, height, cellWidth, cellHeight };
}

/**
 * Every `step`-th index of `count` items, always ending on the last: when the last is closer than
 * a step to the one before, it takes that one's place (their labels would collide).
 */
export function everyNth(count: number, step: number): number[] {
	const every = Math.max(1, step);
	const out: number[] = [];
	for (let i = 0; i < count; i += every) out.push(i);
	const last = count - 1;
	if (count === 0 || out[out.length - 1] === last) return out;
	if (out.length > 1 && last - out[out.length - 1] < every) out.pop();
	out.push(last);
	return out;
}

export interface HistogramBar {
	x: number;
	width: number;
	y: number;
	bin: ValueBin;
}

/**
 * Bars of equal width, one per bin (the open-ended last bin drawn as wide as the others and
 * labelled "≥"), heights by customers on a linear scale from 0.
 */
export function layoutHistogram(
	bins: readonly ValueBin[],
	width: number,
	height: number,
	margin: ChartMargin = CLV_MARGIN
) {
	const x = scaleLinear([0, Math.max(1, bins.length)], [margin.left, width - margin.right]);
	const top = Math.max(1, ...bins.map((b) => b.customers));
	const y = scaleLinear([0, top], [height - margin.bottom, margin.top]).nice();
	const bars: HistogramBar[] = bins.map((bin, i) => ({
		x: x(i) + 0.5,
		width: Math.max(1, x(i + 1) - x(i) - 1),
		y: y(bin.customers),
		bin
	}));
	return { x, y, bars, yTicks: y.ticks(5), baseline: y(0) };
}
