import { describe, expect, it } from 'vitest';
import { READ_BYTES, sliceReads } from './parallel-import';

/** Every chunk of the stream, copied as it comes (a chunk is valid until the next is asked for). */
async function readAll(stream: ReadableStream<Uint8Array>): Promise<{
	bytes: Uint8Array;
	bufferSizes: Set<number>;
	chunks: number;
}> {
	const reader = stream.getReader();
	const parts: Uint8Array[] = [];
	const bufferSizes = new Set<number>();
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		bufferSizes.add(value.buffer.byteLength);
		parts.push(value.slice());
	}
	const bytes = new Uint8Array(parts.reduce((n, part) => n + part.length, 0));
	let at = 0;
	for (const part of parts) {
		bytes.set(part, at);
		at += part.length;
	}
	return { bytes, bufferSizes, chunks: parts.length };
}

/** Byte for byte (not `toEqual`, whose report of 32 MB that differ would not fit in memory). */
function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
	return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** Bytes that differ from place to place (a shifted or repeated chunk shows). */
function pattern(length: number): Uint8Array<ArrayBuffer> {
	const bytes = new Uint8Array(length);
	for (let i = 0; i < length; i++) bytes[i] = (i * 131 + (i >> 16)) & 255;
	return bytes;
}

/** A Blob whose slices' streams never give a byte (the stall seen in Chromium), read whole as usual. */
function stallingBlob(bytes: Uint8Array<ArrayBuffer>): Blob {
	const blob = new Blob([bytes]);
	const slice = (start: number, end: number): Blob => {
		const part = blob.slice(start, end);
		return {
			size: part.size,
			stream: () => new ReadableStream({ type: 'bytes', pull: () => new Promise(() => {}) }),
			arrayBuffer: () => part.arrayBuffer(),
			slice: (a?: number, b?: number) => part.slice(a, b)
		} as unknown as Blob;
	};
	return { size: blob.size, slice } as unknown as Blob;
}

describe('a piece read from its slice of the file (sliceReads)', () => {
	const bytes = pattern(2 * READ_BYTES + 12_345);

	it('gives the slice’s bytes, read after read into one buffer', async () => {
		const start = 1_000;
		const end = bytes.length - 777;
		const {
			bytes: read,
			bufferSizes,
			chunks
		} = await readAll(sliceReads(new Blob([bytes]), start, end));
		expect(chunks).toBe(3);
		expect(sameBytes(read, bytes.subarray(start, end))).toBe(true);
		// Each chunk a view of a buffer of one read's size, reused (a transferred buffer is a new
		// object each time, the one before detached: not comparable by identity).
		expect([...bufferSizes]).toEqual([READ_BYTES]);
	});

	it('reads the piece through one byte stream, not one per read', async () => {
		const blob = new Blob([bytes]);
		const streams: [number, number][] = [];
		const counting = {
			size: blob.size,
			slice: (a: number, b: number) => {
				const part = blob.slice(a, b);
				return {
					size: part.size,
					stream: () => {
						streams.push([a, b]);
						return part.stream();
					},
					arrayBuffer: () => part.arrayBuffer()
				};
			}
		} as unknown as Blob;
		const { bytes: read, chunks } = await readAll(sliceReads(counting, 3, bytes.length));
		expect(chunks).toBe(3);
		expect(sameBytes(read, bytes.subarray(3))).toBe(true);
		expect(streams).toEqual([[3, bytes.length]]);
	});

	it('reads a slice again whole when its stream stalls, with the same bytes', async () => {
		const { bytes: read, chunks } = await readAll(
			sliceReads(stallingBlob(bytes), 5, READ_BYTES + 9, 50)
		);
		expect(chunks).toBe(2);
		expect(sameBytes(read, bytes.subarray(5, READ_BYTES + 9))).toBe(true);
	});
});
