import { describe, expect, it } from 'vitest';
import { layoutPersonaBubbles, symlogTicks } from './persona-bubbles';

const box = { width: 500, height: 400, margin: { top: 10, right: 10, bottom: 40, left: 60 } };

describe('symlogTicks', () => {
	it('gives 1, 2, 5 steps over a short range', () => {
		expect(symlogTicks(1, 12)).toEqual([1, 2, 5, 10]);
	});

	it('falls back to powers of ten over a long range', () => {
		expect(symlogTicks(3, 25_000)).toEqual([10, 100, 1000, 10000]);
	});

	it('puts zero and negative ticks on an axis that crosses zero', () => {
		const ticks = symlogTicks(-150, 900);
		expect(ticks).toContain(0);
		expect(ticks).toContain(-100);
		expect(ticks).toEqual([...ticks].sort((a, b) => a - b));
		expect(ticks.length).toBeLessThanOrEqual(6);
	});
});

describe('layoutPersonaBubbles', () => {
	const items = [
		{ index: 0, orders: 1, value: 111, customers: 2400 },
		{ index: 1, orders: 7, value: 830, customers: 600 },
		{ index: 2, orders: 3, value: 126, customers: 150 }
	];
	const layout = layoutPersonaBubbles(items, { orders: 2, value: 200 }, box);
	const byIndex = (i: number) => layout.bubbles.find((b) => b.index === i)!;

	it('makes bubble area proportional to customers, the largest at the maximum radius', () => {
		expect(byIndex(0).r).toBe(layout.maxRadius);
		const area = (i: number) => byIndex(i).r ** 2;
		expect(area(1) / area(0)).toBeCloseTo(600 / 2400, 12);
		expect(area(2) / area(0)).toBeCloseTo(150 / 2400, 12);
	});

	it('orders bubbles by median orders across and by median value upwards', () => {
		expect(byIndex(0).cx).toBeLessThan(byIndex(2).cx);
		expect(byIndex(2).cx).toBeLessThan(byIndex(1).cx);
		expect(byIndex(1).cy).toBeLessThan(byIndex(2).cy);
		expect(byIndex(2).cy).toBeLessThan(byIndex(0).cy);
		expect(layout.population.x).toBeGreaterThan(byIndex(0).cx);
		expect(layout.population.x).toBeLessThan(byIndex(2).cx);
	});

	it('keeps every bubble inside the plot and draws the largest first', () => {
		for (const b of layout.bubbles) {
			expect(b.cx - b.r).toBeGreaterThanOrEqual(60);
			expect(b.cx + b.r).toBeLessThanOrEqual(490);
			expect(b.cy - b.r).toBeGreaterThanOrEqual(10);
			expect(b.cy + b.r).toBeLessThanOrEqual(360);
		}
		expect(layout.bubbles.map((b) => b.index)).toEqual([0, 1, 2]);
	});

	it('places negative values (a loss-making persona) below zero', () => {
		const loss = layoutPersonaBubbles(
			[
				{ index: 0, orders: 2, value: -50, customers: 10 },
				{ index: 1, orders: 2, value: 300, customers: 10 }
			],
			{ orders: 2, value: 100 },
			box
		);
		const zero = loss.yTicks.find((t) => t.value === 0)!;
		const [a, b] = [0, 1].map((i) => loss.bubbles.find((x) => x.index === i)!);
		expect(a.cy).toBeGreaterThan(zero.y);
		expect(b.cy).toBeLessThan(zero.y);
	});
});
