import { gzipSync, inflateRawSync, constants } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { gunzipMembers } from './gunzip-members';
import type { GzipDecompressor } from './gunzip-members';

/**
 * A decompressor that behaves like Chromium's `DecompressionStream('gzip')`: it inflates the first
 * member and refuses any byte after its trailer ("Junk found after end of compressed data").
 * (Node's own `DecompressionStream` reads every member, so it would prove nothing here.)
 */
const firstMemberOnly: GzipDecompressor = () => {
	let input = new Uint8Array(0);
	let emitted = 0;
	return new TransformStream<Uint8Array, Uint8Array>({
		transform(chunk, controller) {
			const joined = new Uint8Array(input.length + chunk.length);
			joined.set(input);
			joined.set(chunk, input.length);
			input = joined;
			if (input.length <= 10) return;
			const { buffer, engine } = inflateRawSync(input.subarray(10), {
				finishFlush: constants.Z_SYNC_FLUSH,
				info: true
			}) as unknown as { buffer: Uint8Array; engine: { bytesWritten: number } };
			if (buffer.length > emitted) controller.enqueue(buffer.slice(emitted));
			emitted = buffer.length;
			if (10 + engine.bytesWritten + 8 < input.length) {
				throw new TypeError('Junk found after end of compressed data.');
			}
		},
		flush() {
			// Throws "unexpected end of file" when the member is cut short, as the browser does.
			inflateRawSync(input.subarray(10));
		}
	});
};

async function* chunksOf(bytes: Uint8Array, size: number): AsyncIterable<Uint8Array> {
	for (let at = 0; at < bytes.length; at += size) yield bytes.slice(at, at + size);
}

async function gunzipText(bytes: Uint8Array, size: number, create = firstMemberOnly) {
	const parts: Uint8Array[] = [];
	for await (const part of gunzipMembers(chunksOf(bytes, size), create)) parts.push(part);
	return Buffer.concat(parts).toString('utf8');
}

/** Text that compresses to more than one chunk, with a fixed pseudo-random spread. */
function rows(first: number, count: number): string {
	return Array.from(
		{ length: count },
		(_, i) =>
			`C${((first + i) * 7919) % 1000},2024-01-${String((i % 28) + 1).padStart(2, '0')},${(first + i) % 97}.5\n`
	).join('');
}

describe('multi-member gzip', () => {
	const a = `customer,date,amount\n${rows(0, 3000)}`;
	const b = rows(3000, 2000);
	const c = rows(5000, 10);
	const members = Buffer.concat([gzipSync(a), gzipSync(b), gzipSync(''), gzipSync(c)]);

	it('the stand-in decompressor refuses a second member, like the browser', async () => {
		const stream = firstMemberOnly();
		const writer = stream.writable.getWriter();
		stream.readable.pipeTo(new WritableStream()).catch(() => undefined);
		await expect(writer.write(members)).rejects.toThrow(/Junk/);
	});

	it.each([1, 3, 17, 4096, 1 << 20])('decodes every member with %i-byte chunks', async (size) => {
		expect(await gunzipText(members, size)).toBe(a + b + c);
	});

	it('decodes a single member unchanged', async () => {
		expect(await gunzipText(gzipSync(a), 1000)).toBe(a);
	});

	it('still refuses damaged data', async () => {
		const cut = gzipSync(a).subarray(0, 500);
		await expect(gunzipText(Buffer.concat([gzipSync(b), cut]), 64)).rejects.toThrow();
	});
});
