import { describe, expect, it } from 'vitest';
import { layoutPersonaProfile, shortenLabel } from './persona-profile';

const box = {
	width: 420,
	labelWidth: 120,
	rowHeight: 30,
	margin: { top: 10, right: 20, bottom: 30 }
};

describe('layoutPersonaProfile', () => {
	const labels = ['Value (log)', 'Orders (log)', 'Recency (days)'];
	const scores = [
		[1.2, 0.9, -0.7],
		[-0.4, -0.3, 0.2]
	];
	const layout = layoutPersonaProfile(labels, scores, box);

	it('makes a symmetric axis in half steps that holds the largest score', () => {
		expect(layout.domain).toEqual([-1.5, 1.5]);
		expect(layout.zeroX).toBe((120 + 400) / 2);
		expect(layout.ticks.map((t) => t.value)).toContain(0);
	});

	it('puts one row per feature and one point per feature on each persona line', () => {
		expect(layout.rows.map((r) => r.y)).toEqual([25, 55, 85]);
		expect(layout.height).toBe(10 + 3 * 30 + 30);
		expect(layout.lines).toHaveLength(2);
		for (const l of layout.lines) expect(l.points).toHaveLength(3);
	});

	it('draws a score above the population to the right of zero, below it to the left', () => {
		const [first, second] = layout.lines;
		expect(first.points[0].x).toBeGreaterThan(layout.zeroX);
		expect(first.points[2].x).toBeLessThan(layout.zeroX);
		expect(second.points[0].x).toBeLessThan(layout.zeroX);
		// 1.2 of 1.5 standard deviations: four fifths of the way from zero to the right end.
		expect(first.points[0].x).toBeCloseTo(260 + 0.8 * 140, 9);
	});

	it('keeps at least ±1 for a persona close to the population', () => {
		expect(layoutPersonaProfile(['a'], [[0.1]], box).domain).toEqual([-1, 1]);
	});
});

describe('shortenLabel', () => {
	it('keeps short labels and cuts long ones with an ellipsis', () => {
		expect(shortenLabel('Value (log)', 20)).toBe('Value (log)');
		expect(shortenLabel('Average order value (log)', 10)).toBe('Average o…');
	});
});
