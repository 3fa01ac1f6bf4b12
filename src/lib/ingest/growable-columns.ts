/**
 * Append-only typed arrays (capacity doubles) and string dictionaries, the building blocks of the
 * columnar tables: no per-row objects while a file streams in.
 */
import { packedDictColumn, unpackValues } from '../engine/tables/orders-table';
import type { DictColumn, PackedValues } from '../engine/tables/orders-table';
import { normaliseCustomerId } from './parse-number';
import { offerSpareBuffers, takeSpareBuffer } from './spare-buffers';

type TypedArray = Int32Array | Float64Array | Uint8Array;

const MIN_CAPACITY = 1 << 16;

type TypedArrayConstructor<T extends TypedArray> = {
	new (length: number): T;
	new (buffer: ArrayBuffer, byteOffset: number, length: number): T;
	readonly BYTES_PER_ELEMENT: number;
};

/** A typed array of at least `length` entries: over a spare buffer when one is kept, else new. */
function allocate<T extends TypedArray>(Kind: TypedArrayConstructor<T>, length: number): T {
	const spare = takeSpareBuffer(length * Kind.BYTES_PER_ELEMENT);
	return spare
		? new Kind(spare, 0, Math.floor(spare.byteLength / Kind.BYTES_PER_ELEMENT))
		: new Kind(length);
}

class GrowableArray<T extends TypedArray> {
	length = 0;
	#data: T;

	/** `capacity`: entries expected; the first array may be a spare buffer (`spare-buffers.ts`). */
	constructor(
		private readonly Kind: TypedArrayConstructor<T>,
		capacity = MIN_CAPACITY
	) {
		this.#data = allocate(Kind, Math.max(MIN_CAPACITY, Math.ceil(capacity)));
	}

	push(value: number): void {
		if (this.length === this.#data.length) this.#reserve(this.length + 1);
		this.#data[this.length++] = value;
	}

	/** Appends every value of `values` (of this column's type). */
	append(values: T): void {
		const needed = this.length + values.length;
		if (needed > this.#data.length) this.#reserve(needed);
		this.#data.set(values, this.length);
		this.length = needed;
	}

	/** Room for `needed` entries: the capacity doubled until it holds them. */
	#reserve(needed: number): void {
		let size = this.#data.length * 2;
		while (size < needed) size *= 2;
		const bigger = new this.Kind(size);
		bigger.set(this.#data.subarray(0, this.length));
		this.#data = bigger;
	}

	/**
	 * Exactly `length` entries in a buffer without spare capacity (for transfer and storage). Where
	 * `ArrayBuffer.prototype.transfer` exists (Chromium 114+, Node 21+) the buffer is resized rather
	 * than copied, which lowers the peak memory of a large import; this builder is then spent.
	 */
	toArray(): T {
		const bytes = this.length * this.#data.BYTES_PER_ELEMENT;
		const buffer = this.#data.buffer as ArrayBuffer & {
			transfer?: (length: number) => ArrayBuffer;
		};
		if (typeof buffer.transfer === 'function')
			return new this.Kind(buffer.transfer(bytes), 0, this.length);
		return this.#data.slice(0, this.length) as T;
	}

	/**
	 * The first `length` entries as a view of this builder's buffer, spare capacity and all: for a
	 * parse worker's piece, whose buffers are transferred to the merge and copied into the merged
	 * columns there, so that the piece is not copied once more here. This builder is then spent.
	 */
	view(): T {
		return this.#data.subarray(0, this.length) as T;
	}
}

export type { GrowableArray };

export class GrowableInt32 extends GrowableArray<Int32Array> {
	constructor(capacity?: number) {
		super(Int32Array, capacity);
	}
}

export class GrowableFloat64 extends GrowableArray<Float64Array> {
	constructor(capacity?: number) {
		super(Float64Array, capacity);
	}
}

export class GrowableUint8 extends GrowableArray<Uint8Array> {
	constructor(capacity?: number) {
		super(Uint8Array, capacity);
	}
}

/**
 * A copy of `text` that does not keep its source alive. Substrings of 13+ characters are V8 "sliced
 * strings" pointing into the parsed 1 MB chunk; a dictionary holding one would keep every chunk of
 * the file in memory. Concatenating then slicing makes a flat string of its own.
 */
export function detachString(text: string): string {
	return text.length < 13 ? text : (' ' + text).slice(1);
}

/**
 * Distinct ids → dense codes 0, 1, 2 … in order of first appearance, from raw CSV fields: values
 * are trimmed, and with `wholeNumberFloats` a whole number written as a float (`17850.0`) is read
 * as `17850`. Canonical whole numbers (digits, no leading zero, ≤ 15 digits) are keyed by their
 * numeric value — in a direct-addressed window when they are dense, as invoice numbers usually
 * are — which avoids hashing a fresh string per row (string-keyed `Map`s dominated a 10M-line
 * prototype). Other ids go to a `Map<string, number>`.
 *
 * Each code keeps its whole number (or -1 for a text value) in a `Float64Array` and the text values
 * in code order, so a parse worker packs its dictionary (`packed`) without writing a string per
 * invoice number; `values` (the strings, `String(number)` for a number) is made on first read and
 * kept up to date as codes are added after it.
 */
export class IdDictionary {
	/** Per code: its whole number, or -1 for a text value. */
	#numbers = new Float64Array(16);
	/** The text values, in code order. */
	readonly #texts: string[] = [];
	#size = 0;
	/** Every value as a string, once `values` has been read. */
	#values: string[] | null = null;
	#byText = new Map<string, number>();
	#byNumber: NumberCodes = new WholeNumberCodes();
	#lastNumber = -1;
	#lastNumberCode = -1;
	#lastText = '\u0000';
	#lastCode = -1;

