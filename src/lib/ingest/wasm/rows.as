// The row kernel (AssemblyScript; built into `rows-module.ts` by `scripts/build-wasm.mjs`): reads
// the plain records of an orders file's bytes into typed columns, as `OrdersBuilder.addBytesRow`
// keeps them, without a call into JavaScript per row. A record is plain when it ends with `\n` or
// `\r\n`, has exactly the header's fields, each unquoted or quoted whole (no line break inside),
// and holds no other quote, no zero byte and no byte of 0x80 and above; and its row is
// kept as it stands: a customer, a date of the common shape, plain numbers within the plausible
// range, an order id (a return marked by its prefix is netted), not dated after today, not a
// return the mapping ignores. The kernel stops at the first record that is not (`STOP_RECORD`),
// the reader gives that one record to the JavaScript path, then runs the kernel again after it: so
// the rows, their order and the dictionaries' codes are the JavaScript path's, byte for byte.
//
// Whole numbers (invoice numbers, customer ids) get their codes here: each dictionary keeps its
// numbers' codes in a direct-addressed window while they are dense (as `WholeNumberCodes` in
// `growable-columns.ts` does), else in a table (open addressing; it grows), and a new
// number takes the dictionary's next code (`setNextCode`, which JavaScript keeps up to date) and is
// logged (`numberLog`) for the builder's dictionary to adopt, in code order, before JavaScript
// gives a code of its own; the builder's dictionary looks its whole numbers up here too
// (`numberCode`, `rememberNumber`) while the kernel serves it. A text the kernel has never seen is
// asked of the builder's dictionary (`codeOfText`: a quote in a span is always half of a quoted
// field's `""`, which the builder reads as one); the kernel remembers every text's code (open
// addressing over FNV-1a hashes, keys in an arena, bounded as `ByteCodeCache` is). A date's day is
// asked of `dayOfGroups` when its three digit groups change.
//
// Memory is laid out by `configure` and `reserve` from the heap; `configure` lets go of the last
// configuration's, so that one instance serves piece after piece without growing its memory.

@external('env', 'codeOfText')
declare function codeOfText(dictionary: i32, start: i32, end: i32): i32;
@external('env', 'dayOfGroups')
declare function dayOfGroups(v0: f64, d0: i32, v1: f64, d1: i32, v2: f64, d2: i32): f64;

// Why `run` returned.
const STOP_FULL: i32 = 0; // the output columns are full: take them and run again
const STOP_MORE: i32 = 1; // the bytes end inside a record (not the source's end): read more
const STOP_RECORD: i32 = 2; // the record at the returned offset is the JavaScript path's
const STOP_END: i32 = 3; // every byte read

const LF: i32 = 10;
const CR: i32 = 13;
const MAX_PLAUSIBLE: f64 = 1e12;

// Dictionaries, as `codeOfNumber` and `codeOfText` number them.
const CUSTOMER: i32 = 0;
const ORDER: i32 = 1;
const PRODUCT: i32 = 2;
const CATEGORY: i32 = 3;
const CHANNEL: i32 = 4;
const DICTIONARIES: i32 = 5;

const MAX_SLOTS: i32 = 1 << 20;
const MAX_KEY_BYTES: i32 = 16 << 20;

let fields: i32 = 0;
let delimiter: i32 = 44;
let maxRecordBytes: i32 = 1 << 20;
let customerColumn: i32 = -1;
let orderColumn: i32 = -1;
let dateColumn: i32 = -1;
let quantityColumn: i32 = -1;
let priceColumn: i32 = -1;
let amountColumn: i32 = -1;
let quantityDecimal: i32 = 46;
let priceDecimal: i32 = 46;
let amountDecimal: i32 = 46;
let ignoreReturns: bool = false;
let today: f64 = Infinity;
let prefixLength: i32 = 0;

/** Per byte: 0 ordinary, 1 the delimiter, 2 a line break, 3 a byte that stops the kernel. */
let classes: usize = 0;
/** Field k of the record: bytes [spans[2k], spans[2k + 1]) (i32 each). */
let spans: usize = 0;
/** The return prefix's bytes. */
let prefix: usize = 0;
/** The code columns of `dictionaryColumn`'s dictionaries, by dictionary (-1: not read). */
let dictionaryColumns: usize = 0;

// Output columns, `capacity` rows each.
let capacity: i32 = 0;
let outCustomer: usize = 0;
let outOrder: usize = 0;
let outDay: usize = 0;
let outAmount: usize = 0;
let outQuantity: usize = 0;
let outProduct: usize = 0;
let outCategory: usize = 0;
let outChannel: usize = 0;
let rows: i32 = 0;

let input: usize = 0;
let inputCapacity: i32 = 0;

// The last date's digit groups and day.
let lastV0: f64 = -1;
let lastD0: i32 = -1;
let lastV1: f64 = -1;
let lastD1: i32 = -1;
let lastV2: f64 = -1;
let lastD2: i32 = -1;
let lastDay: f64 = NaN;

