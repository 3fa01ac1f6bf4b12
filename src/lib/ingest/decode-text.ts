/**
 * Bytes → text in a detected encoding, the same in every JavaScript runtime. `TextDecoder` serves
 * UTF-8 and UTF-16; Windows-1252 is mapped by hand, because Node 20's decoder (small ICU) reads it
 * as Latin-1 and turns `€ – ™` (bytes 0x80–0x9F) into C1 control characters, so the command line
 * and the page would see different customer ids.
 */
import type { TextEncodingName } from './types';

/** Windows-1252 bytes 0x80–0x9F (WHATWG Encoding's index); the five undefined bytes map to C1. */
const CP1252_HIGH = [
	0x20ac, 0x81, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039,
	0x0152, 0x8d, 0x017d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc,
	0x2122, 0x0161, 0x203a, 0x0153, 0x9d, 0x017e, 0x0178
];

const CP1252 = Uint16Array.from({ length: 256 }, (_, byte) =>
	byte >= 0x80 && byte <= 0x9f ? CP1252_HIGH[byte - 0x80] : byte
);

/** The streaming part of `TextDecoder` that ingest uses. */
export interface ChunkDecoder {
	decode(bytes: Uint8Array, options?: { stream?: boolean }): string;
}

/** Windows-1252: one byte is one UTF-16 code unit, so there is no state between chunks. */
class Windows1252Decoder implements ChunkDecoder {
	#units = new Uint16Array(0);
	readonly #utf16 = new TextDecoder('utf-16le');

	decode(bytes: Uint8Array): string {
		if (this.#units.length < bytes.length) this.#units = new Uint16Array(bytes.length);
		const units = this.#units;
		for (let i = 0; i < bytes.length; i++) units[i] = CP1252[bytes[i]];
		// Decoding UTF-16 code units is the runtime's fast path (no per-character string building).
		return this.#utf16.decode(units.subarray(0, bytes.length));
	}
}

/**
 * A streaming decoder for `encoding`; invalid bytes become U+FFFD (never an exception). With
 * `keepBom` a leading byte-order mark is text (a piece of a file that starts mid-file).
 */
export function createChunkDecoder(encoding: TextEncodingName, keepBom = false): ChunkDecoder {
	if (encoding === 'windows-1252') return new Windows1252Decoder();
	return new TextDecoder(encoding, { ignoreBOM: keepBom });
}

/** Decodes a whole byte array (the head of a file; `stream` when it may end inside a character). */
export function decodeText(bytes: Uint8Array, encoding: TextEncodingName, stream = false): string {
	return createChunkDecoder(encoding).decode(bytes, { stream });
}
