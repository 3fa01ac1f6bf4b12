/**
 * The row kernel (`rows.as`, compiled into `rows-module.ts`): the plain records of a run of an
 * orders file's bytes read into typed columns in WebAssembly. Whole numbers get their codes in the
 * kernel (it keeps each dictionary's numbers, and the builder's dictionaries adopt the new ones and
 * look theirs up there: `KernelNumberCodes`); a text is asked of the builder's dictionary the first
 * time the kernel sees it. `ByteRecordReader` runs it over each buffer and gives every record it
 * stops at to the JavaScript path (`addBytesRow` / `addRow`), one record at a time; the result is
 * that path's, byte for byte (`row-kernel.test.ts`, `byte-records.test.ts`). Null where WebAssembly cannot run: the reader then reads every record in
 * JavaScript.
 */
import { compiledOnce } from './compile-module';
import { ROWS_WASM_BASE64 } from './rows-module';
import type { NumberCodes } from '../growable-columns';

interface RowsExports {
	memory: WebAssembly.Memory;
	configure(
		fields: number,
		delimiter: number,
		recordLimit: number,
		customer: number,
		order: number,
		date: number,
		quantity: number,
		price: number,
		amount: number,
		product: number,
		category: number,
		channel: number,
		decimalQuantity: number,
		decimalPrice: number,
		decimalAmount: number,
		ignoreReturns: number,
		today: number,
		rowCapacity: number
	): void;
	prefixPointer(): number;
	setPrefixLength(length: number): void;
	reserve(bytes: number, keep: number): number;
	nextCodesPointer(): number;
	numberLog(dictionary: number): number;
	numberLogLengthsPointer(): number;
	numberCode(dictionary: number, value: number): number;
	rememberNumber(dictionary: number, value: number, code: number, count: number): void;
	run(from: number, end: number, final: number): number;
	status(): number;
	rowCount(): number;
	customerCodes(): number;
	orderCodes(): number;
	days(): number;
	amounts(): number;
	quantities(): number;
	productCodes(): number;
	categoryCodes(): number;
	channelCodes(): number;
}

/** Why `run` returned: `Full`, the output columns are full (take the rows and run again); `More`,
 * the bytes end inside a record (not the source's end: read more); `Record`, the record at the
 * offset returned is the JavaScript path's; `End`, every byte was read. */
export const KernelStop = { Full: 0, More: 1, Record: 2, End: 3 } as const;

/** The dictionaries, as the kernel numbers them. */
export const KernelDictionary = {
	Customer: 0,
	Order: 1,
	Product: 2,
	Category: 3,
	Channel: 4
} as const;

/** The columns the kernel reads (-1: none), and how. */
export interface KernelLayout {
	fields: number;
	delimiter: string;
	recordLimit: number;
	customer: number;
	order: number;
	date: number;
	quantity: number;
	unitPrice: number;
	amount: number;
	product: number;
	category: number;
	channel: number;
	/** The decimal separator of each column, by index. */
	decimal: readonly string[];
	returnPrefix: string;
	ignoreReturns: boolean;
	/** Lines dated after this day are the JavaScript path's (the future-dates warning). */
	today: number;
}

/**
 * The builder's side: its dictionaries (in `KernelDictionary` order), and days from a date's digit
 * groups. A field's bytes given to `codeOfText` may hold `""`,
 * each one quote of a quoted field's text.
 */
export interface KernelCallbacks {
	dictionaries: readonly KernelServedDictionary[];
	codeOfText(dictionary: number, bytes: Uint8Array, start: number, end: number): number;
	dayOfGroups(v0: number, d0: number, v1: number, d1: number, v2: number, d2: number): number;
}

/** What the kernel needs of a builder's dictionary (`IdDictionary`). */
export interface KernelServedDictionary {
	/** Its values so far: the code its next new value takes. */
	readonly size: number;
	/** Takes the kernel's table as where it finds its whole numbers' codes (`NumberCodes`). */
	useNumberCodes(codes: NumberCodes): void;
	/** Adds whole numbers the kernel gave the next codes, in code order. */
	adoptNumbers(numbers: Float64Array): void;
}

/**
 * A dictionary's whole numbers in the kernel's table, while the kernel serves its builder: the
 * builder's own reads of records (those the kernel stops at) look them up and add them here, so
 * the kernel and JavaScript give a number one code. Refuses once the kernel is released.
 */
class KernelNumberCodes implements NumberCodes {
	constructor(
		private exports: RowsExports | null,
		private readonly dictionary: number
	) {}

