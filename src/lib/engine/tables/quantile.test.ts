import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { median, quantiles, quantileSorted } from './quantile';

describe('quantileSorted', () => {
	it('interpolates linearly between order statistics (type 7)', () => {
		// h = (4 − 1)·p: p = 0.5 → between 2 and 3; p = 0.9 → 3 + 0.7·(10 − 3).
		const sorted = [1, 2, 3, 10];
		expect(quantileSorted(sorted, 0.5)).toBe(2.5);
		expect(quantileSorted(sorted, 0.9)).toBeCloseTo(7.9, 12);
		expect(quantileSorted(sorted, 0)).toBe(1);
		expect(quantileSorted(sorted, 1)).toBe(10);
		expect(quantileSorted([], 0.5)).toBeNaN();
		expect(() => quantileSorted(sorted, 1.5)).toThrow(RangeError);
	});
});

describe('quantiles', () => {
	it('ignores NaN and honours a mask', () => {
		expect(quantiles([5, NaN, 1, 3], [0.5])).toEqual([3]);
		expect(median([5, 1, 3, 7], Uint8Array.from([1, 0, 1, 0]))).toBe(4);
		expect(median([5, 1, 3, 7], Uint8Array.from([1, 0, 1, 0]), 0)).toBe(4);
	});

	it('agrees bitwise with DuckDB quantile_cont on awkward data', async () => {
		// Seeded values with many ties and fractions, so interpolation rounding would show.
		let seed = 7;
		const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
		const values = Array.from(
			{ length: 997 },
			() => Math.round(next() * 40) / 8 + (next() < 0.3 ? 0.1 : 0)
		);
		const ps = [0.2, 0.4, 0.6, 0.8, 1 / 3, 2 / 3, 0.25, 0.5, 0.75];
		const db = await DuckDBInstance.create(':memory:');
		const connection = await db.connect();
		await connection.run('CREATE TABLE t (x DOUBLE)');
		const appender = await connection.createAppender('t');
		for (const x of values) {
			appender.appendDouble(x);
			appender.endRow();
		}
		appender.closeSync();
		const reader = await connection.runAndReadAll(
			`SELECT ${ps.map((p, k) => `quantile_cont(x, ${p.toPrecision(17)}) AS q${k}`).join(', ')} FROM t`
		);
		const expected = reader.getRowObjects()[0];
		expect(quantiles(values, ps)).toEqual(ps.map((_, k) => expected[`q${k}`]));
		connection.closeSync();
	});
});
