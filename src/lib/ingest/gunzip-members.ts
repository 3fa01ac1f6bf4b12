/**
 * gzip → bytes, every member. A gzip file may be several members one after the other (`cat a.gz
 * b.gz`, pigz, bgzip); `gunzip` reads them all, but the browser's `DecompressionStream('gzip')`
 * stops at the end of the first and refuses what follows ("junk after end of compressed data").
 *
 * So members are cut apart here, without a second inflater: where the compressed bytes show a gzip
 * header (`1f 8b 08`, valid flags) right after 8 bytes whose last 4 (the trailer's ISIZE) equal the
 * bytes decompressed so far modulo 2^32, the current member has ended: its decompressor is closed
 * (which checks the CRC) and a new one starts there. A false match inside compressed data needs
 * both a header pattern and a 32-bit size to coincide.
 */

/** A `DecompressionStream('gzip')` or any transform that inflates one gzip member. */
export type GzipDecompressor = () => TransformStream<Uint8Array, Uint8Array>;

const browserGzip: GzipDecompressor = () =>
	new DecompressionStream('gzip') as unknown as TransformStream<Uint8Array, Uint8Array>;

/** The smallest gzip member: a 10-byte header, an empty deflate block (2 bytes), an 8-byte trailer. */
const MIN_MEMBER_BYTES = 20;

/** One member's decompressor, with its output read as it comes. */
class Member {
	readonly #writer: WritableStreamDefaultWriter<Uint8Array>;
	readonly #output: Uint8Array[] = [];
	readonly #finished: Promise<void>;
	/** Decompressed bytes produced so far. */
	produced = 0;
	/** Compressed bytes written so far. */
	written = 0;
	#failure: unknown = null;

	constructor(create: GzipDecompressor) {
		const stream = create();
		this.#writer = stream.writable.getWriter();
		// Errors surface through `write`/`close`; keep them from being reported as unhandled.
		this.#writer.closed.catch(() => undefined);
		const reader = stream.readable.getReader();
		this.#finished = (async () => {
			try {
				for (;;) {
					const { done, value } = await reader.read();
					if (done) return;
					this.produced += value.byteLength;
					this.#output.push(value);
				}
			} catch (error) {
				this.#failure = error;
			}
		})();
	}

	async write(bytes: Uint8Array): Promise<void> {
		if (bytes.byteLength === 0) return;
		this.written += bytes.byteLength;
		await this.#writer.write(bytes);
		this.#throwIfFailed();
	}

	/** Waits until the output of everything written has been read (one macrotask). */
	async settle(): Promise<void> {
		await nextMacrotask();
		this.#throwIfFailed();
	}

	async close(): Promise<void> {
		await this.#writer.close();
		await this.#finished;
		this.#throwIfFailed();
	}

	/** The output read so far, handed over once. */
	take(): Uint8Array[] {
		return this.#output.splice(0, this.#output.length);
	}

	#throwIfFailed(): void {
		if (this.#failure) throw this.#failure;
	}
}

/**
 * The decompressed bytes of every member of a gzip stream. Throws the decompressor's error for
 * damaged or truncated data.
 */
export async function* gunzipMembers(
	compressed: AsyncIterable<Uint8Array>,
	create: GzipDecompressor = browserGzip
): AsyncGenerator<Uint8Array> {
	let member = new Member(create);
	/** The last 8 bytes written to the current member (its trailer, when it has ended). */
	const recent = new Uint8Array(8);
	let carry = new Uint8Array(0);
	const remember = (bytes: Uint8Array) => {
		const n = Math.min(8, bytes.length);
		recent.copyWithin(0, n);
		recent.set(bytes.subarray(bytes.length - n), 8 - n);
	};
	const write = async (bytes: Uint8Array) => {
		await member.write(bytes);
		remember(bytes);
	};

	for await (const chunk of compressed) {
		// Up to 3 bytes are held back so that a header split between chunks is still seen.
		const bytes = carry.length === 0 ? chunk : concat(carry, chunk);
		let from = 0;
		for (let at = findHeader(bytes, 0); at >= 0; at = findHeader(bytes, at + 1)) {
			if (member.written + (at - from) < MIN_MEMBER_BYTES) continue;
			await write(bytes.subarray(from, at));
			from = at;
			await member.settle();
			if (!endsMember(recent, member.produced)) continue;
			await member.close();
			yield* member.take();
			member = new Member(create);
		}
		const keep = Math.max(from, bytes.length - 3);
		await write(bytes.subarray(from, keep));
		carry = bytes.slice(keep);
		yield* member.take();
	}
	await write(carry);
	await member.close();
	yield* member.take();
}

/** The next offset ≥ `from` where `bytes` hold a gzip member header (magic, deflate, flags). */
function findHeader(bytes: Uint8Array, from: number): number {
	for (let at = bytes.indexOf(0x1f, from); at >= 0; at = bytes.indexOf(0x1f, at + 1)) {
		if (at + 3 >= bytes.length) return -1;
		if (bytes[at + 1] === 0x8b && bytes[at + 2] === 8 && (bytes[at + 3] & 0xe0) === 0) return at;
	}
	return -1;
}

/** True when the trailer's ISIZE (little-endian, last 4 bytes) is the output size modulo 2^32. */
function endsMember(trailer: Uint8Array, produced: number): boolean {
	const size = (trailer[4] | (trailer[5] << 8) | (trailer[6] << 16) | (trailer[7] << 24)) >>> 0;
	return size === produced % 2 ** 32;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
	const out = new Uint8Array(a.length + b.length);
	out.set(a);
	out.set(b, a.length);
	return out;
}

/** The next turn of the event loop, after every pending microtask (the output reads). */
function nextMacrotask(): Promise<void> {
	if (typeof setImmediate === 'function') return new Promise((resolve) => setImmediate(resolve));
	return new Promise((resolve) => {
		const channel = new MessageChannel();
		channel.port1.onmessage = () => {
			channel.port1.close();
			resolve();
		};
		channel.port2.postMessage(null);
	});
}
