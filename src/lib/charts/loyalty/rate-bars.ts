/**
 * The layout of the repurchase-rate chart, without the DOM: one horizontal bar per group for its
 * rate, with a whisker for its Wilson 95% interval, on a 0–100% scale. A group with no eligible
 * customer (rate null) gets a row with no bar.
 */
import { scaleLinear } from 'd3';

export interface RateInput {
	key: string;
	label: string;
	rate: number | null;
	low: number | null;
	high: number | null;
}

export interface RateRow extends RateInput {
	/** Top of the row. */
	y: number;
	/** Bar from `x0` to `barEnd`; whisker from `lowX` to `highX` (null without a rate). */
	barEnd: number | null;
	lowX: number | null;
	highX: number | null;
}

export interface RateBarsLayout {
	rows: RateRow[];
	height: number;
	/** Where the bars start (after the labels). */
	x0: number;
	/** Right end of the scale (100%). */
	x1: number;
	ticks: { value: number; x: number }[];
}

export const RATE_MARGIN = { top: 8, right: 16, bottom: 26, rowHeight: 34, barHeight: 18 };

/** Rows in the given order; labels in the first `labelWidth` pixels (at most half the width). */
export function layoutRateBars(
	groups: readonly RateInput[],
	width: number,
	labelWidth = 150
): RateBarsLayout {
	const x0 = Math.round(Math.min(labelWidth, width * 0.5));
	const x1 = Math.max(x0 + 1, width - RATE_MARGIN.right);
	const x = scaleLinear([0, 1], [x0, x1]);
	const at = (v: number | null) => (v === null ? null : x(Math.min(1, Math.max(0, v))));
	const rows = groups.map((group, i) => ({
		...group,
		y: RATE_MARGIN.top + i * RATE_MARGIN.rowHeight,
		barEnd: at(group.rate),
		lowX: at(group.low),
		highX: at(group.high)
	}));
	return {
		rows,
		height: RATE_MARGIN.top + rows.length * RATE_MARGIN.rowHeight + RATE_MARGIN.bottom,
		x0,
		x1,
		ticks: x.ticks(width < 360 ? 2 : 5).map((value) => ({ value, x: x(value) }))
	};
}
