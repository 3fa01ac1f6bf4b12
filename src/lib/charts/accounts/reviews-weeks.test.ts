import { describe, expect, it } from 'vitest';
import type { PlanWeek } from '../../engine/accounts/accounts-report';
import { layoutReviewsWeeks, WEEKS_MARGIN } from './reviews-weeks';

const weeks: PlanWeek[] = [
	{ weekStart: '2024-01-08', High: 2, Medium: 3, Low: 5, total: 10 },
	{ weekStart: '2024-01-15', High: 0, Medium: 0, Low: 4, total: 4 }
];

describe('layoutReviewsWeeks', () => {
	it('stacks High at the bottom of the bar', () => {
		const layout = layoutReviewsWeeks(weeks, 10, 440, 212);
		const [high, medium] = layout.bars[0].segments;
		expect(high.y + high.height).toBeCloseTo(212 - WEEKS_MARGIN.bottom, 9);
		expect(medium.y + medium.height).toBeCloseTo(high.y, 9);
	});

	it('gives each review the same height: 166 px for 10 in a 10-review scale', () => {
		// Plot height = 212 − 12 − 34 = 166 px for 0 … 10 reviews.
		const layout = layoutReviewsWeeks(weeks, 10, 440, 212);
		const heights = layout.bars[0].segments.map((s) => s.height);
		[33.2, 49.8, 83].forEach((expected, i) => expect(heights[i]).toBeCloseTo(expected, 9));
		expect(layout.bars[1].segments[2].height).toBeCloseTo(66.4, 9);
	});

	it('draws the capacity line at the top when the fullest week is at capacity', () => {
		const layout = layoutReviewsWeeks(weeks, 10, 440, 212);
		expect(layout.capacityY).toBe(WEEKS_MARGIN.top);
	});

	it('keeps a scale up to the capacity when every week is below it', () => {
		const layout = layoutReviewsWeeks(weeks.slice(1), 20, 440, 212);
		expect(layout.capacityY).toBe(WEEKS_MARGIN.top);
		expect(layout.bars[0].segments[2].height).toBeCloseTo((166 * 4) / 20, 9);
	});

	it('labels a plan longer than half a year by year and month', () => {
		const many = Array.from({ length: 30 }, (_, i) => ({
			...weeks[1],
			weekStart: `2024-${String(1 + Math.floor(i / 4)).padStart(2, '0')}-0${1 + (i % 4)}`
		}));
		const layout = layoutReviewsWeeks(many, 10, 2000, 212);
		expect(layout.xLabels[0].label).toBe('2024-01');
		expect(layout.xCaption).toBe('yearMonth');
	});

	it('spaces the labels at least 90 px apart when the bars are thinner than a pixel', () => {
		const many = Array.from({ length: 500 }, () => weeks[1]);
		const layout = layoutReviewsWeeks(many, 10, 352, 212);
		// 300 px of plot for 500 weeks: 0.6 px a week, so a label every 150 weeks.
		expect(layout.xLabels.map((label) => label.index)).toEqual([0, 150, 300, 450]);
	});
});
