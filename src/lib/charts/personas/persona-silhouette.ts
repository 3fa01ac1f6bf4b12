/** Geometry of the silhouette curve: mean silhouette against k, the chosen k marked. */
import { line, scaleLinear } from 'd3';

export interface SilhouettePoint {
	k: number;
	silhouette: number;
}

export interface ChartBox {
	width: number;
	height: number;
	margin: { top: number; right: number; bottom: number; left: number };
}

export interface SilhouetteLayout {
	points: (SilhouettePoint & { x: number; y: number; isChosen: boolean })[];
	path: string;
	xTicks: { k: number; x: number }[];
	yTicks: { value: number; y: number }[];
	/** The y range of the plot: [bottom, top] in pixels. */
	yRange: [number, number];
	xRange: [number, number];
}

/**
 * Points sorted by k on a linear k axis (a tick per k), silhouettes on a y axis over their own
 * range padded by a tenth (differences between k are small; the ticks say how small).
 */
export function layoutSilhouetteCurve(
	points: SilhouettePoint[],
	chosenK: number,
	box: ChartBox
): SilhouetteLayout {
	const { width, height, margin } = box;
	const sorted = [...points].sort((a, b) => a.k - b.k);
	const ks = sorted.map((p) => p.k);
	const values = sorted.map((p) => p.silhouette).filter(Number.isFinite);
	const kMin = Math.min(...ks);
	const kMax = Math.max(...ks);
	let low = values.length > 0 ? Math.min(...values) : 0;
	let high = values.length > 0 ? Math.max(...values) : 1;
	const pad = (high - low) * 0.1 || 0.05;
	low -= pad;
	high += pad;
	const xRange: [number, number] = [margin.left, width - margin.right];
	const yRange: [number, number] = [height - margin.bottom, margin.top];
	const x = scaleLinear([kMin === kMax ? kMin - 1 : kMin, kMin === kMax ? kMax + 1 : kMax], xRange);
	const y = scaleLinear([low, high], yRange).nice(4);
	const drawn = sorted.map((p) => ({
		...p,
		x: x(p.k),
		y: Number.isFinite(p.silhouette) ? y(p.silhouette) : NaN,
		isChosen: p.k === chosenK
	}));
	const path =
		line<(typeof drawn)[number]>()
			.defined((p) => Number.isFinite(p.y))
			.x((p) => p.x)
			.y((p) => p.y)(drawn) ?? '';
	return {
		points: drawn,
		path,
		xTicks: ks.map((k) => ({ k, x: x(k) })),
		yTicks: y.ticks(4).map((value) => ({ value, y: y(value) })),
		yRange,
		xRange
	};
}
