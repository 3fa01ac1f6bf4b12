import { describe, expect, it } from 'vitest';
import { buildAliveGrid } from './alive-grid';

const params = { r: 0.2426, alpha: 4.4136, a: 0.7929, b: 2.4259 };

describe('buildAliveGrid', () => {
	const grid = buildAliveGrid(params, 3, 10, 5);

	it('has a row per frequency 0…max and recencies from 0 to the age in equal steps', () => {
		expect(grid.frequencies).toEqual([0, 1, 2, 3]);
		expect(grid.recencies).toEqual([0, 2.5, 5, 7.5, 10]);
		expect(grid.values).toHaveLength(20);
	});

	it('gives P(alive) = 1 to every customer without a repeat purchase', () => {
		expect(grid.values.slice(0, 5)).toEqual([1, 1, 1, 1, 1]);
	});

	it('follows 1 / (1 + a/(b + x − 1) · ((α + T)/(α + tₓ))^(r + x)) by hand', () => {
		// x = 2, tₓ = 5, T = 10: row 2, column 2.
		const odds = (0.7929 / (2.4259 + 1)) * Math.pow((4.4136 + 10) / (4.4136 + 5), 0.2426 + 2);
		expect(grid.values[2 * 5 + 2]).toBeCloseTo(1 / (1 + odds), 12);
	});

	it('is highest for the most recent purchase at each frequency', () => {
		const row = grid.values.slice(3 * 5, 4 * 5);
		expect([...row].sort((p, q) => p - q)).toEqual(row);
		// tₓ = T: the odds are a/(b + x − 1) alone.
		expect(row[4]).toBeCloseTo(1 / (1 + 0.7929 / (2.4259 + 2)), 12);
	});

	it('refuses a grid of one column or an age of zero', () => {
		expect(() => buildAliveGrid(params, 3, 10, 1)).toThrow(RangeError);
		expect(() => buildAliveGrid(params, 3, 0)).toThrow(RangeError);
	});
});
