import { afterEach, describe, expect, it } from 'vitest';
import {
	offerSpareBuffers,
	SPARE_MIN_BYTES,
	spareBufferCount,
	takeSpareBuffer
} from './spare-buffers';
import { IdDictionary } from './growable-columns';

const KB = 1024;

describe('spare buffers', () => {
	afterEach(() => offerSpareBuffers(null));

	it('gives the smallest kept buffer large enough, once', () => {
		const small = new ArrayBuffer(300 * KB);
		const medium = new ArrayBuffer(600 * KB);
		const large = new ArrayBuffer(2048 * KB);
		offerSpareBuffers([large, small, medium]);
		expect(takeSpareBuffer(500 * KB)).toBe(medium);
		expect(takeSpareBuffer(500 * KB)).toBe(large);
		expect(takeSpareBuffer(500 * KB)).toBeNull();
		expect(takeSpareBuffer(SPARE_MIN_BYTES)).toBe(small);
		expect(spareBufferCount()).toBe(0);
	});

	it('keeps no small, detached or repeated buffer, and at most sixteen', () => {
		const detached = new ArrayBuffer(400 * KB);
		structuredClone(detached, { transfer: [detached] });
		const kept = new ArrayBuffer(400 * KB);
		offerSpareBuffers([new ArrayBuffer(SPARE_MIN_BYTES - 8), detached, kept, kept]);
		expect(spareBufferCount()).toBe(1);
		offerSpareBuffers(Array.from({ length: 40 }, () => new ArrayBuffer(SPARE_MIN_BYTES)));
		expect(spareBufferCount()).toBe(16);
		// Asked for less than is worth keeping: a new array is cheaper than a search.
		expect(takeSpareBuffer(SPARE_MIN_BYTES - 8)).toBeNull();
	});

	it('lets every buffer go when the import ends (null)', () => {
		offerSpareBuffers([new ArrayBuffer(SPARE_MIN_BYTES)]);
		offerSpareBuffers(null);
		expect(spareBufferCount()).toBe(0);
	});
});

describe("a dictionary's whole-number window as a spare buffer", () => {
	afterEach(() => offerSpareBuffers(null));

	/** Codes of `numbers` in a new dictionary, in order. */
	const codesOf = (dictionary: IdDictionary, numbers: number[]) =>
		numbers.map((number) => dictionary.codeOfNumber(number));

	// 300,000 dense invoice numbers from 536,365 (a window of 2^19 entries, 2 MiB), first in a
	// scrambled order so the window grows past numbers kept in the map.
	const dense = Array.from({ length: 300_000 }, (_, i) => 536_365 + ((i * 7_919) % 300_000));

	it('is given to the spare buffers when a piece is packed, and the packed values stay', () => {
		const dictionary = new IdDictionary();
		codesOf(dictionary, dense);
		const packed = dictionary.packedFinal();
		dictionary.releaseWindow();
		expect(spareBufferCount()).toBe(1);
		expect(takeSpareBuffer(SPARE_MIN_BYTES)!.byteLength).toBeGreaterThanOrEqual(300_000 * 4);
		expect(Array.from(packed.numbers.subarray(0, 3))).toEqual(dense.slice(0, 3));
		expect(packed.numbers.length).toBe(300_000);
	});

	it('gives the next dictionary the same codes over a stale buffer as over new memory', () => {
		const fresh = codesOf(new IdDictionary(), [...dense, ...dense.slice(0, 1000), 42, 9e9]);
		// A spare buffer full of junk, as the last piece's columns leave it.
		offerSpareBuffers([new Int32Array(1 << 20).fill(123_456).buffer]);
		const reused = new IdDictionary();
		expect(codesOf(reused, [...dense, ...dense.slice(0, 1000), 42, 9e9])).toEqual(fresh);
		expect(spareBufferCount()).toBe(0);
		expect(reused.values.slice(0, 2)).toEqual(['536365', String(536_365 + 7_919)]);
	});

	it('widens downwards for numbers below the first (a piece whose first customer is not its lowest)', () => {
		// 100,000 customer ids from 12,346, the first of them near the top: with a window that
		// only grows upwards, every id below the first (but 1,024) would be kept in the map.
		const ids = Array.from({ length: 100_000 }, (_, i) => 12_346 + ((99_000 + i * 7) % 100_000));
		const dictionary = new IdDictionary();
		const codes = codesOf(dictionary, [...ids, ...ids]);
		expect(codes.slice(100_000)).toEqual(codes.slice(0, 100_000));
		expect(new Set(codes).size).toBe(100_000);
		dictionary.releaseWindow();
		expect(takeSpareBuffer(SPARE_MIN_BYTES)!.byteLength).toBeGreaterThanOrEqual(100_000 * 4);
		// The same codes when the window widens downwards inside a stale spare buffer.
		offerSpareBuffers([new Int32Array(1 << 20).fill(123_456).buffer]);
		expect(codesOf(new IdDictionary(), [...ids, ...ids])).toEqual(codes);
	});

	it('refuses a new whole number once released, rather than give a wrong code', () => {
		const dictionary = new IdDictionary();
		codesOf(dictionary, dense.slice(0, 1000));
		dictionary.releaseWindow();
		expect(() => dictionary.codeOfNumber(dense[5])).toThrow(/released/);
	});
});