// Per dictionary: the last whole number and its code; a table of texts (hash, key offset, key
// length, code per slot; length -1 = empty), its mask, count, key arena, whether it is full.
let lastNumbers: usize = 0;
let lastNumberCodes: usize = 0;
let tables: usize = 0;
let masks: usize = 0;
let counts: usize = 0;
let arenas: usize = 0;
let arenaSizes: usize = 0;
let arenaUsed: usize = 0;
let fullTables: usize = 0;

// Per dictionary: the code its next new value takes; its whole numbers' window (per number from
// its base, i32 code + 1, 0 = none), the window's base (f64) and length; a table of the numbers
// outside the window (the numbers, f64, and their codes + 1, i32, 0 = an empty slot), its mask and
// count; the numbers given new codes since the log was last taken (f64 each, at most `capacity` a
// run: one per row).
let nextCodes: usize = 0;
let windows: usize = 0;
let windowBases: usize = 0;
let windowLengths: usize = 0;
let numberKeys: usize = 0;
let numberCodes: usize = 0;
let numberMasks: usize = 0;
let numberCounts: usize = 0;
let numberLogs: usize = 0;
let numberLogLengths: usize = 0;

let stopped: i32 = 0;

/** Why the last `run` returned (`STOP_*`). */
export function status(): i32 {
	return stopped;
}

export function configure(
	fieldCount: i32,
	delimiterByte: i32,
	recordLimit: i32,
	customer: i32,
	order: i32,
	date: i32,
	quantity: i32,
	price: i32,
	amount: i32,
	product: i32,
	category: i32,
	channel: i32,
	decimalQuantity: i32,
	decimalPrice: i32,
	decimalAmount: i32,
	returnsIgnored: bool,
	todayDay: f64,
	rowCapacity: i32
): void {
	// Every allocation of the last configuration is let go: the memory is reused, not grown.
	__reset();
	input = 0;
	inputCapacity = 0;
	rows = 0;
	stopped = 0;
	lastV0 = -1;
	lastD0 = -1;
	lastV1 = -1;
	lastD1 = -1;
	lastV2 = -1;
	lastD2 = -1;
	lastDay = NaN;
	fields = fieldCount;
	delimiter = delimiterByte;
	maxRecordBytes = recordLimit;
	customerColumn = customer;
	orderColumn = order;
	dateColumn = date;
	quantityColumn = quantity;
	priceColumn = price;
	amountColumn = amount;
	quantityDecimal = decimalQuantity;
	priceDecimal = decimalPrice;
	amountDecimal = decimalAmount;
	ignoreReturns = returnsIgnored;
	today = todayDay;

	classes = heap.alloc(256);
	memory.fill(classes, 0, 256);
	for (let b = 128; b < 256; b++) store<u8>(classes + b, 3);
	store<u8>(classes + 0, 3);
	store<u8>(classes + 34, 3); // a quote
	store<u8>(classes + CR, 2);
	store<u8>(classes + LF, 2);
	store<u8>(classes + delimiterByte, 1);

	spans = heap.alloc(<usize>fieldCount * 8);
	prefix = heap.alloc(64);
	dictionaryColumns = heap.alloc(DICTIONARIES * 4);
	store<i32>(dictionaryColumns + CUSTOMER * 4, customer);
	store<i32>(dictionaryColumns + ORDER * 4, order);
	store<i32>(dictionaryColumns + PRODUCT * 4, product);
	store<i32>(dictionaryColumns + CATEGORY * 4, category);
	store<i32>(dictionaryColumns + CHANNEL * 4, channel);

	capacity = rowCapacity;
	const n = <usize>rowCapacity;
	outCustomer = heap.alloc(n * 4);
	outOrder = heap.alloc(n * 4);
	outDay = heap.alloc(n * 4);
	outAmount = heap.alloc(n * 8);
	outQuantity = heap.alloc(n * 8);
	outProduct = heap.alloc(n * 4);
	outCategory = heap.alloc(n * 4);
	outChannel = heap.alloc(n * 4);

	lastNumbers = heap.alloc(DICTIONARIES * 8);
	lastNumberCodes = heap.alloc(DICTIONARIES * 4);
	tables = heap.alloc(DICTIONARIES * 4);
	masks = heap.alloc(DICTIONARIES * 4);
	counts = heap.alloc(DICTIONARIES * 4);
	arenas = heap.alloc(DICTIONARIES * 4);
	arenaSizes = heap.alloc(DICTIONARIES * 4);
	arenaUsed = heap.alloc(DICTIONARIES * 4);
	fullTables = heap.alloc(DICTIONARIES * 4);
	nextCodes = heap.alloc(DICTIONARIES * 4);
	windows = heap.alloc(DICTIONARIES * 4);
	windowBases = heap.alloc(DICTIONARIES * 8);
	windowLengths = heap.alloc(DICTIONARIES * 4);
	numberKeys = heap.alloc(DICTIONARIES * 4);
	numberCodes = heap.alloc(DICTIONARIES * 4);
	numberMasks = heap.alloc(DICTIONARIES * 4);
	numberCounts = heap.alloc(DICTIONARIES * 4);
	numberLogs = heap.alloc(DICTIONARIES * 4);
	numberLogLengths = heap.alloc(DICTIONARIES * 4);
	for (let d = 0; d < DICTIONARIES; d++) {
		const at = <usize>d;
		store<i32>(nextCodes + at * 4, 0);
		store<i32>(windows + at * 4, 0);
		store<f64>(windowBases + at * 8, 0);
		store<i32>(windowLengths + at * 4, 0);
		newNumberTable(d, 1 << 12);
		store<i32>(numberCounts + at * 4, 0);
		store<i32>(numberLogs + at * 4, <i32>heap.alloc(n * 8));
		store<i32>(numberLogLengths + at * 4, 0);
		store<f64>(lastNumbers + at * 8, -1);
		store<i32>(lastNumberCodes + at * 4, -1);
		const slots = 1 << 12;
		store<i32>(tables + at * 4, <i32>newTable(slots));
		store<i32>(masks + at * 4, slots - 1);
		store<i32>(counts + at * 4, 0);
		store<i32>(arenas + at * 4, <i32>heap.alloc(1 << 16));
		store<i32>(arenaSizes + at * 4, 1 << 16);
		store<i32>(arenaUsed + at * 4, 0);
		store<i32>(fullTables + at * 4, 0);
	}
}

