/**
 * Append-only typed arrays (capacity doubles) and string dictionaries, the building blocks of the
 * columnar tables: no per-row objects while a file streams in.
 */
import type { DictColumn } from '../engine/orders-table';

type TypedArray = Int32Array | Float64Array | Uint8Array;

class GrowableArray<T extends TypedArray> {
	length = 0;
	#data: T;

	constructor(
		private readonly make: (capacity: number) => T,
		capacity = 1 << 16
	) {
		this.#data = make(capacity);
	}

	push(value: number): void {
		if (this.length === this.#data.length) {
			const bigger = this.make(this.#data.length * 2);
			bigger.set(this.#data);
			this.#data = bigger;
		}
		this.#data[this.length++] = value;
	}

	/** A copy of exactly `length` entries (its buffer holds no spare capacity, for transfer). */
	toArray(): T {
		return this.#data.slice(0, this.length) as T;
	}
}

export class GrowableInt32 extends GrowableArray<Int32Array> {
	constructor() {
		super((n) => new Int32Array(n));
	}
}

export class GrowableFloat64 extends GrowableArray<Float64Array> {
	constructor() {
		super((n) => new Float64Array(n));
	}
}

export class GrowableUint8 extends GrowableArray<Uint8Array> {
	constructor() {
		super((n) => new Uint8Array(n));
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

/** Distinct strings → dense codes 0, 1, 2 … in order of first appearance. */
export class StringDictionary {
	readonly values: string[] = [];
	#codes = new Map<string, number>();
	#last = '';
	#lastCode = -1;

	/** The code of `value`, added when new. Repeats of the previous value skip the map. */
	code(value: string): number {
		if (value === this.#last && this.#lastCode >= 0) return this.#lastCode;
		let code = this.#codes.get(value);
		if (code === undefined) {
			code = this.values.length;
			const own = detachString(value);
			this.#codes.set(own, code);
			this.values.push(own);
		}
		this.#last = value;
		this.#lastCode = code;
		return code;
	}

	get size(): number {
		return this.values.length;
	}
}

/** A dictionary column from codes and a dictionary. */
export function toDictColumn(codes: GrowableInt32, dictionary: StringDictionary): DictColumn {
	return { codes: codes.toArray(), values: dictionary.values };
}
