import { describe, expect, it } from 'vitest';
import { createPrng, sampleIndices } from './prng';

describe('createPrng', () => {
	it('matches an independent Python port of mulberry32 for seeds 1 and 42', () => {
		// Reference: the same algorithm written in Python with explicit 32-bit masks.
		const one = createPrng(1);
		expect([one(), one(), one()]).toEqual([
			0.6270739405881613, 0.002735721180215478, 0.5274470399599522
		]);
		const fortyTwo = createPrng(42);
		expect([fortyTwo(), fortyTwo(), fortyTwo()]).toEqual([
			0.6011037519201636, 0.44829055899754167, 0.8524657934904099
		]);
	});

	it('stays in [0, 1) over many draws', () => {
		const random = createPrng(7);
		for (let i = 0; i < 10_000; i++) {
			const x = random();
			expect(x >= 0 && x < 1).toBe(true);
		}
	});
});

describe('sampleIndices', () => {
	it('returns distinct increasing indices inside the range', () => {
		const sample = sampleIndices(1000, 100, 3);
		expect(sample.length).toBe(100);
		for (let i = 1; i < sample.length; i++) expect(sample[i]).toBeGreaterThan(sample[i - 1]);
		expect(sample[0]).toBeGreaterThanOrEqual(0);
		expect(sample[99]).toBeLessThan(1000);
	});

	it('returns every index when the sample is as large as the range', () => {
		expect(Array.from(sampleIndices(4, 10, 1))).toEqual([0, 1, 2, 3]);
	});

	it('gives the same sample for the same seed and another for another seed', () => {
		expect(sampleIndices(500, 20, 9)).toEqual(sampleIndices(500, 20, 9));
		expect(sampleIndices(500, 20, 9)).not.toEqual(sampleIndices(500, 20, 10));
	});
});