	get(number: number): number {
		return this.#kernel().numberCode(this.dictionary, number);
	}

	set(number: number, code: number, count: number): void {
		this.#kernel().rememberNumber(this.dictionary, number, code, count);
	}

	release(): null {
		this.exports = null;
		return null;
	}

	#kernel(): RowsExports {
		if (!this.exports) throw new Error('A released dictionary takes no new whole number.');
		return this.exports;
	}
}

/** Rows the kernel writes before the reader takes them. */
const ROW_CAPACITY = 1 << 14;

/** The compiled module, once per thread; null where WebAssembly cannot run. */
const rowsModule = compiledOnce(ROWS_WASM_BASE64);

function decimalCode(separator: string | undefined): number {
	return separator === ',' ? 44 : 46;
}

/** This thread's idle kernels: one serves piece after piece (its memory reused, not grown). */
const idle: RowKernel[] = [];

export class RowKernel {
	readonly #exports: RowsExports;
	/** The kernel's memory as bytes; a new view once the memory has grown. */
	#bytes: Uint8Array;
	/** Where the input bytes start in the memory. */
	#input = 0;
	/** The builder's side, while a reader uses this kernel. */
	#callbacks: KernelCallbacks | null = null;
	/** The tables its builder's dictionaries were given (`KernelNumberCodes`), while it serves them. */
	#numberCodes: KernelNumberCodes[] = [];
	/** Per dictionary: the code its next new value takes, as the kernel reads it; a view of its memory. */
	#nextCodesView = new Int32Array(0);
	/** Per dictionary: how many numbers its log holds; a view of the kernel's memory. */
	#logLengthsView = new Int32Array(0);
	/** Per dictionary: where its log is in the kernel's memory. */
	#logPointers: number[] = [];

