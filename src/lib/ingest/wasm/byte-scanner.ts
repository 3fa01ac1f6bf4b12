/**
 * The offsets a byte reader must look at in a run of bytes (`scan.wat`, compiled from
 * `scan-module.ts`): every delimiter, `\n`, `\r`, `"`, zero byte and byte of 0x80 and above, found
 * sixteen bytes at a time. `ByteRecordReader` walks these offsets instead of every byte. Null where
 * WebAssembly cannot run (no support, or a page policy without `'wasm-unsafe-eval'`): the reader
 * then looks at every byte itself, with the same result.
 */
import { compiledOnce } from './compile-module';
import { SCAN_WASM_BASE64 } from './scan-module';

interface ScanExports {
	memory: WebAssembly.Memory;
	scan: (start: number, end: number, out: number, delimiter: number) => number;
}

/** The compiled module, once per thread; null where WebAssembly cannot run. */
const scanModule = compiledOnce(SCAN_WASM_BASE64);

const PAGE_BYTES = 1 << 16;

/** This thread's scanner (`ByteScanner.shared`); null once it could not be made. */
let shared: ByteScanner | null | undefined;

export class ByteScanner {
	readonly #exports: ScanExports;
	/** Bytes of the input region; the offsets are written after it (4 bytes each, at most one per byte). */
	#capacity = 0;

	private constructor(exports: ScanExports) {
		this.#exports = exports;
	}

	/**
	 * This thread's scanner, or null where WebAssembly cannot run here. One serves every reader of
	 * the thread: a call's offsets are read before the next call (`ByteRecordReader` reads them
	 * within one synchronous pass), and one memory is kept rather than one per piece.
	 */
	static shared(): ByteScanner | null {
		if (shared === undefined) {
			const module = scanModule();
			try {
				shared = module
					? new ByteScanner(new WebAssembly.Instance(module, {}).exports as unknown as ScanExports)
					: null;
			} catch {
				shared = null;
			}
		}
		return shared;
	}

	/**
	 * The offsets in `bytes[from, length)` to look at, in order, each relative to `from`: a view of
	 * the scanner's memory, valid until its next call.
	 */
	offsets(bytes: Uint8Array, from: number, length: number, delimiter: number): Int32Array {
		const n = length - from;
		this.#reserve(n);
		const { memory, scan } = this.#exports;
		new Uint8Array(memory.buffer, 0, n).set(bytes.subarray(from, length));
		const count = scan(0, n, this.#capacity, delimiter);
		return new Int32Array(memory.buffer, this.#capacity, count);
	}

	/** Room for `n` input bytes and their offsets. */
	#reserve(n: number): void {
		if (n <= this.#capacity) return;
		let capacity = Math.max(PAGE_BYTES, this.#capacity);
		while (capacity < n) capacity *= 2;
		const memory = this.#exports.memory;
		const pages = (capacity * 5) / PAGE_BYTES - memory.buffer.byteLength / PAGE_BYTES;
		if (pages > 0) memory.grow(pages);
		this.#capacity = capacity;
	}
}
