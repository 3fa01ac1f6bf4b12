import { afterEach, describe, expect, it } from 'vitest';
import {
	offerSpareBuffers,
	SPARE_MIN_BYTES,
	spareBufferCount,
	takeSpareBuffer
} from './spare-buffers';

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
