/**
 * The maths of the R × F grid, without the DOM: cells with their customers, mean M score and mean
 * value; the colour of each cell; what a selection of cells holds.
 */
import { interpolateBlues, scaleSequential, rgb } from 'd3';

/** Sums per R × F cell; cell (r, f) at index (r − 1) · bins + (f − 1). */
export interface RfmGridInput {
	bins: number;
	customers: ArrayLike<number>;
	/** Σ M score per cell. */
	monetaryScoreSum: ArrayLike<number>;
	/** Σ value per cell. */
	valueSum: ArrayLike<number>;
	/** Customers per cell and segment (cell · segments + segment). */
	segmentCustomers: ArrayLike<number>;
	segments: number;
}

export type GridColourBy = 'monetary' | 'customers';

export interface RfmGridCell {
	r: number;
	f: number;
	customers: number;
	/** Mean M score of the cell's customers; NaN when empty. */
	meanMonetaryScore: number;
	/** Mean value of the cell's customers; NaN when empty. */
	meanValue: number;
}

/** Every cell, top row first: R from bins down to 1, and within a row F from 1 up to bins. */
export function rfmGridCells(grid: RfmGridInput): RfmGridCell[] {
	const cells: RfmGridCell[] = [];
	for (let r = grid.bins; r >= 1; r--) {
		for (let f = 1; f <= grid.bins; f++) {
			const index = (r - 1) * grid.bins + (f - 1);
			const customers = grid.customers[index];
			cells.push({
				r,
				f,
				customers,
				meanMonetaryScore: customers > 0 ? grid.monetaryScoreSum[index] / customers : NaN,
				meanValue: customers > 0 ? grid.valueSum[index] / customers : NaN
			});
		}
	}
	return cells;
}

/** The grid's colour ramp at t ∈ [0, 1]: blues starting a little above white, so the palest cells
 * still stand out from the page. */
export const gridColour = (t: number): string => interpolateBlues(0.1 + 0.85 * t);

/**
 * The fill of each cell: a sequential blue scale over the mean M score (1 … bins) or over the
 * customer count (0 … the fullest cell). Empty cells get `emptyFill`.
 */
export function rfmCellFill(
	cells: readonly RfmGridCell[],
	bins: number,
	colourBy: GridColourBy,
	emptyFill = 'transparent'
): (cell: RfmGridCell) => string {
	const most = Math.max(1, ...cells.map((cell) => cell.customers));
	const scale = scaleSequential(gridColour).domain(colourBy === 'monetary' ? [1, bins] : [0, most]);
	return (cell) =>
		cell.customers === 0
			? emptyFill
			: scale(colourBy === 'monetary' ? cell.meanMonetaryScore : cell.customers);
}

/** Relative luminance of an sRGB colour (WCAG 2). */
function luminance(colour: string): number {
	const { r, g, b } = rgb(colour);
	const channel = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** White or near-black text, whichever contrasts more with `fill`. */
export function readableTextColour(fill: string): '#ffffff' | '#1c1f23' {
	const l = luminance(fill);
	const onWhite = 1.05 / (l + 0.05);
	const onDark = (l + 0.05) / (luminance('#1c1f23') + 0.05);
	return onWhite >= onDark ? '#ffffff' : '#1c1f23';
}

export interface GridSelectionSummary {
	customers: number;
	value: number;
	/** Customers of the selection per segment (rule order, then Others). */
	bySegment: number[];
}

/** What the selected cells hold together. Cells outside 1…bins are ignored. */
export function summariseGridSelection(
	grid: RfmGridInput,
	selection: readonly (readonly [number, number])[]
): GridSelectionSummary {
	const bySegment = new Array<number>(grid.segments).fill(0);
	let customers = 0;
	let value = 0;
	const seen = new Set<number>();
	for (const [r, f] of selection) {
		if (r < 1 || r > grid.bins || f < 1 || f > grid.bins) continue;
		const index = (r - 1) * grid.bins + (f - 1);
		if (seen.has(index)) continue;
		seen.add(index);
		customers += grid.customers[index];
		value += grid.valueSum[index];
		for (let k = 0; k < grid.segments; k++) {
			bySegment[k] += grid.segmentCustomers[index * grid.segments + k];
		}
	}
	return { customers, value, bySegment };
}
