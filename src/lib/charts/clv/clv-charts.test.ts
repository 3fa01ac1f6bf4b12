import { describe, expect, it } from 'vitest';
import {
	CLV_MARGIN,
	everyNth,
	layoutAliveGrid,
	layoutFrequencyBars,
	layoutHistogram,
	layoutTracking,
	nearestPoint
} from './clv-charts';

const points = [
	{ week: 1, endDate: '2024-01-07', actual: 0, expected: 1 },
	{ week: 2, endDate: '2024-01-14', actual: 4, expected: 3 },
	{ week: 3, endDate: '2024-01-21', actual: 9, expected: 10 }
];

describe('layoutTracking', () => {
	const layout = layoutTracking(points, 1, 360, 200);

	it('runs x from week 0 at the left margin to the last week at the right', () => {
		expect(layout.x(0)).toBe(CLV_MARGIN.left);
		expect(layout.x(3)).toBe(360 - CLV_MARGIN.right);
	});

	it('marks the cut-off at its week', () => {
		expect(layout.cutoffX).toBe(layout.x(2));
	});

	it('places a point ending mid-week between the weeks, not on the next one', () => {
		// Week 1 ends on 2024-01-07, so the cohort starts on 2024-01-01; 2024-01-10 is day 10.
		const withCutoff = [
			points[0],
			{ week: 2, endDate: '2024-01-10', actual: 2, expected: 2 },
			...points.slice(1)
		];
		expect(layoutTracking(withCutoff, 1, 360, 200).positions).toEqual([1, 10 / 7, 2, 3]);
	});

	it('puts both lines on one y scale from 0 covering the highest value', () => {
		expect(layout.y.domain()[0]).toBe(0);
		expect(layout.y.domain()[1]).toBeGreaterThanOrEqual(10);
		const start = (path: string) => (path.match(/^M([\d.]+),([\d.]+)/) ?? []).slice(1).map(Number);
		expect(start(layout.actualPath)[0]).toBeCloseTo(layout.x(1), 2);
		expect(start(layout.actualPath)[1]).toBeCloseTo(layout.y(0), 2);
		expect(start(layout.expectedPath)[1]).toBeCloseTo(layout.y(1), 2);
	});

	it('has no cut-off mark when the index is outside the points', () => {
		expect(layoutTracking(points, 7, 360, 200).cutoffX).toBeNull();
	});
});

it('nearestPoint finds the point closest to a week', () => {
	expect(nearestPoint([1, 2, 3], 2.4)).toBe(1);
	expect(nearestPoint([1, 2, 3], 2.6)).toBe(2);
	expect(nearestPoint([1, 2, 3], -5)).toBe(0);
});

describe('layoutFrequencyBars', () => {
	const groups = [
		{ frequency: 0, isOpenEnded: false, customers: 10, actualMean: 0.2, predictedMean: 0.25 },
		{ frequency: 7, isOpenEnded: true, customers: 2, actualMean: 4, predictedMean: 3 }
	];
	const layout = layoutFrequencyBars(groups, 300, 200);

	it('labels the open-ended group "7+"', () => {
		expect(layout.bars.map((bar) => bar.label)).toEqual(['0', '7+']);
	});

	it('draws taller bars for larger means, from the baseline', () => {
		expect(layout.bars[1].actualY).toBeLessThan(layout.bars[1].predictedY);
		expect(layout.bars[0].actualY).toBeLessThan(layout.baseline);
		expect(layout.y(0)).toBe(layout.baseline);
	});
});

describe('layoutAliveGrid', () => {
	const grid = {
		age: 10,
		frequencies: [0, 1],
		recencies: [0, 5, 10],
		values: [1, 1, 1, 0.1, 0.5, 0.9]
	};
	const layout = layoutAliveGrid(grid, CLV_MARGIN.left + CLV_MARGIN.right + 300);

	it('draws one cell per value, frequency 0 on the bottom row', () => {
		expect(layout.cells).toHaveLength(6);
		const bottom = layout.cells.find((c) => c.row === 0 && c.column === 0);
		const top = layout.cells.find((c) => c.row === 1 && c.column === 0);
		expect(bottom!.y).toBeGreaterThan(top!.y);
		expect(layout.cellWidth).toBe(100);
	});

	it('colours a likely-alive cell darker than an unlikely one', () => {
		const lum = (fill: string) => {
			const [r, g, b] = (fill.match(/\d+/g) ?? []).map(Number);
			return r + g + b;
		};
		expect(lum(layout.cells[5].fill)).toBeLessThan(lum(layout.cells[3].fill));
	});
});

describe('layoutHistogram', () => {
	const bins = [
		{ from: 0, to: 10, isOpenEnded: false, customers: 8 },
		{ from: 10, to: 20, isOpenEnded: false, customers: 2 },
		{ from: 20, to: 500, isOpenEnded: true, customers: 1 }
	];
	const layout = layoutHistogram(bins, CLV_MARGIN.left + CLV_MARGIN.right + 300, 200);

	it('gives every bin the same width, side by side', () => {
		expect(layout.bars.map((bar) => Math.round(bar.x - 0.5))).toEqual(
			[0, 100, 200].map((x) => x + CLV_MARGIN.left)
		);
		expect(layout.bars.every((bar) => bar.width === 99)).toBe(true);
	});

	it('makes bar heights proportional to customers', () => {
		const h = (i: number) => layout.baseline - layout.bars[i].y;
		expect(h(0) / h(1)).toBeCloseTo(4, 9);
	});
});

it('everyNth keeps every n-th index and ends on the last without crowding it', () => {
	expect(everyNth(7, 3)).toEqual([0, 3, 6]);
	expect(everyNth(10, 3)).toEqual([0, 3, 6, 9]);
	expect(everyNth(9, 3)).toEqual([0, 3, 8]);
	expect(everyNth(2, 3)).toEqual([0, 1]);
	expect(everyNth(0, 3)).toEqual([]);
});

describe('layoutTracking right to left', () => {
	const layout = layoutTracking(points, 1, 360, 200, CLV_MARGIN, true);

	it('runs time from the right, leaving the y axis its room on the right', () => {
		expect(layout.x(0)).toBe(360 - CLV_MARGIN.left);
		expect(layout.x(3)).toBe(CLV_MARGIN.right);
	});

	it('draws a later week left of an earlier one and keeps the y scale', () => {
		expect(layout.x(2)).toBeLessThan(layout.x(1));
		expect(layout.y.domain()).toEqual(layoutTracking(points, 1, 360, 200).y.domain());
	});
});
