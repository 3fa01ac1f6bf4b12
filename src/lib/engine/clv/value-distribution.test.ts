import { describe, expect, it } from 'vitest';
import { binValues } from './value-distribution';

describe('binValues', () => {
	it('cuts round bins up to the 99th percentile and puts the tail in one open bin', () => {
		// 0…99 and 1000: the type-7 99th percentile of 101 values is the 100th smallest, 99; 20 bins
		// over 0–99 are 4.95 wide, rounded to 5.
		const values = [...Array.from({ length: 100 }, (_, i) => i), 1000];
		const distribution = binValues(values);
		expect(distribution?.bins).toHaveLength(21);
		expect(distribution?.bins[0]).toEqual({ from: 0, to: 5, isOpenEnded: false, customers: 5 });
		expect(distribution?.bins[19]).toEqual({ from: 95, to: 100, isOpenEnded: false, customers: 5 });
		expect(distribution?.bins[20]).toEqual({
			from: 100,
			to: 1000,
			isOpenEnded: true,
			customers: 1
		});
	});

	it('reports the count, median and mean of the values', () => {
		const distribution = binValues([1, 2, 3, 10]);
		expect(distribution?.customers).toBe(4);
		expect(distribution?.median).toBe(2.5);
		expect(distribution?.mean).toBe(4);
	});

	it('counts every value once', () => {
		const values = Array.from({ length: 997 }, (_, i) => Math.pow(1.01, i) - 1);
		const bins = binValues(values)?.bins ?? [];
		expect(bins.reduce((sum, bin) => sum + bin.customers, 0)).toBe(997);
	});

	it('puts equal values in a single bin', () => {
		expect(binValues([7, 7, 7])?.bins).toEqual([
			{ from: 7, to: 7, isOpenEnded: true, customers: 3 }
		]);
	});

	it('gives null when there is no value', () => {
		expect(binValues([])).toBeNull();
		expect(binValues([NaN])).toBeNull();
	});
});
