import { describe, expect, it } from 'vitest';
import { layoutSilhouetteCurve } from './persona-silhouette';

const box = { width: 400, height: 200, margin: { top: 10, right: 10, bottom: 30, left: 50 } };

describe('layoutSilhouetteCurve', () => {
	it('places k from left to right, one tick per k, whatever the input order', () => {
		const layout = layoutSilhouetteCurve(
			[
				{ k: 4, silhouette: 0.2 },
				{ k: 2, silhouette: 0.3 },
				{ k: 3, silhouette: 0.25 }
			],
			2,
			box
		);
		expect(layout.points.map((p) => p.k)).toEqual([2, 3, 4]);
		expect(layout.points[0].x).toBe(50);
		expect(layout.points[2].x).toBe(390);
		expect(layout.points[1].x).toBe(220);
		expect(layout.xTicks.map((t) => t.k)).toEqual([2, 3, 4]);
	});

	it('draws a higher silhouette higher up and marks only the chosen k', () => {
		const layout = layoutSilhouetteCurve(
			[
				{ k: 2, silhouette: 0.1 },
				{ k: 3, silhouette: 0.3 },
				{ k: 4, silhouette: 0.2 }
			],
			3,
			box
		);
		const [two, three, four] = layout.points;
		expect(three.y).toBeLessThan(four.y);
		expect(four.y).toBeLessThan(two.y);
		expect(layout.points.filter((p) => p.isChosen).map((p) => p.k)).toEqual([3]);
		// Every point lies inside the plot, between the y ticks' extremes.
		for (const p of layout.points) {
			expect(p.y).toBeGreaterThanOrEqual(10);
			expect(p.y).toBeLessThanOrEqual(170);
		}
		expect(layout.path.startsWith('M50,')).toBe(true);
	});

	it('draws a single k (set by the user) in the middle of the axis', () => {
		const layout = layoutSilhouetteCurve([{ k: 12, silhouette: 0.4 }], 12, box);
		expect(layout.points[0].x).toBe(220);
		expect(Number.isFinite(layout.points[0].y)).toBe(true);
	});
});
