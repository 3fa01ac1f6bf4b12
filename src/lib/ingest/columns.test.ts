import { describe, expect, it } from 'vitest';
import { GrowableFloat64, IdDictionary, detachString } from './growable-columns';
import { packValues } from './merge-tables';
import { normaliseCustomerId } from './parse-number';

/** The plain way: normalise, then a string-keyed Map in order of first appearance; blank → -1. */
function referenceCodes(
	texts: string[],
	wholeNumberFloats: boolean
): { codes: number[]; values: string[] } {
	const map = new Map<string, number>();
	const values: string[] = [];
	const codes = texts.map((text) => {
		const value = wholeNumberFloats ? normaliseCustomerId(text) : text.trim();
		if (value === '') return -1;
		let code = map.get(value);
		if (code === undefined) {
			code = values.push(value) - 1;
			map.set(value, code);
		}
		return code;
	});
	return { codes, values };
}

/** A seeded linear congruential generator (numbers in [0, 1)): the same sequence on every run. */
function seeded(seed: number): () => number {
	let state = seed;
	return () => {
		state = (state * 1103515245 + 12345) % 2147483648;
		return state / 2147483648;
	};
}

describe('IdDictionary', () => {
	it('reads a whole number written as a float as the number, for customer ids', () => {
		const dictionary = new IdDictionary(true);
		const codes = ['17850.0', '17850', ' 17850 ', '17850.00', '17851.0'].map((t) =>
			dictionary.code(t)
		);
		expect(codes).toEqual([0, 0, 0, 0, 1]);
		expect(dictionary.values).toEqual(['17850', '17851']);
	});

	it('keeps ids with leading zeros, decimals or letters apart from numbers', () => {
		const dictionary = new IdDictionary();
		const codes = ['7', '007', '7.0', 'C7', '7', ' 007'].map((t) => dictionary.code(t));
		expect(codes).toEqual([0, 1, 2, 3, 0, 1]);
		expect(dictionary.values).toEqual(['7', '007', '7.0', 'C7']);
	});

	it('finds an id again after the dense window grows over it', () => {
		const dictionary = new IdDictionary();
		expect(dictionary.code('1000')).toBe(0); // the window starts around 1000
		const far = dictionary.code('101000'); // too far for a window this empty: kept in the map
		for (let id = 1001; id < 120_000; id++) dictionary.code(String(id)); // the window widens over 101000
		expect(dictionary.code('101000')).toBe(far);
		expect(dictionary.values.filter((v) => v === '101000')).toHaveLength(1);
	});

	it('gives -1 for empty and blank values', () => {
		const dictionary = new IdDictionary();
		expect(['', '   ', 'a', ''].map((t) => dictionary.code(t))).toEqual([-1, -1, 0, -1]);
	});

	it.each([
		[false, false],
		[true, false],
		[true, true]
	])(
		'gives the same codes as a string-keyed map for dense, sparse, shuffled and textual ids (floats: %s, reserved: %s)',
		(wholeNumberFloats, reserved) => {
			const random = seeded(wholeNumberFloats ? 11 : 7);
			const texts: string[] = [];
			for (let i = 0; i < 60_000; i++) {
				const kind = random();
				if (kind < 0.4)
					texts.push(String(500_000 + Math.floor(i / 3))); // invoice-like, rising
				else if (kind < 0.55)
					texts.push(String(Math.floor(random() * 1e12))); // sparse and large
				else if (kind < 0.65)
					texts.push(String(Math.floor(random() * 2000))); // below the window
				else if (kind < 0.75) texts.push(`${Math.floor(random() * 5000)}.0`);
				else if (kind < 0.82) texts.push(`0${Math.floor(random() * 100)}`);
				else if (kind < 0.9) texts.push(`C${Math.floor(random() * 3000)}`);
				else if (kind < 0.95) texts.push(` ${Math.floor(random() * 3000)} `);
				else texts.push(random() < 0.5 ? '' : 'some text');
			}
			const dictionary = new IdDictionary(wholeNumberFloats);
			if (reserved) dictionary.reserve(texts.length);
			const codes = texts.map((text) => dictionary.code(text));
			const reference = referenceCodes(texts, wholeNumberFloats);
			expect(codes).toEqual(reference.codes);
			expect(dictionary.values).toEqual(reference.values);
			expect(dictionary.packed()).toEqual(packValues(reference.values));
		}
	);
});

describe('growable columns', () => {
	it('keeps every pushed value through many doublings and returns an exact-length copy', () => {
		const column = new GrowableFloat64();
		for (let i = 0; i < 200_000; i++) column.push(i / 4);
		const values = column.toArray();
		expect(values.length).toBe(200_000);
		expect(values.buffer.byteLength).toBe(200_000 * 8);
		expect([values[0], values[1], values[199_999]]).toEqual([0, 0.25, 49_999.75]);
	});

	it('appends arrays of values across doublings, after pushed ones', () => {
		const column = new GrowableFloat64(4);
		column.push(-1);
		const expected = [-1];
		for (let n = 1; n < 40_000; n *= 3) {
			const values = Float64Array.from({ length: n }, (_, i) => n + i / 8);
			column.append(values);
			expected.push(...values);
		}
		expect(Array.from(column.toArray())).toEqual(expected);
	});

	it('copies a string without changing it', () => {
		const long = 'x'.repeat(50) + 'é';
		expect(detachString(long.slice(3))).toBe(long.slice(3));
		expect(detachString('short')).toBe('short');
	});
});