/** Where `setPrefix` expects the return prefix's bytes (at most 64). */
export function prefixPointer(): usize {
	return prefix;
}

export function setPrefixLength(length: i32): void {
	prefixLength = length;
}

/**
 * Room for `n` bytes of input, the first `keep` bytes held there kept; returns where the input
 * starts (it moves when it grows).
 */
export function reserve(n: i32, keep: i32): usize {
	if (n > inputCapacity) {
		let size = inputCapacity > 0 ? inputCapacity : 1 << 20;
		while (size < n) size *= 2;
		const bigger = heap.alloc(<usize>size);
		if (keep > 0) memory.copy(bigger, input, <usize>keep);
		input = bigger;
		inputCapacity = size;
	}
	return input;
}

export function rowCount(): i32 {
	return rows;
}
export function customerCodes(): usize {
	return outCustomer;
}
export function orderCodes(): usize {
	return outOrder;
}
export function days(): usize {
	return outDay;
}
export function amounts(): usize {
	return outAmount;
}
export function quantities(): usize {
	return outQuantity;
}
export function productCodes(): usize {
	return outProduct;
}
export function categoryCodes(): usize {
	return outCategory;
}
export function channelCodes(): usize {
	return outChannel;
}

/**
 * Reads records of the input from offset `from` to `end` (offsets into the input) into the output
 * columns, from their first row; sets `status` and returns the offset reached (the start of the
 * first record not read). With `final`, the bytes end at the source's end.
 */
export function run(from: i32, end: i32, final: bool): i32 {
	rows = 0;
	let at = from;
	const base = input;
	const limit = base + <usize>end;
	while (true) {
		if (at >= end) {
			stopped = STOP_END;
			return at;
		}
		if (rows >= capacity) {
			stopped = STOP_FULL;
			return at;
		}
		const start = base + <usize>at;
		let found = fieldsOf(start, limit);
		// A record already over the limit is the JavaScript path's to refuse.
		if (found == NEEDS_MORE && <i32>(limit - start) > maxRecordBytes) found = NOT_PLAIN;
		if (found != FOUND) {
			stopped = found == NEEDS_MORE && !final ? STOP_MORE : STOP_RECORD;
			return at;
		}
		if (!readRow(base)) {
			stopped = STOP_RECORD;
			return at;
		}
		rows++;
		at = <i32>(nextRecord - base);
	}
}

// What `fieldsOf` found.
const FOUND: i32 = 0;
const NEEDS_MORE: i32 = 1;
const NOT_PLAIN: i32 = 2;

/** Where the record `fieldsOf` found ends (its line break) and the next one starts. */
let nextRecord: usize = 0;

/**
 * The spans of the record at `start` (`FOUND`; `nextRecord` set): exactly `fields` fields, a field
 * quoted whole without a line break inside it taken without its quotes (its `""` kept as they
 * are), as `ByteRecordReader` finds it. `NEEDS_MORE` when the bytes end inside the record, `NOT_PLAIN` for
 * anything else: a quote inside a field, a lone `\r`, a zero byte, a byte of 0x80 and above, another
 * field count, a record over the limit.
 */
