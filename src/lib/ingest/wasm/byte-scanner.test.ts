import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { createPrng } from '../../engine/personas/prng';
import { ByteScanner } from './byte-scanner';
import { SCAN_WASM_BASE64 } from './scan-module';

/** The definition, one byte at a time: offsets (from `from`) of the bytes the reader looks at. */
function expectedOffsets(bytes: Uint8Array, from: number, delimiter: number): number[] {
	const offsets: number[] = [];
	for (let i = from; i < bytes.length; i++) {
		const b = bytes[i];
		if (b === delimiter || b === 10 || b === 13 || b === 34 || b === 0 || b >= 128)
			offsets.push(i - from);
	}
	return offsets;
}

describe('the byte scanner', () => {
	it('is the module scan.wat assembles to', () => {
		const script = fileURLToPath(new URL('../../../../scripts/build-wasm.mjs', import.meta.url));
		const assembled = execFileSync(process.execPath, [script, '--print'], { encoding: 'utf8' });
		expect(JSON.parse(assembled).scan).toBe(SCAN_WASM_BASE64);
	});

	it('finds every byte the reader looks at, for each delimiter, every byte value and length', () => {
		const scanner = ByteScanner.shared();
		expect(scanner, 'WebAssembly runs in Node').not.toBeNull();
		const next = createPrng(11);
		for (const delimiter of [44, 59, 9, 124]) {
			for (let length = 0; length <= 80; length++) {
				// Mostly ordinary text, with every byte value now and then.
				const bytes = Uint8Array.from({ length }, () => {
					const r = next();
					return r < 0.7 ? 97 + Math.floor(next() * 26) : Math.floor(next() * 256);
				});
				for (const from of [0, 1, 7].filter((f) => f <= length)) {
					const offsets = Array.from(scanner!.offsets(bytes, from, length, delimiter));
					expect(offsets, `delimiter ${delimiter}, ${length} bytes from ${from}`).toEqual(
						expectedOffsets(bytes, from, delimiter)
					);
				}
			}
		}
	});

	it('grows its memory for a large run, and a smaller run after it reads only its own bytes', () => {
		const scanner = ByteScanner.shared()!;
		const large = new Uint8Array(3 << 20).fill(97);
		for (let i = 5; i < large.length; i += 1000) large[i] = 44;
		expect(Array.from(scanner.offsets(large, 0, large.length, 44))).toEqual(
			expectedOffsets(large, 0, 44)
		);
		const small = new TextEncoder().encode('a,b\n');
		expect(Array.from(scanner.offsets(small, 0, small.length, 44))).toEqual([1, 3]);
	});
});
