import { interpolateBlues } from 'd3';
import { describe, expect, it } from 'vitest';
import {
	readableTextColour,
	rfmCellFill,
	rfmGridCells,
	summariseGridSelection,
	type RfmGridInput
} from './rfm-grid';

/**
 * Three bins, two segments. Cells (r, f) → index (r − 1)·3 + (f − 1):
 * (1,1) 4 customers, M sum 4, value 40, all in segment 1;
 * (2,2) 1 customer, M 2, value 30, segment 0;
 * (3,3) 2 customers, M sum 5, value 300, one in each segment. Every other cell is empty.
 */
const grid: RfmGridInput = {
	bins: 3,
	customers: [4, 0, 0, 0, 1, 0, 0, 0, 2],
	monetaryScoreSum: [4, 0, 0, 0, 2, 0, 0, 0, 5],
	valueSum: [40, 0, 0, 0, 30, 0, 0, 0, 300],
	segmentCustomers: [0, 4, 0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 0, 1, 1],
	segments: 2
};

describe('rfmGridCells', () => {
	it('lists rows from the highest R down, F rising along each row', () => {
		const cells = rfmGridCells(grid);
		expect(cells.map((c) => `${c.r}${c.f}`)).toEqual([
			'31',
			'32',
			'33',
			'21',
			'22',
			'23',
			'11',
			'12',
			'13'
		]);
	});

	it('gives the mean M score and mean value of each cell, NaN when empty', () => {
		const cells = rfmGridCells(grid);
		const top = cells.find((c) => c.r === 3 && c.f === 3);
		expect(top).toEqual({ r: 3, f: 3, customers: 2, meanMonetaryScore: 2.5, meanValue: 150 });
		expect(cells.find((c) => c.r === 1 && c.f === 2)?.meanMonetaryScore).toBeNaN();
	});
});

describe('rfmCellFill', () => {
	const cells = rfmGridCells(grid);
	const at = (r: number, f: number) => cells.find((c) => c.r === r && c.f === f)!;

	it('colours by mean M score from 1 (palest) to bins (darkest)', () => {
		const fill = rfmCellFill(cells, 3, 'monetary', 'none');
		expect(fill(at(1, 1))).toBe(interpolateBlues(0.1)); // mean M 1
		expect(fill(at(2, 2))).toBe(interpolateBlues(0.1 + 0.85 * 0.5)); // mean M 2 of 1…3
		expect(fill(at(3, 3))).toBe(interpolateBlues(0.1 + 0.85 * 0.75)); // mean M 2.5
		expect(fill(at(1, 2))).toBe('none');
	});

	it('colours by customers from 0 to the fullest cell', () => {
		const fill = rfmCellFill(cells, 3, 'customers');
		expect(fill(at(1, 1))).toBe(interpolateBlues(0.95)); // 4 of 4
		expect(fill(at(3, 3))).toBe(interpolateBlues(0.1 + 0.85 * 0.5)); // 2 of 4
		expect(fill(at(3, 1))).toBe('transparent');
	});
});

describe('readableTextColour', () => {
	it('puts white text on dark fills and dark text on light ones', () => {
		// #777777: luminance 0.184 → contrast 4.5 with white, 3.7 with #1c1f23.
		expect(readableTextColour('#777777')).toBe('#ffffff');
		// #aaaaaa: luminance 0.402 → contrast 2.3 with white, 7.1 with #1c1f23.
		expect(readableTextColour('#aaaaaa')).toBe('#1c1f23');
		expect(readableTextColour('rgb(8, 48, 107)')).toBe('#ffffff');
	});
});

describe('summariseGridSelection', () => {
	it('adds up customers, value and segments over the selected cells', () => {
		expect(
			summariseGridSelection(grid, [
				[1, 1],
				[3, 3]
			])
		).toEqual({ customers: 6, value: 340, bySegment: [1, 5] });
	});

	it('counts a cell selected twice once and ignores cells outside the bins', () => {
		expect(
			summariseGridSelection(grid, [
				[2, 2],
				[2, 2],
				[4, 1],
				[0, 3]
			])
		).toEqual({ customers: 1, value: 30, bySegment: [1, 0] });
	});

	it('holds nothing when nothing is selected', () => {
		expect(summariseGridSelection(grid, [])).toEqual({ customers: 0, value: 0, bySegment: [0, 0] });
	});
});
