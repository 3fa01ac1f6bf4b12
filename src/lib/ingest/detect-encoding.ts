/**
 * The text encoding of a file from its first bytes: a byte-order mark, the NUL pattern of UTF-16
 * without one, UTF-8 when the bytes are (mostly) valid UTF-8, Windows-1252 otherwise. Files that are not
 * text at all (binary, archives, spreadsheets) are refused with a message saying what they look like.
 */
import type { BinaryKind } from './ingest-refusals';
import { IngestError } from './types';
import type { TextEncodingName } from './types';

/** True when the bytes start with the gzip magic number (`1f 8b`). */
export function isGzip(head: Uint8Array): boolean {
	return head.length >= 2 && head[0] === 0x1f && head[1] === 0x8b;
}

/** First bytes of binary files, and what they are (in words: `BINARY_KINDS`). */
const SIGNATURES: { bytes: number[]; kind: BinaryKind }[] = [
	{ bytes: [0x50, 0x4b, 0x03, 0x04], kind: 'zip' },
	{ bytes: [0xd0, 0xcf, 0x11, 0xe0], kind: 'xls' },
	{ bytes: [0x25, 0x50, 0x44, 0x46], kind: 'pdf' },
	{ bytes: [0x1f, 0x8b], kind: 'gzip' },
	{ bytes: [0x42, 0x5a, 0x68], kind: 'bzip2' },
	{ bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a], kind: 'xz' },
	{ bytes: [0x28, 0xb5, 0x2f, 0xfd], kind: 'zstd' },
	{ bytes: [0x53, 0x51, 0x4c, 0x69, 0x74, 0x65], kind: 'sqlite' },
	{ bytes: [0x50, 0x41, 0x52, 0x31], kind: 'parquet' },
	// Images: a screenshot of a spreadsheet, or a photo of a receipt, chosen by mistake.
	{ bytes: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], kind: 'png' },
	{ bytes: [0xff, 0xd8, 0xff], kind: 'jpeg' },
	{ bytes: [0x47, 0x49, 0x46, 0x38], kind: 'gif' }
];

/**
 * The encoding of `head` (the first bytes of the decompressed file). Throws `IngestError` when the
 * bytes are not text: a known binary signature, NUL bytes without the UTF-16 pattern, or more than
 * 1% control characters.
 */
export function detectEncoding(head: Uint8Array): TextEncodingName {
	if (head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return 'utf-8';
	if (head[0] === 0xff && head[1] === 0xfe) {
		if (head[2] === 0 && head[3] === 0) {
			throw new IngestError({ code: 'utf-32' });
		}
		return 'utf-16le';
	}
	if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';

	for (const { bytes, kind } of SIGNATURES) {
		if (bytes.every((b, i) => head[i] === b)) {
			throw new IngestError({ code: 'binary-signature', kind });
		}
	}

	const sample = head.subarray(0, Math.min(head.length, 64 * 1024));
	const utf16 = detectUtf16WithoutBom(sample);
	if (utf16) return utf16;

	let control = 0;
	let firstZero = -1;
	for (let i = 0; i < sample.length; i++) {
		const b = sample[i];
		if (b === 0 && firstZero < 0) firstZero = i;
		// Tab, line feed, form feed, carriage return and ctrl-Z (DOS end of file) occur in text.
		if ((b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 26) || b === 127) control++;
	}
	// A few zero bytes inside fields (a database export's padding) are text with a warning; binary
	// data has many control characters, zero bytes among them.
	if (control > sample.length / 100 && firstZero >= 0) {
		throw new IngestError({ code: 'binary-zero-byte', byte: firstZero + 1 });
	}
	if (control > sample.length / 100) {
		throw new IngestError({ code: 'control-characters', control, bytes: sample.length });
	}

	// Mostly valid UTF-8 (a few stray bytes in a file of `Zoë`s) stays UTF-8, with "�" where the
	// bytes are invalid and a warning: read as Windows-1252 every `ë` would become `Ã«` and ids
	// would stop matching. A Windows-1252 file has (almost) no valid multi-byte sequences.
	const { validBytes, invalidBytes } = countUtf8Bytes(head);
	return invalidBytes === 0 || validBytes >= invalidBytes ? 'utf-8' : 'windows-1252';
}

/**
 * Bytes ≥ 0x80 of `bytes` that belong to well-formed UTF-8 sequences, and those that do not. A
 * sequence cut by the end of `bytes` counts as valid (the head of a file ends anywhere).
 */
export function countUtf8Bytes(bytes: Uint8Array): { validBytes: number; invalidBytes: number } {
	let validBytes = 0;
	let invalidBytes = 0;
	let i = 0;
	while (i < bytes.length) {
		const b = bytes[i];
		if (b < 0x80) {
			i++;
			continue;
		}
		const length = utf8SequenceLength(bytes, i);
		if (length > 0) {
			validBytes += length;
			i += length;
		} else {
			invalidBytes++;
			i++;
		}
	}
	return { validBytes, invalidBytes };
}

/** Length of the well-formed UTF-8 sequence at `at` (RFC 3629 table), or 0. */
function utf8SequenceLength(bytes: Uint8Array, at: number): number {
	const b = bytes[at];
	let length: number;
	let low = 0x80;
	let high = 0xbf;
	if (b >= 0xc2 && b <= 0xdf) length = 2;
	else if (b >= 0xe0 && b <= 0xef) {
		length = 3;
		if (b === 0xe0) low = 0xa0;
		if (b === 0xed) high = 0x9f;
	} else if (b >= 0xf0 && b <= 0xf4) {
		length = 4;
		if (b === 0xf0) low = 0x90;
		if (b === 0xf4) high = 0x8f;
	} else return 0;
	for (let k = 1; k < length; k++) {
		if (at + k >= bytes.length) return k; // cut by the end of the head
		const c = bytes[at + k];
		if (c < (k === 1 ? low : 0x80) || c > (k === 1 ? high : 0xbf)) return 0;
	}
	return length;
}

/** UTF-16 without a BOM: ASCII text then has a zero in every other byte (odd bytes for LE). */
function detectUtf16WithoutBom(sample: Uint8Array): TextEncodingName | null {
	const pairs = Math.floor(sample.length / 2);
	if (pairs < 2) return null;
	let zeroEven = 0;
	let zeroOdd = 0;
	for (let i = 0; i + 1 < sample.length; i += 2) {
		if (sample[i] === 0) zeroEven++;
		if (sample[i + 1] === 0) zeroOdd++;
	}
	if (zeroOdd > pairs * 0.4 && zeroEven < pairs * 0.05) return 'utf-16le';
	if (zeroEven > pairs * 0.4 && zeroOdd < pairs * 0.05) return 'utf-16be';
	return null;
}