function fieldsOf(start: usize, limit: usize): i32 {
	const base = input;
	let i = start;
	let field = 0;
	let fieldStart = start;
	/** The closing quote of the current field, or 0 (not quoted). */
	let closedAt: usize = 0;
	store<i32>(spans, <i32>(start - base));
	let recordEnd: usize = 0;
	const delimiters = i8x16.splat(<i8>delimiter);
	while (true) {
		// To the next byte that is not ordinary: sixteen bytes at a time while sixteen remain.
		if (i + 16 <= limit) {
			const mask = specialBytes(i, delimiters);
			if (mask == 0) {
				i += 16;
				continue;
			}
			i += <usize>ctz(mask);
		} else {
			if (i >= limit) return NEEDS_MORE;
			if (load<u8>(classes + <usize>load<u8>(i)) == 0) {
				i++;
				continue;
			}
		}
		const kind = load<u8>(classes + <usize>load<u8>(i));
		if (kind == 1) {
			if (field < fields)
				store<i32>(spans + (<usize>field << 3) + 4, <i32>((closedAt != 0 ? closedAt : i) - base));
			field++;
			if (field < fields) store<i32>(spans + (<usize>field << 3), <i32>(i - base + 1));
			closedAt = 0;
			i++;
			fieldStart = i;
			continue;
		}
		const b = <i32>load<u8>(i);
		if (kind == 3) {
			if (b != 34 || i != fieldStart) return NOT_PLAIN;
			// A quoted field: its text runs to the quote before a delimiter or line break.
			let j = i + 1;
			let after = 0;
			while (true) {
				if (j >= limit) return NEEDS_MORE;
				const c = <i32>load<u8>(j);
				if (c == 34) {
					if (j + 1 >= limit) return NEEDS_MORE;
					after = <i32>load<u8>(j + 1);
					// `""` is a quote in the text: its span keeps both (see `codeOfText`).
					if (after != 34) break;
					j += 2;
					continue;
				}
				if (c == LF || c == CR || c == 0 || c >= 128) return NOT_PLAIN;
				j++;
			}
			if (after != delimiter && after != LF && after != CR) return NOT_PLAIN;
			if (field < fields) store<i32>(spans + (<usize>field << 3), <i32>(i + 1 - base));
			closedAt = j;
			i = j + 1;
			continue;
		}
		if (b == LF) {
			recordEnd = i;
			nextRecord = i + 1;
			break;
		}
		// `\r`: a record's end only before `\n`.
		if (i + 1 >= limit) return NEEDS_MORE;
		if (<i32>load<u8>(i + 1) != LF) return NOT_PLAIN;
		recordEnd = i;
		nextRecord = i + 2;
		break;
	}
	if (field != fields - 1 || <i32>(recordEnd - start) > maxRecordBytes) return NOT_PLAIN;
	store<i32>(spans + (<usize>field << 3) + 4, <i32>((closedAt != 0 ? closedAt : recordEnd) - base));
	return FOUND;
}

/**
 * The bytes at `at`, `at + 16)` that are not ordinary, as bits (bit k: byte `at + k`): the
 * delimiter, `\n`, `\r`, a quote, a zero byte, a byte of 0x80 and above (as `scan.wat` finds them).
 */
// @ts-ignore: decorator
@inline
function specialBytes(at: usize, delimiters: v128): i32 {
	const bytes = v128.load(at);
	return i8x16.bitmask(
		v128.or(
			v128.or(
				v128.or(i8x16.eq(bytes, delimiters), i8x16.eq(bytes, i8x16.splat(<i8>LF))),
				v128.or(i8x16.eq(bytes, i8x16.splat(<i8>CR)), i8x16.eq(bytes, i8x16.splat(34)))
			),
			v128.or(i8x16.eq(bytes, i8x16.splat(0)), bytes)
		)
	);
}

function spanStart(column: i32): usize {
	return input + <usize>load<i32>(spans + (<usize>column << 3));
}

function spanEnd(column: i32): usize {
	return input + <usize>load<i32>(spans + (<usize>column << 3) + 4);
}

/** The record's row into the output columns at `rows`; false (nothing written) when it is not plain. */
function readRow(base: usize): bool {
	const customerStart = spanStart(customerColumn);
	const customerEnd = spanEnd(customerColumn);
	if (isBlank(customerStart, customerEnd)) return false;
	const day = dayOf(spanStart(dateColumn), spanEnd(dateColumn));
	if (day != day) return false;

	let quantity: f64 = NaN;
	if (quantityColumn >= 0) {
		quantity = plainNumber(spanStart(quantityColumn), spanEnd(quantityColumn), quantityDecimal);
		if (quantity != quantity) return false;
	}
	let amount: f64;
	if (amountColumn >= 0) {
		amount = plainNumber(spanStart(amountColumn), spanEnd(amountColumn), amountDecimal);
		if (amount != amount) return false;
	} else {
		const price = plainNumber(spanStart(priceColumn), spanEnd(priceColumn), priceDecimal);
		if (price != price) return false;
		amount = quantity * price;
	}
	if (!(Math.abs(amount) <= MAX_PLAUSIBLE)) return false;
	if (quantity == quantity && !(Math.abs(quantity) <= MAX_PLAUSIBLE)) return false;

	const orderStart = spanStart(orderColumn);
	const orderEnd = spanEnd(orderColumn);
	if (orderEnd == orderStart) return false;
	// A return marked by its order id counts against the customer whatever its sign.
	const marked = startsWithPrefix(orderStart, orderEnd);
	if (marked) {
		amount = -Math.abs(amount);
		quantity = -Math.abs(quantity);
	}
	if (ignoreReturns && (marked || amount < 0)) return false;
	if (day > today) return false;

	// A blank order id (-1) is one of the customer's orders of the day: the JavaScript path's.
	const order = codeOf(ORDER, orderStart, orderEnd, false);
	if (order < 0) return false;
	const at = <usize>rows;
	store<i32>(outCustomer + (at << 2), codeOf(CUSTOMER, customerStart, customerEnd, true));
	store<i32>(outOrder + (at << 2), order);
	store<i32>(outDay + (at << 2), <i32>day);
	store<f64>(outAmount + (at << 3), amount);
	store<f64>(outQuantity + (at << 3), quantity);
	for (let d = PRODUCT; d <= CHANNEL; d++) {
		const column = load<i32>(dictionaryColumns + (<usize>d << 2));
		if (column < 0) continue;
		const out = d == PRODUCT ? outProduct : d == CATEGORY ? outCategory : outChannel;
		store<i32>(out + (at << 2), codeOf(d, spanStart(column), spanEnd(column), false));
	}
	return true;
}

