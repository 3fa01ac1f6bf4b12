/**
 * The layout of the segment sizes chart, without the DOM: one row per non-empty segment, with a
 * bar for its share of customers and one for its share of value on a common scale.
 */
import { scaleLinear } from 'd3';

export interface SegmentSize {
	slug: string;
	name: string;
	colour: string;
	customers: number;
	customerShare: number;
	/** Share of total value; a negative share draws no bar (its label still says it). */
	valueShare: number;
}

export interface SegmentSizeRow extends SegmentSize {
	/** Top of the row. */
	y: number;
	customersWidth: number;
	valueWidth: number;
}

export interface SegmentSizesLayout {
	rows: SegmentSizeRow[];
	height: number;
	/** Where the bars start (after the names). */
	barX: number;
	/** Share → x. */
	x: (share: number) => number;
	ticks: number[];
}

export const SIZE_MARGIN = { top: 28, right: 52, bottom: 24, rowHeight: 36 };

/**
 * Rows in the given order (empty segments left out), names in the first `labelWidth` pixels (at
 * most 35% of the width), bars on a shared share scale from 0 to the largest share, rounded up.
 */
export function layoutSegmentSizes(
	segments: readonly SegmentSize[],
	width: number,
	labelWidth = 140
): SegmentSizesLayout {
	const barX = Math.round(Math.min(labelWidth, width * 0.35));
	const largest = Math.max(0.01, ...segments.map((s) => Math.max(s.customerShare, s.valueShare)));
	const x = scaleLinear([0, largest], [barX, Math.max(barX + 1, width - SIZE_MARGIN.right)]).nice(
		4
	);
	const rows = segments
		.filter((segment) => segment.customers > 0)
		.map((segment, i) => ({
			...segment,
			y: SIZE_MARGIN.top + i * SIZE_MARGIN.rowHeight,
			customersWidth: Math.max(0, x(segment.customerShare) - barX),
			valueWidth: Math.max(0, x(segment.valueShare) - barX)
		}));
	return {
		rows,
		height: SIZE_MARGIN.top + rows.length * SIZE_MARGIN.rowHeight + SIZE_MARGIN.bottom,
		barX,
		x,
		ticks: x.ticks(4)
	};
}
