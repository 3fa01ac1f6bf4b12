/**
 * Geometry of the share bars: per persona, its share of customers beside its share of value, so a
 * small persona bringing much value stands out. Profit shares can be negative (a loss-making
 * persona), so the axis runs from below zero when needed.
 */
import { scaleLinear } from 'd3';

export interface ShareInput {
	index: number;
	customerShare: number;
	valueShare: number;
}

export interface ShareBox {
	width: number;
	labelWidth: number;
	/** Height of one bar; a persona takes two bars and a gap. */
	barHeight: number;
	/** Room for the persona's name above its bars (narrow charts); 0 = names beside them. Default 0. */
	labelHeight?: number;
	margin: { top: number; right: number; bottom: number };
}

export interface ShareLayout {
	height: number;
	zeroX: number;
	xRange: [number, number];
	ticks: { value: number; x: number }[];
	rows: {
		index: number;
		y: number;
		customer: { x: number; width: number; y: number };
		value: { x: number; width: number; y: number };
	}[];
}

/** Two bars per persona from zero, on an axis from min(0, shares) to max(shares), niced. */
export function layoutShareBars(items: ShareInput[], box: ShareBox): ShareLayout {
	const { width, labelWidth, barHeight, margin } = box;
	const labelHeight = box.labelHeight ?? 0;
	const shares = items.flatMap((i) => [i.customerShare, i.valueShare]).filter(Number.isFinite);
	const low = Math.min(0, ...shares);
	const high = Math.max(0.05, ...shares);
	const xRange: [number, number] = [labelWidth, width - margin.right];
	const x = scaleLinear([low, high], xRange).nice(5);
	const zeroX = x(0);
	const rowHeight = labelHeight + barHeight * 2 + 10;
	const bar = (share: number, y: number) => {
		const at = x(Number.isFinite(share) ? share : 0);
		return { x: Math.min(at, zeroX), width: Math.abs(at - zeroX), y };
	};
	const rows = items.map((item, r) => {
		const y = margin.top + r * rowHeight;
		return {
			index: item.index,
			y,
			customer: bar(item.customerShare, y + labelHeight),
			value: bar(item.valueShare, y + labelHeight + barHeight)
		};
	});
	return {
		height: margin.top + items.length * rowHeight + margin.bottom,
		zeroX,
		xRange,
		ticks: x.ticks(5).map((value) => ({ value, x: x(value) })),
		rows
	};
}