/** `isBlankAscii`: empty, or only what `String.prototype.trim` removes. */
function isBlank(start: usize, end: usize): bool {
	for (let i = start; i < end; i++) {
		const c = <i32>load<u8>(i);
		if (c != 32 && (c < 9 || c > 13)) return false;
	}
	return true;
}

/** `text.trimStart().startsWith(prefix)` on ASCII bytes (false for an empty prefix). */
function startsWithPrefix(start: usize, end: usize): bool {
	if (prefixLength == 0) return false;
	let i = start;
	while (i < end) {
		const c = <i32>load<u8>(i);
		if (c != 32 && (c < 9 || c > 13)) break;
		i++;
	}
	if (<i32>(end - i) < prefixLength) return false;
	for (let k = 0; k < prefixLength; k++)
		if (load<u8>(i + <usize>k) != load<u8>(prefix + <usize>k)) return false;
	return true;
}

/** `plainNumberOfBytes`: `-?digits[.digits]`, at most 16 bytes and 15 digits; NaN otherwise. */
function plainNumber(start: usize, end: usize, decimal: i32): f64 {
	const n = <i32>(end - start);
	if (n == 0 || n > 16) return NaN;
	let i = start;
	let negative = false;
	if (<i32>load<u8>(i) == 45) {
		negative = true;
		i++;
	}
	let mantissa: f64 = 0;
	let digits = 0;
	let fraction = -1;
	for (; i < end; i++) {
		const c = <i32>load<u8>(i);
		if (c >= 48 && c <= 57) {
			mantissa = mantissa * 10 + <f64>(c - 48);
			digits++;
			if (fraction >= 0) fraction++;
		} else if (c == decimal && fraction < 0) {
			fraction = 0;
		} else {
			return NaN;
		}
	}
	if (digits == 0 || digits > 15) return NaN;
	const value = fraction > 0 ? mantissa / POW10[fraction] : mantissa;
	return negative ? -value : value;
}

const POW10: StaticArray<f64> = [
	1, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11, 1e12, 1e13, 1e14, 1e15, 1e16
];

/**
 * `dayOfBytes`'s common shape (three digit groups of 1–8 digits joined by one of `/ . -` used
 * twice, after optional spaces, then nothing or a space / `T`), its day from `dayOfGroups` when the
 * groups change; NaN for another shape or an impossible date (the JavaScript path decides).
 */
function dayOf(start: usize, end: usize): f64 {
	let i = start;
	while (i < end && <i32>load<u8>(i) == 32) i++;
	let v0: f64 = 0;
	let d0 = 0;
	let v1: f64 = 0;
	let d1 = 0;
	let v2: f64 = 0;
	let d2 = 0;
	let separator = -1;
	for (let group = 0; group < 3; group++) {
		let value: f64 = 0;
		const from = i;
		while (i < end) {
			const c = <i32>load<u8>(i);
			if (c < 48 || c > 57) break;
			value = value * 10 + <f64>(c - 48);
			i++;
		}
		const count = <i32>(i - from);
		if (count == 0 || count > 8) return NaN;
		if (group == 0) {
			v0 = value;
			d0 = count;
		} else if (group == 1) {
			v1 = value;
			d1 = count;
		} else {
			v2 = value;
			d2 = count;
			break;
		}
		if (i >= end) return NaN;
		const c = <i32>load<u8>(i);
		if (c != 47 && c != 46 && c != 45) return NaN;
		if (separator == -1) separator = c;
		else if (c != separator) return NaN;
		i++;
	}
	if (i < end) {
		const c = <i32>load<u8>(i);
		if (c != 32 && c != 84 && c != 116) return NaN;
	}
	if (v0 == lastV0 && d0 == lastD0 && v1 == lastV1 && d1 == lastD1 && v2 == lastV2 && d2 == lastD2)
		return lastDay;
	const day = dayOfGroups(v0, d0, v1, d1, v2, d2);
	lastV0 = v0;
	lastD0 = d0;
	lastV1 = v1;
	lastD1 = d1;
	lastV2 = v2;
	lastD2 = d2;
	lastDay = day;
	return day;
}

