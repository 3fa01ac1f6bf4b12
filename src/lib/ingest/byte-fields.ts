/**
 * Fields read straight from a file's bytes (`byte-records.ts`'s fast path): plain numbers, whole
 * numbers and ASCII text, and a cache from a field's bytes to its dictionary code. Each function
 * gives exactly what its string counterpart gives for the same field decoded (the fast path's
 * identity with the text path rests on it), and declines (NaN, -1, `MISSING`) what it does not
 * handle, so the caller falls back to that counterpart.
 */
import { dayOfGroups } from './parse-date';
import { POW10 } from './parse-number';
import type { DateOrder } from './types';
import type { DecimalSeparator } from './parse-number';

/**
 * `parseNumber`'s plain path on bytes `[start, end)`: `-?digits[.digits]` with the column's decimal
 * separator, at most 16 characters and 15 digits. NaN means "not plain" (decode and use
 * `parseNumber`), not "not a number".
 */
export function plainNumberOfBytes(
	bytes: Uint8Array,
	start: number,
	end: number,
	decimal: DecimalSeparator
): number {
	const n = end - start;
	if (n === 0 || n > 16) return NaN;
	const decimalCode = decimal === '.' ? 46 : 44;
	let i = start;
	let negative = false;
	if (bytes[i] === 45) {
		negative = true;
		i++;
	}
	let mantissa = 0;
	let digits = 0;
	let fraction = -1;
	for (; i < end; i++) {
		const c = bytes[i];
		if (c >= 48 && c <= 57) {
			mantissa = mantissa * 10 + (c - 48);
			digits++;
			if (fraction >= 0) fraction++;
		} else if (c === decimalCode && fraction < 0) {
			fraction = 0;
		} else {
			return NaN;
		}
	}
	if (digits === 0 || digits > 15) return NaN;
	const value = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
	return negative ? -value : value;
}

/**
 * `IdDictionary`'s canonical whole number on bytes: digits only, no leading zero, at most 15
 * digits; with `floatZero` also `17850.0`. -1 otherwise.
 */
export function wholeNumberOfBytes(
	bytes: Uint8Array,
	start: number,
	end: number,
	floatZero: boolean
): number {
	const n = end - start;
	if (n === 0 || (bytes[start] === 48 && n > 1 && bytes[start + 1] !== 46)) return -1;
	let value = 0;
	let i = start;
	for (; i < end; i++) {
		const c = bytes[i];
		if (c < 48 || c > 57) break;
		value = value * 10 + (c - 48);
	}
	const count = i - start;
	if (count === 0 || count > 15) return -1;
	if (i === end) return value;
	if (!floatZero || bytes[i] !== 46 || i + 1 === end) return -1;
	for (let j = i + 1; j < end; j++) if (bytes[j] !== 48) return -1;
	return value;
}

/**
 * `parseDay` on bytes for its common shape: three digit groups (1–8 digits) joined by one of
 * `/ . -` used twice, after optional spaces, then nothing or a space / `T` (a time, ignored).
 * `MISSING` for every other shape (decode and use `parseDay`, which also reads month names).
 */
export function dayOfBytes(
	bytes: Uint8Array,
	start: number,
	end: number,
	order: DateOrder
): number {
	let i = start;
	while (i < end && bytes[i] === 32) i++;
	let v0 = 0;
	let d0 = 0;
	let v1 = 0;
	let d1 = 0;
	let v2 = 0;
	let d2 = 0;
	let separator = -1;
	for (let group = 0; group < 3; group++) {
		let value = 0;
		const from = i;
		while (i < end) {
			const c = bytes[i];
			if (c < 48 || c > 57) break;
			value = value * 10 + (c - 48);
			i++;
		}
		const count = i - from;
		if (count === 0 || count > 8) return MISSING;
		if (group === 0) {
			v0 = value;
			d0 = count;
		} else if (group === 1) {
			v1 = value;
			d1 = count;
		} else {
			v2 = value;
			d2 = count;
			break;
		}
		if (i >= end) return MISSING;
		const c = bytes[i];
		if (c !== 47 && c !== 46 && c !== 45) return MISSING;
		if (separator === -1) separator = c;
		else if (c !== separator) return MISSING;
		i++;
	}
	if (i < end) {
		const c = bytes[i];
		if (c !== 32 && c !== 84 && c !== 116) return MISSING;
	}
	return dayOfGroups(v0, d0, v1, d1, v2, d2, order);
}

/** Bytes `[start, end)`, all below 0x80, as a string (one character per byte). */
export function asciiText(bytes: Uint8Array, start: number, end: number): string {
	const n = end - start;
	if (n <= 0) return '';
	if (n <= 64) {
		let text = '';
		for (let i = start; i < end; i++) text += String.fromCharCode(bytes[i]);
		return text;
	}
	return String.fromCharCode.apply(null, bytes.subarray(start, end) as unknown as number[]);
}

/** True when bytes `[start, end)` (ASCII) are empty or only what `String.prototype.trim` removes. */
export function isBlankAscii(bytes: Uint8Array, start: number, end: number): boolean {
	for (let i = start; i < end; i++) {
		const c = bytes[i];
		if (c !== 32 && (c < 9 || c > 13)) return false;
	}
	return true;
}

