/**
 * Geometry of the persona profiles as vertical parallel coordinates: one row per clustered feature,
 * each persona a line through its profile scores (standard deviations from the population mean),
 * the population itself the zero line. Rows keep labels readable at any width.
 */
import { line, scaleLinear } from 'd3';

export interface ProfileBox {
	width: number;
	/** Room for the feature labels, left of the plot. */
	labelWidth: number;
	rowHeight: number;
	margin: { top: number; right: number; bottom: number };
}

export interface ProfileLayout {
	height: number;
	/** Symmetric around zero: [−m, m]. */
	domain: [number, number];
	rows: { label: string; shortLabel: string; y: number }[];
	ticks: { value: number; x: number }[];
	zeroX: number;
	xRange: [number, number];
	lines: { index: number; path: string; points: { x: number; y: number; score: number }[] }[];
}

/** A label cut to `maxChars` with an ellipsis (the full one stays in the title and table). */
export function shortenLabel(label: string, maxChars: number): string {
	return label.length <= maxChars ? label : `${label.slice(0, Math.max(1, maxChars - 1))}…`;
}

/** Rows, a symmetric score axis (at least ±1, in half steps) and one path per persona. */
export function layoutPersonaProfile(
	labels: string[],
	scores: number[][],
	box: ProfileBox
): ProfileLayout {
	const { width, labelWidth, rowHeight, margin } = box;
	let largest = 0;
	for (const row of scores)
		for (const s of row) if (Number.isFinite(s)) largest = Math.max(largest, Math.abs(s));
	const m = Math.max(1, Math.ceil(largest * 2) / 2);
	const xRange: [number, number] = [labelWidth, width - margin.right];
	const x = scaleLinear([-m, m], xRange);
	const rows = labels.map((label, f) => ({
		label,
		shortLabel: shortenLabel(label, Math.max(6, Math.floor((labelWidth - 12) / 6.8))),
		y: margin.top + (f + 0.5) * rowHeight
	}));
	const lines = scores.map((row, index) => {
		const points = rows.map((r, f) => {
			const score = Number.isFinite(row[f]) ? row[f] : 0;
			return { x: x(score), y: r.y, score };
		});
		const path =
			line<(typeof points)[number]>()
				.x((p) => p.x)
				.y((p) => p.y)(points) ?? '';
		return { index, path, points };
	});
	return {
		height: margin.top + labels.length * rowHeight + margin.bottom,
		domain: [-m, m],
		rows,
		ticks: x.ticks(m <= 1 ? 4 : 6).map((value) => ({ value, x: x(value) })),
		zeroX: x(0),
		xRange,
		lines
	};
}