/**
 * `wholeNumberOfBytes`: digits only, no leading zero, at most 15 digits; with `floatZero` also
 * `17850.0`. -1 otherwise.
 */
function wholeNumber(start: usize, end: usize, floatZero: bool): f64 {
	const n = <i32>(end - start);
	if (n == 0) return -1;
	if (<i32>load<u8>(start) == 48 && n > 1 && <i32>load<u8>(start + 1) != 46) return -1;
	let value: f64 = 0;
	let i = start;
	for (; i < end; i++) {
		const c = <i32>load<u8>(i);
		if (c < 48 || c > 57) break;
		value = value * 10 + <f64>(c - 48);
	}
	const count = <i32>(i - start);
	if (count == 0 || count > 15) return -1;
	if (i == end) return value;
	if (!floatZero || <i32>load<u8>(i) != 46 || i + 1 == end) return -1;
	for (let j = i + 1; j < end; j++) if (<i32>load<u8>(j) != 48) return -1;
	return value;
}

/** The dictionary's code for a field's bytes, as `codeOfBytes` gives it. */
function codeOf(d: i32, start: usize, end: usize, floatZero: bool): i32 {
	const number = wholeNumber(start, end, floatZero);
	const slot = <usize>d;
	if (number >= 0) {
		if (number == load<f64>(lastNumbers + (slot << 3)))
			return load<i32>(lastNumberCodes + (slot << 2));
		let code = numberCode(d, number);
		if (code < 0) {
			code = load<i32>(nextCodes + (slot << 2));
			store<i32>(nextCodes + (slot << 2), code + 1);
			rememberNumber(d, number, code, code + 1);
			const length = load<i32>(numberLogLengths + (slot << 2));
			store<f64>(<usize>load<i32>(numberLogs + (slot << 2)) + (<usize>length << 3), number);
			store<i32>(numberLogLengths + (slot << 2), length + 1);
		}
		store<f64>(lastNumbers + (slot << 3), number);
		store<i32>(lastNumberCodes + (slot << 2), code);
		return code;
	}
	const hash = hashBytes(start, end);
	const found = lookUp(d, hash, start, end);
	if (found != -2) return found;
	const code = codeOfText(d, <i32>(start - input), <i32>(end - input));
	remember(d, hash, start, end, code);
	return code;
}

/** A hash of the bytes, four at a time (murmur3's mixing), then one at a time. */
function hashBytes(start: usize, end: usize): i32 {
	let hash: u32 = 0x811c9dc5 ^ <u32>(end - start);
	let i = start;
	for (; i + 4 <= end; i += 4) {
		let k = load<u32>(i) * 0xcc9e2d51;
		k = rotl<u32>(k, 15) * 0x1b873593;
		hash = rotl<u32>(hash ^ k, 13) * 5 + 0xe6546b64;
	}
	for (; i < end; i++) hash = (hash ^ <u32>load<u8>(i)) * 0x01000193;
	hash ^= hash >> 16;
	hash *= 0x85ebca6b;
	hash ^= hash >> 13;
	return <i32>hash;
}

/** Bytes [a, a + length) and [b, b + length) are the same: eight at a time, then one at a time. */
function sameBytes(a: usize, b: usize, length: i32): bool {
	let k = 0;
	for (; k + 8 <= length; k += 8)
		if (load<u64>(a + <usize>k) != load<u64>(b + <usize>k)) return false;
	for (; k < length; k++) if (load<u8>(a + <usize>k) != load<u8>(b + <usize>k)) return false;
	return true;
}

/** A table of `slots` slots of 16 bytes (hash, key offset, key length, code), every one empty. */
function newTable(slots: i32): usize {
	const table = heap.alloc(<usize>slots << 4);
	for (let s = 0; s < slots; s++) store<i32>(table + (<usize>s << 4) + 8, -1);
	return table;
}

function lookUp(d: i32, hash: i32, start: usize, end: usize): i32 {
	const at = <usize>d << 2;
	const table = <usize>load<i32>(tables + at);
	const mask = load<i32>(masks + at);
	const arena = <usize>load<i32>(arenas + at);
	const length = <i32>(end - start);
	let s = hash & mask;
	while (true) {
		const entry = table + (<usize>s << 4);
		const keyLength = load<i32>(entry + 8);
		if (keyLength < 0) return -2;
		if (load<i32>(entry) == hash && keyLength == length) {
			if (sameBytes(arena + <usize>load<i32>(entry + 4), start, length))
				return load<i32>(entry + 12);
		}
		s = (s + 1) & mask;
	}
}