	constructor(readonly wholeNumberFloats = false) {}

	/** The code of a raw field, added when new; -1 for an empty (or blank) field. */
	code(text: string): number {
		if (text === this.#lastText) return this.#lastCode;
		let code: number;
		const number = readWholeNumber(text, this.wholeNumberFloats);
		if (number >= 0) {
			code = this.codeOfNumber(number);
		} else {
			const value = this.wholeNumberFloats ? normaliseCustomerId(text) : text.trim();
			const again = value !== text ? readWholeNumber(value, false) : -1;
			if (value === '') code = -1;
			else if (again >= 0) code = this.codeOfNumber(again);
			else code = this.codeOfText(value);
		}
		this.#lastText = text;
		this.#lastCode = code;
		return code;
	}

	get size(): number {
		return this.#size;
	}

	/**
	 * Every value by code as a string (`String(number)` for a whole number), made on first read;
	 * the same array grows with the codes added after it.
	 */
	get values(): string[] {
		this.#values ??= unpackValues({
			numbers: this.#numbers.subarray(0, this.#size),
			texts: this.#texts
		});
		return this.#values;
	}

	/**
	 * Its numbers' current buffer (per code, the whole number or -1; replaced by a bigger copy as it
	 * grows) and how many are written: entries [0, size) never change, so a save can write them
	 * while values are still being added (`TableMerger.growingColumns`).
	 */
	growingNumbers(): { data: Float64Array; length: number } {
		return { data: this.#numbers, length: this.#size };
	}

	/** The values packed (whole numbers by value, the rest as text), as `packValues(values)` gives them. */
	packed(): PackedValues {
		return { numbers: this.#numbers.slice(0, this.#size), texts: this.#texts.slice() };
	}

	/**
	 * The same without copying, for a dictionary that takes no more values: a view of its numbers
	 * (their spare capacity stays allocated) and its texts array itself. The merge of a 10M-line
	 * import keeps its 4M invoice numbers this way rather than copying 32 MB at its peak.
	 */
	packedFinal(): PackedValues {
		return { numbers: this.#numbers.subarray(0, this.#size), texts: this.#texts };
	}

	/**
	 * Gives the whole-number window (the last and biggest: those outgrown were smaller) to this
	 * thread's spare buffers, for the next piece's dictionaries and columns: a parse worker's piece
	 * is done with it once it is packed. The dictionary is then spent: its packed values stay
	 * valid, but it refuses new whole numbers.
	 */
	releaseWindow(): void {
		const buffer = this.#byNumber.release();
		if (buffer) offerSpareBuffers([buffer]);
	}

	/**
	 * Finds its whole numbers' codes in `codes` from now on (a row kernel's table, while the kernel
	 * reads its builder's rows: `wasm/row-kernel.ts`), the numbers it holds so far moved there.
	 */
	useNumberCodes(codes: NumberCodes): void {
		const numbers = this.#numbers;
		for (let code = 0; code < this.#size; code++)
			if (numbers[code] >= 0) codes.set(numbers[code], code, code + 1);
		const window = this.#byNumber.release();
		if (window) offerSpareBuffers([window]);
		this.#byNumber = codes;
	}

	/**
	 * Adds whole numbers that were given the next codes elsewhere (by a row kernel, whose table
	 * `useNumberCodes` made this dictionary's), in code order: none is in the dictionary yet.
	 */
	adoptNumbers(added: Float64Array): void {
		const size = this.#size + added.length;
		if (size > this.#numbers.length) {
			const bigger = new Float64Array(Math.max(size, this.#numbers.length * 2));
			bigger.set(this.#numbers.subarray(0, this.#size));
			this.#numbers = bigger;
		}
		this.#numbers.set(added, this.#size);
		if (this.#values) for (const number of added) this.#values.push(String(number));
		this.#size = size;
	}

	/**
	 * Room for `capacity` values before the first grows the numbers' array: when there may be that
	 * many, an array allocated once costs only the pages its values reach, where doubling from a few
	 * writes every smaller array (and the fresh pages of each) on the way.
	 */
	reserve(capacity: number): void {
		if (this.#size === 0 && capacity > this.#numbers.length)
			this.#numbers = allocate(Float64Array, capacity);
	}

	/** Adds a value: its whole number, or -1 and its text. Returns its code. */
	#add(number: number, text: string): number {
		const code = this.#size++;
		if (code === this.#numbers.length) {
			const bigger = new Float64Array(code * 2);
			bigger.set(this.#numbers);
			this.#numbers = bigger;
		}
		this.#numbers[code] = number;
		if (number < 0) this.#texts.push(text);
		this.#values?.push(number < 0 ? text : String(number));
		return code;
	}

	/** The code of a text value as it is kept (trimmed, not a whole number), added when new. */
	codeOfText(value: string): number {
		let code = this.#byText.get(value);
		if (code === undefined) {
			const own = detachString(value);
			code = this.#add(-1, own);
			this.#byText.set(own, code);
		}
		return code;
	}

	/** The code of a canonical whole number (what `code` gives its text), added when new. */
	codeOfNumber(number: number): number {
		// The lines of one order repeat its number and its customer's.
		if (number === this.#lastNumber) return this.#lastNumberCode;
		let code = this.#byNumber.get(number);
		if (code < 0) {
			code = this.#add(number, '');
			this.#byNumber.set(number, code, this.#size);
		}
		this.#lastNumber = number;
		this.#lastNumberCode = code;
		return code;
	}
}

/** Where a dictionary finds the codes of its whole numbers. */
export interface NumberCodes {
	/** The code of `number`, or -1. */
	get(number: number): number;
	/** Remembers `code` for `number` (after `get` said -1); `count`: the codes given so far. */
	set(number: number, code: number, count: number): void;
	/** Its buffer for reuse, or null; the codes are forgotten (a number given after this throws). */
	release(): ArrayBuffer | null;
}

/**
 * Codes of whole numbers: in a direct-addressed window while the numbers are dense (invoice numbers
 * usually are: no hashing per row), else in a number-keyed `Map` (V8 hashes numeric strings poorly
 * for a string-keyed one). `IdDictionary`'s, in a parse worker and in the merge of its pieces.
 */
class WholeNumberCodes implements NumberCodes {
	#byNumber = new Map<number, number>();
	/**
	 * Per number from `#windowBase` on, its code + 1 (0: none). Not -1 for none, so that a new
	 * window is not filled: its pages are only touched (and paid for) where numbers fall.
	 */
	#window: Int32Array<ArrayBuffer> = new Int32Array(0);
	#windowBase = 0;
	#spent = false;

	/** The code of `number`, or -1. Every number within the window is kept in it, none in the map. */
	get(number: number): number {
		const offset = number - this.#windowBase;
		if (offset >= 0 && offset < this.#window.length) return this.#window[offset] - 1;
		return this.#byNumber.get(number) ?? -1;
	}

	/** Remembers `code` for `number` (after `get` said -1); `count`: the codes given so far. */
	set(number: number, code: number, count: number): void {
		if (this.#spent) throw new Error('A released dictionary takes no new whole number.');
		let offset = number - this.#windowBase;
		if (!(offset >= 0 && offset < this.#window.length) && this.#widen(number, count))
			offset = number - this.#windowBase;
		if (offset >= 0 && offset < this.#window.length) this.#window[offset] = code + 1;
		else this.#byNumber.set(number, code);
	}

	/**
	 * Grows the window (doubling) to reach `number` while it stays at least 1/8 full: upwards, or
	 * downwards for a number below it (a piece's first customer is seldom its lowest).
	 */
	#widen(number: number, count: number): boolean {
		if (this.#window.length === 0) {
			this.#windowBase = Math.max(0, number - 1024);
			this.#window = new Int32Array(4096);
			return true;
		}
		const window = this.#window;
		const base = this.#windowBase;
		const end = base + window.length;
		let size = window.length;
		while (number >= base + size) size *= 2;
		while (number < end - size && end - size > 0) size *= 2;
		if (size > Math.max(1 << 16, 8 * (count + 1))) return false;
		const wideBase = number < base ? Math.max(0, end - size) : base;
		const shift = base - wideBase;
		// In the window's own buffer while it has room (a spare buffer may be bigger than asked).
		const room = window.buffer.byteLength >= size * Int32Array.BYTES_PER_ELEMENT;
		const wider = room ? new Int32Array(window.buffer, 0, size) : zeroed(size);
		if (room) {
			if (shift > 0) wider.copyWithin(shift, 0, window.length);
			wider.fill(0, 0, shift);
			wider.fill(0, shift + window.length);
		} else wider.set(window, shift);
		// Numbers kept in the map while the window did not reach them move into it.
		for (const [kept, code] of this.#byNumber) {
			const at = kept - wideBase;
			if (at >= 0 && at < size) {
				wider[at] = code + 1;
				this.#byNumber.delete(kept);
			}
		}
		this.#window = wider;
		this.#windowBase = wideBase;
		return true;
	}

	/**
	 * The window's buffer, for reuse (`IdDictionary.releaseWindow`). The codes of the numbers in
	 * the window are forgotten, so a number given after this throws.
	 */
	release(): ArrayBuffer {
		const buffer = this.#window.buffer;
		this.#window = new Int32Array(0);
		this.#spent = true;
		return buffer;
	}
}

/** A window of `length` zeros: a spare buffer's (zeroed: its contents are stale), else new. */
function zeroed(length: number): Int32Array<ArrayBuffer> {
	const spare = takeSpareBuffer(length * Int32Array.BYTES_PER_ELEMENT);
	return spare ? new Int32Array(spare, 0, length).fill(0) : new Int32Array(length);
}

/**
 * A canonical whole number (digits only, no leading zero, at most 15 digits; with `floatZero` also
 * `17850.0`), or -1. `007` and `7` are different ids, so `007` is not canonical.
 */
function readWholeNumber(text: string, floatZero: boolean): number {
	const n = text.length;
	if (n === 0 || (text.charCodeAt(0) === 48 && n > 1 && text.charCodeAt(1) !== 46)) return -1;
	let value = 0;
	let i = 0;
	for (; i < n; i++) {
		const c = text.charCodeAt(i);
		if (c < 48 || c > 57) break;
		value = value * 10 + (c - 48);
	}
	if (i === 0 || i > 15) return -1;
	if (i === n) return value;
	if (!floatZero || text.charCodeAt(i) !== 46 || i + 1 === n) return -1;
	for (let j = i + 1; j < n; j++) if (text.charCodeAt(j) !== 48) return -1;
	return value;
}

/** A dictionary column from codes and a dictionary, kept packed (`packedDictColumn`). */
export function toDictColumn(codes: GrowableInt32, dictionary: IdDictionary): DictColumn {
	return packedDictColumn(codes.toArray(), dictionary.packed());
}