/** What `ByteCodeCache.get` returns for bytes it does not hold. */
export const MISSING = -2;

/** Slots and key bytes a cache may grow to: beyond them it stops adding (lookups go on). */
const MAX_SLOTS = 1 << 20;
const MAX_KEY_BYTES = 16 << 20;

/**
 * A field's bytes → the code its dictionary gave the field's text: open addressing over FNV-1a
 * hashes, keys copied into one byte arena. The same bytes always decode to the same text, so the
 * code cached is the dictionary's own; a field never seen goes to the dictionary (and is cached).
 * Bounded (`MAX_SLOTS`, `MAX_KEY_BYTES`): a file of millions of distinct text ids stops caching
 * rather than growing without end.
 */
export class ByteCodeCache {
	#mask = (1 << 12) - 1;
	/** Per slot: hash, key offset, key length, code; length -1 = empty. */
	#hashes = new Int32Array(1 << 12);
	#offsets = new Int32Array(1 << 12);
	#lengths = new Int32Array(1 << 12).fill(-1);
	#codes = new Int32Array(1 << 12);
	#keys = new Uint8Array(1 << 16);
	#keyBytes = 0;
	#count = 0;
	#full = false;
	/** The last field looked up: rows of one order repeat it. */
	#lastHash = 0;
	#lastSlot = -1;

	/** The code cached for bytes `[start, end)`, or `MISSING`. */
	get(bytes: Uint8Array, start: number, end: number): number {
		const hash = hashBytes(bytes, start, end);
		const last = this.#lastSlot;
		if (last >= 0 && hash === this.#lastHash && this.#keyEquals(last, bytes, start, end))
			return this.#codes[last];
		let slot = hash & this.#mask;
		for (;;) {
			const length = this.#lengths[slot];
			if (length < 0) return MISSING;
			if (this.#hashes[slot] === hash && this.#keyEquals(slot, bytes, start, end)) {
				this.#lastHash = hash;
				this.#lastSlot = slot;
				return this.#codes[slot];
			}
			slot = (slot + 1) & this.#mask;
		}
	}

	/** Remembers `code` for bytes `[start, end)` (after `get` said `MISSING`). */
	set(bytes: Uint8Array, start: number, end: number, code: number): void {
		if (this.#full) return;
		const length = end - start;
		if (this.#count + 1 > (this.#mask + 1) >>> 1) {
			if (this.#mask + 1 >= MAX_SLOTS) {
				this.#full = true;
				return;
			}
			this.#grow();
		}
		if (this.#keyBytes + length > this.#keys.length) {
			if (this.#keys.length * 2 > MAX_KEY_BYTES && this.#keyBytes + length > MAX_KEY_BYTES) {
				this.#full = true;
				return;
			}
			let size = this.#keys.length * 2;
			while (size < this.#keyBytes + length) size *= 2;
			const bigger = new Uint8Array(size);
			bigger.set(this.#keys.subarray(0, this.#keyBytes));
			this.#keys = bigger;
		}
		const hash = hashBytes(bytes, start, end);
		let slot = hash & this.#mask;
		while (this.#lengths[slot] >= 0) slot = (slot + 1) & this.#mask;
		this.#keys.set(bytes.subarray(start, end), this.#keyBytes);
		this.#hashes[slot] = hash;
		this.#offsets[slot] = this.#keyBytes;
		this.#lengths[slot] = length;
		this.#codes[slot] = code;
		this.#keyBytes += length;
		this.#count++;
	}

	#keyEquals(slot: number, bytes: Uint8Array, start: number, end: number): boolean {
		const length = end - start;
		if (this.#lengths[slot] !== length) return false;
		const keys = this.#keys;
		const offset = this.#offsets[slot];
		for (let i = 0; i < length; i++) if (keys[offset + i] !== bytes[start + i]) return false;
		return true;
	}

	#grow(): void {
		const hashes = this.#hashes;
		const offsets = this.#offsets;
		const lengths = this.#lengths;
		const codes = this.#codes;
		const size = (this.#mask + 1) * 2;
		this.#mask = size - 1;
		this.#hashes = new Int32Array(size);
		this.#offsets = new Int32Array(size);
		this.#lengths = new Int32Array(size).fill(-1);
		this.#codes = new Int32Array(size);
		this.#lastSlot = -1;
		for (let old = 0; old < lengths.length; old++) {
			if (lengths[old] < 0) continue;
			let slot = hashes[old] & this.#mask;
			while (this.#lengths[slot] >= 0) slot = (slot + 1) & this.#mask;
			this.#hashes[slot] = hashes[old];
			this.#offsets[slot] = offsets[old];
			this.#lengths[slot] = lengths[old];
			this.#codes[slot] = codes[old];
		}
	}
}

/** FNV-1a over bytes `[start, end)`. */
function hashBytes(bytes: Uint8Array, start: number, end: number): number {
	let hash = 0x811c9dc5;
	for (let i = start; i < end; i++) hash = Math.imul(hash ^ bytes[i], 0x01000193);
	return hash | 0;
}