function remember(d: i32, hash: i32, start: usize, end: usize, code: i32): void {
	const at = <usize>d << 2;
	if (load<i32>(fullTables + at) != 0) return;
	const length = <i32>(end - start);
	let mask = load<i32>(masks + at);
	const count = load<i32>(counts + at);
	if (count + 1 > (mask + 1) >>> 1) {
		if (mask + 1 >= MAX_SLOTS) {
			store<i32>(fullTables + at, 1);
			return;
		}
		grow(d);
		mask = load<i32>(masks + at);
	}
	let used = load<i32>(arenaUsed + at);
	let size = load<i32>(arenaSizes + at);
	if (used + length > size) {
		if (size * 2 > MAX_KEY_BYTES && used + length > MAX_KEY_BYTES) {
			store<i32>(fullTables + at, 1);
			return;
		}
		let bigger = size * 2;
		while (bigger < used + length) bigger *= 2;
		const arena = heap.alloc(<usize>bigger);
		memory.copy(arena, <usize>load<i32>(arenas + at), <usize>used);
		heap.free(<usize>load<i32>(arenas + at));
		store<i32>(arenas + at, <i32>arena);
		store<i32>(arenaSizes + at, bigger);
		size = bigger;
	}
	const arena = <usize>load<i32>(arenas + at);
	memory.copy(arena + <usize>used, start, <usize>length);
	const table = <usize>load<i32>(tables + at);
	let s = hash & mask;
	while (load<i32>(table + (<usize>s << 4) + 8) >= 0) s = (s + 1) & mask;
	const entry = table + (<usize>s << 4);
	store<i32>(entry, hash);
	store<i32>(entry + 4, used);
	store<i32>(entry + 8, length);
	store<i32>(entry + 12, code);
	store<i32>(arenaUsed + at, used + length);
	store<i32>(counts + at, count + 1);
}

function grow(d: i32): void {
	const at = <usize>d << 2;
	const old = <usize>load<i32>(tables + at);
	const oldSlots = load<i32>(masks + at) + 1;
	const slots = oldSlots * 2;
	const mask = slots - 1;
	const table = newTable(slots);
	for (let o = 0; o < oldSlots; o++) {
		const entry = old + (<usize>o << 4);
		if (load<i32>(entry + 8) < 0) continue;
		let s = load<i32>(entry) & mask;
		while (load<i32>(table + (<usize>s << 4) + 8) >= 0) s = (s + 1) & mask;
		memory.copy(table + (<usize>s << 4), entry, 16);
	}
	heap.free(old);
	store<i32>(tables + at, <i32>table);
	store<i32>(masks + at, mask);
}

/**
 * Where the code each dictionary's next new value takes is (i32 by dictionary): JavaScript writes
 * its dictionaries' sizes there before a run and after it gives a code of its own.
 */
export function nextCodesPointer(): usize {
	return nextCodes;
}

/** Where the dictionary's log of numbers given new codes is (f64 each, in code order). */
export function numberLog(d: i32): usize {
	return <usize>load<i32>(numberLogs + (<usize>d << 2));
}

/** Where each dictionary's log length is (i32 by dictionary): JavaScript empties a log it took. */
export function numberLogLengthsPointer(): usize {
	return numberLogLengths;
}

/** A slot of the dictionary's number table for `number`: its low bits, mixed with higher ones. */
// @ts-ignore: decorator
@inline
function numberSlot(number: f64, mask: i32): i32 {
	const v = <u64>number;
	return <i32>(v ^ (v >> 10) ^ (v >> 20) ^ (v >> 40)) & mask;
}

/** An empty number table of `slots` slots (a power of two) for the dictionary. */
function newNumberTable(d: i32, slots: i32): void {
	const at = <usize>d << 2;
	const codes = heap.alloc(<usize>slots << 2);
	memory.fill(codes, 0, <usize>slots << 2);
	store<i32>(numberKeys + at, <i32>heap.alloc(<usize>slots << 3));
	store<i32>(numberCodes + at, <i32>codes);
	store<i32>(numberMasks + at, slots - 1);
}

/** The code of a whole number of the dictionary's, or -1. */
export function numberCode(d: i32, number: f64): i32 {
	const offset = number - load<f64>(windowBases + (<usize>d << 3));
	if (offset >= 0 && offset < <f64>load<i32>(windowLengths + (<usize>d << 2)))
		return load<i32>(<usize>load<i32>(windows + (<usize>d << 2)) + (<usize>(<i32>offset) << 2)) - 1;
	return tableCode(d, number);
}

/**
 * Remembers the code of a whole number the dictionary does not hold yet; `count`: the codes given
 * so far (the window stays at least an eighth full).
 */
export function rememberNumber(d: i32, number: f64, code: i32, count: i32): void {
	const base = load<f64>(windowBases + (<usize>d << 3));
	const length = <f64>load<i32>(windowLengths + (<usize>d << 2));
	if (!(number >= base && number < base + length) && !widen(d, number, count)) {
		rememberInTable(d, number, code);
		return;
	}
	const offset = <i32>(number - load<f64>(windowBases + (<usize>d << 3)));
	store<i32>(<usize>load<i32>(windows + (<usize>d << 2)) + (<usize>offset << 2), code + 1);
}

