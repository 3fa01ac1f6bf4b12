import { describe, expect, it } from 'vitest';
import { layoutShareBars } from './persona-shares';

const box = {
	width: 400,
	labelWidth: 100,
	barHeight: 12,
	margin: { top: 8, right: 20, bottom: 30 }
};

describe('layoutShareBars', () => {
	it('draws bar lengths in proportion to the shares, from zero', () => {
		const layout = layoutShareBars(
			[
				{ index: 0, customerShare: 0.48, valueShare: 0.08 },
				{ index: 1, customerShare: 0.44, valueShare: 0.87 },
				{ index: 2, customerShare: 0.08, valueShare: 0.05 }
			],
			box
		);
		expect(layout.zeroX).toBe(100);
		const [a, b] = layout.rows;
		expect(a.customer.x).toBe(100);
		expect(a.customer.width / b.value.width).toBeCloseTo(0.48 / 0.87, 12);
		expect(b.customer.width / a.value.width).toBeCloseTo(0.44 / 0.08, 12);
		// The axis is niced to 0–1 here: 0.87 of the 280 px.
		expect(b.value.width).toBeCloseTo(0.87 * 280, 9);
	});

	it('stacks each persona’s two bars and gives every persona its own row', () => {
		const layout = layoutShareBars(
			[
				{ index: 0, customerShare: 0.5, valueShare: 0.5 },
				{ index: 1, customerShare: 0.5, valueShare: 0.5 }
			],
			box
		);
		const [a, b] = layout.rows;
		expect(a.value.y).toBe(a.customer.y + 12);
		expect(b.y).toBe(a.y + 34);
		expect(layout.height).toBe(8 + 2 * 34 + 30);
	});

	it('leaves room for the name above the bars on a narrow chart', () => {
		const layout = layoutShareBars(
			[
				{ index: 0, customerShare: 0.5, valueShare: 0.5 },
				{ index: 1, customerShare: 0.5, valueShare: 0.5 }
			],
			{ ...box, labelWidth: 8, labelHeight: 18 }
		);
		const [a, b] = layout.rows;
		expect(a.customer.y).toBe(a.y + 18);
		expect(a.value.y).toBe(a.y + 30);
		expect(b.y).toBe(a.y + 52);
		expect(a.customer.x).toBe(8);
	});

	it('draws a negative value share to the left of zero', () => {
		const layout = layoutShareBars(
			[
				{ index: 0, customerShare: 0.6, valueShare: -0.2 },
				{ index: 1, customerShare: 0.4, valueShare: 1.2 }
			],
			box
		);
		const loss = layout.rows[0].value;
		expect(layout.zeroX).toBeGreaterThan(100);
		expect(loss.x + loss.width).toBeCloseTo(layout.zeroX, 9);
		expect(layout.ticks.map((t) => t.value)).toContain(0);
	});
});