	private constructor(module: WebAssembly.Module) {
		const callbacks = () => this.#callbacks!;
		this.#exports = new WebAssembly.Instance(module, {
			env: {
				codeOfText: (dictionary: number, start: number, end: number) => {
					// The numbers the kernel coded first: a text's new code comes after them.
					this.#adoptNumbers();
					const code = callbacks().codeOfText(
						dictionary,
						this.#memoryBytes(),
						this.#input + start,
						this.#input + end
					);
					this.#nextCodes()[dictionary] = callbacks().dictionaries[dictionary].size;
					return code;
				},
				dayOfGroups: (v0: number, d0: number, v1: number, d1: number, v2: number, d2: number) =>
					callbacks().dayOfGroups(v0, d0, v1, d1, v2, d2)
			}
		}).exports as unknown as RowsExports;
		this.#bytes = new Uint8Array(this.#exports.memory.buffer);
	}

	/**
	 * A kernel for one builder (one piece) until `release`, or null where WebAssembly cannot run or
	 * the layout is beyond it (a return prefix that is not a few visible ASCII characters other than
	 * a quote, a delimiter that is not ASCII).
	 */
	static create(layout: KernelLayout, callbacks: KernelCallbacks): RowKernel | null {
		const prefix = layout.returnPrefix;
		if (!/^[\x21\x23-\x7e]{0,64}$/.test(prefix)) return null;
		if (layout.delimiter.length !== 1 || layout.delimiter.charCodeAt(0) >= 128) return null;
		let kernel = idle.pop() ?? null;
		if (!kernel) {
			const module = rowsModule();
			if (!module) return null;
			try {
				kernel = new RowKernel(module);
			} catch {
				return null;
			}
		}
		kernel.#configure(layout, callbacks);
		return kernel;
	}

	#configure(layout: KernelLayout, callbacks: KernelCallbacks): void {
		this.#callbacks = callbacks;
		const exports = this.#exports;
		exports.configure(
			layout.fields,
			layout.delimiter.charCodeAt(0),
			layout.recordLimit,
			layout.customer,
			layout.order,
			layout.date,
			layout.quantity,
			layout.unitPrice,
			layout.amount,
			layout.product,
			layout.category,
			layout.channel,
			decimalCode(layout.decimal[layout.quantity]),
			decimalCode(layout.decimal[layout.unitPrice]),
			decimalCode(layout.decimal[layout.amount]),
			layout.ignoreReturns ? 1 : 0,
			layout.today,
			ROW_CAPACITY
		);
		const prefix = layout.returnPrefix;
		const at = exports.prefixPointer();
		const memory = this.#memoryBytes();
		for (let i = 0; i < prefix.length; i++) memory[at + i] = prefix.charCodeAt(i);
		exports.setPrefixLength(prefix.length);
		this.#numberCodes = [];
		this.#logPointers = callbacks.dictionaries.map((_, d) => exports.numberLog(d));
		this.#nextCodesView = new Int32Array(0);
		callbacks.dictionaries.forEach((dictionary, d) => {
			const codes = new KernelNumberCodes(exports, d);
			this.#numberCodes.push(codes);
			dictionary.useNumberCodes(codes);
		});
	}

	/** Gives the kernel back to the thread's idle ones: the reader is done with it. */
	release(): void {
		for (const codes of this.#numberCodes) codes.release();
		this.#numberCodes = [];
		this.#callbacks = null;
		idle.push(this);
	}

	/** The views of the kernel's dictionary state, made again once its memory has grown. */
	#nextCodes(): Int32Array {
		const buffer = this.#exports.memory.buffer;
		if (this.#nextCodesView.buffer !== buffer) {
			const dictionaries = this.#callbacks!.dictionaries.length;
			this.#nextCodesView = new Int32Array(buffer, this.#exports.nextCodesPointer(), dictionaries);
			this.#logLengthsView = new Int32Array(
				buffer,
				this.#exports.numberLogLengthsPointer(),
				dictionaries
			);
		}
		return this.#nextCodesView;
	}

	/** The numbers the kernel gave new codes since the last call, to their dictionaries. */
	#adoptNumbers(): void {
		this.#nextCodes();
		const lengths = this.#logLengthsView;
		const dictionaries = this.#callbacks!.dictionaries;
		for (let d = 0; d < dictionaries.length; d++) {
			const length = lengths[d];
			if (length === 0) continue;
			lengths[d] = 0;
			dictionaries[d].adoptNumbers(
				new Float64Array(this.#exports.memory.buffer, this.#logPointers[d], length)
			);
		}
	}

	#memoryBytes(): Uint8Array {
		if (this.#bytes.buffer !== this.#exports.memory.buffer)
			this.#bytes = new Uint8Array(this.#exports.memory.buffer);
		return this.#bytes;
	}

	/**
	 * The kernel's input, the bytes `run` reads: a view of its first `length` bytes, valid until
	 * the next `run` or `append` (either may move or grow the memory).
	 */
	input(length: number): Uint8Array {
		return this.#memoryBytes().subarray(this.#input, this.#input + length);
	}

	/** Copies `chunk` into the input after its first `length` bytes (kept). */
	append(chunk: Uint8Array, length: number): void {
		this.#input = this.#exports.reserve(length + chunk.byteLength, length);
		this.#memoryBytes().set(chunk, this.#input + length);
	}

	/** Moves input bytes `[from, length)` to its start. */
	shift(from: number, length: number): void {
		this.#memoryBytes().copyWithin(this.#input, this.#input + from, this.#input + length);
	}

	/**
	 * Reads the input's records from offset `from` to `end` into the output columns (from their
	 * first row; `rows` says how many); returns the offset reached, `stop` says why.
	 */
	run(from: number, end: number, final: boolean): number {
		const nextCodes = this.#nextCodes();
		const dictionaries = this.#callbacks!.dictionaries;
		for (let d = 0; d < dictionaries.length; d++) nextCodes[d] = dictionaries[d].size;
		const next = this.#exports.run(from, end, final ? 1 : 0);
		this.#adoptNumbers();
		return next;
	}

	get stop(): number {
		return this.#exports.status();
	}

	get rows(): number {
		return this.#exports.rowCount();
	}

	#int32(pointer: number): Int32Array {
		return new Int32Array(this.#exports.memory.buffer, pointer, this.rows);
	}

	#float64(pointer: number): Float64Array {
		return new Float64Array(this.#exports.memory.buffer, pointer, this.rows);
	}

	// The last run's rows, column by column: views of the kernel's memory, valid until its next run.
	customers(): Int32Array {
		return this.#int32(this.#exports.customerCodes());
	}
	orders(): Int32Array {
		return this.#int32(this.#exports.orderCodes());
	}
	days(): Int32Array {
		return this.#int32(this.#exports.days());
	}
	amounts(): Float64Array {
		return this.#float64(this.#exports.amounts());
	}
	quantities(): Float64Array {
		return this.#float64(this.#exports.quantities());
	}
	products(): Int32Array {
		return this.#int32(this.#exports.productCodes());
	}
	categories(): Int32Array {
		return this.#int32(this.#exports.categoryCodes());
	}
	channels(): Int32Array {
		return this.#int32(this.#exports.channelCodes());
	}
}