/**
 * Grows the window (doubling) to reach `number`, upwards or downwards, while it stays at least an
 * eighth full; the table's numbers it reaches move into it. False when it may not.
 */
function widen(d: i32, number: f64, count: i32): bool {
	const at = <usize>d;
	const length = load<i32>(windowLengths + (at << 2));
	const base = load<f64>(windowBases + (at << 3));
	let size = length;
	let wideBase = base;
	if (length == 0) {
		size = 4096;
		wideBase = Math.max(0, number - 1024);
	} else {
		// Doubled no further than allowed (an i32 doubled past 2^30 would overflow).
		const largest = max<i32>(1 << 16, 8 * (count + 1));
		const end = base + <f64>length;
		while (number >= base + <f64>size) {
			if (size > largest) return false;
			size *= 2;
		}
		while (number < end - <f64>size && end - <f64>size > 0) {
			if (size > largest) return false;
			size *= 2;
		}
		if (size > largest) return false;
		if (number < base) wideBase = Math.max(0, end - <f64>size);
	}
	const window = heap.alloc(<usize>size << 2);
	memory.fill(window, 0, <usize>size << 2);
	if (length > 0) {
		const old = <usize>load<i32>(windows + (at << 2));
		memory.copy(window + (<usize>(<i32>(base - wideBase)) << 2), old, <usize>length << 2);
		heap.free(old);
	}
	store<i32>(windows + (at << 2), <i32>window);
	store<f64>(windowBases + (at << 3), wideBase);
	store<i32>(windowLengths + (at << 2), size);
	if (load<i32>(numberCounts + (at << 2)) > 0) {
		// The table again without the numbers the window now holds.
		const oldKeys = <usize>load<i32>(numberKeys + (at << 2));
		const oldCodes = <usize>load<i32>(numberCodes + (at << 2));
		const slots = load<i32>(numberMasks + (at << 2)) + 1;
		newNumberTable(d, slots);
		store<i32>(numberCounts + (at << 2), 0);
		for (let o = 0; o < slots; o++) {
			const code = load<i32>(oldCodes + (<usize>o << 2));
			if (code == 0) continue;
			const kept = load<f64>(oldKeys + (<usize>o << 3));
			if (kept >= wideBase && kept < wideBase + <f64>size)
				store<i32>(window + (<usize>(<i32>(kept - wideBase)) << 2), code);
			else rememberInTable(d, kept, code - 1);
		}
	}
	return true;
}

/** The code of a whole number in the dictionary's table, or -1. */
function tableCode(d: i32, number: f64): i32 {
	const at = <usize>d << 2;
	if (load<i32>(numberCounts + at) == 0) return -1;
	const keys = <usize>load<i32>(numberKeys + at);
	const codes = <usize>load<i32>(numberCodes + at);
	const mask = load<i32>(numberMasks + at);
	let s = numberSlot(number, mask);
	while (true) {
		const code = load<i32>(codes + (<usize>s << 2));
		if (code == 0) return -1;
		if (load<f64>(keys + (<usize>s << 3)) == number) return code - 1;
		s = (s + 1) & mask;
	}
}

/** Remembers the code of a whole number not in the table (kept at most half full). */
function rememberInTable(d: i32, number: f64, code: i32): void {
	const at = <usize>d << 2;
	const count = load<i32>(numberCounts + at) + 1;
	if (count > (load<i32>(numberMasks + at) + 1) >>> 1) growNumbers(d);
	store<i32>(numberCounts + at, count);
	const keys = <usize>load<i32>(numberKeys + at);
	const codes = <usize>load<i32>(numberCodes + at);
	const mask = load<i32>(numberMasks + at);
	let s = numberSlot(number, mask);
	while (load<i32>(codes + (<usize>s << 2)) != 0) s = (s + 1) & mask;
	store<f64>(keys + (<usize>s << 3), number);
	store<i32>(codes + (<usize>s << 2), code + 1);
}

function growNumbers(d: i32): void {
	const at = <usize>d << 2;
	const oldKeys = <usize>load<i32>(numberKeys + at);
	const oldCodes = <usize>load<i32>(numberCodes + at);
	const oldSlots = load<i32>(numberMasks + at) + 1;
	newNumberTable(d, oldSlots * 2);
	const keys = <usize>load<i32>(numberKeys + at);
	const codes = <usize>load<i32>(numberCodes + at);
	const mask = load<i32>(numberMasks + at);
	for (let o = 0; o < oldSlots; o++) {
		const code = load<i32>(oldCodes + (<usize>o << 2));
		if (code == 0) continue;
		const number = load<f64>(oldKeys + (<usize>o << 3));
		let s = numberSlot(number, mask);
		while (load<i32>(codes + (<usize>s << 2)) != 0) s = (s + 1) & mask;
		store<f64>(keys + (<usize>s << 3), number);
		store<i32>(codes + (<usize>s << 2), code);
	}
	heap.free(oldCodes);
	heap.free(oldKeys);
}
