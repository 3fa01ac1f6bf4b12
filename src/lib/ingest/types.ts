/**
 * The types of the ingest layer: what sniffing a file suggests, the mapping the user confirms, and
 * the report of an import. Plain JSON (string-literal unions, no classes) so they cross
 * `postMessage` and are remembered in IndexedDB unchanged.
 */
import type { ImportWarning } from './import-warnings';
import type { DateOrderEvidence, RoleReason, SniffWarning } from './sniff-warnings';
import {
	describeIngestRefusal,
	type IngestRefusal,
	type IngestRefusalCode
} from './ingest-refusals';

/** What a column of the orders file means. `ignore` columns are read but not kept. */
export type ColumnRole =
	| 'customer'
	| 'date'
	| 'amount'
	| 'quantity'
	| 'unitPrice'
	| 'order'
	| 'product'
	| 'category'
	| 'discount'
	| 'cost'
	| 'margin'
	| 'channel'
	| 'returnFlag'
	| 'ignore';

/**
 * The roles a column can mean, `ignore` aside, each for one column at most: in the order the
 * mapping step lists them (`ignore` comes last there).
 */
export const MAPPABLE_ROLES: readonly Exclude<ColumnRole, 'ignore'>[] = [
	'customer',
	'date',
	'amount',
	'quantity',
	'unitPrice',
	'order',
	'product',
	'category',
	'discount',
	'cost',
	'margin',
	'channel',
	'returnFlag'
];

/** The roles whose values are read as numbers, with the column's decimal separator. */
export const NUMBER_ROLES: readonly ColumnRole[] = [
	'amount',
	'quantity',
	'unitPrice',
	'cost',
	'margin',
	'discount'
];

/** Field order of dates that are not year-first: `dmy` = `31/12/2011`, `mdy` = `12/31/2011`. */
export type DateOrder = 'ymd' | 'dmy' | 'mdy';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

/** The user-confirmed reading of an orders file. */
export interface ColumnMapping {
	/** One role per column of the header, in order. At most one column per role except `ignore`. */
	roles: ColumnRole[];
	/** How `a/b/yyyy` dates are read; year-first dates (`2011-12-09`, `20111209`) are always ymd. */
	dateOrder: DateOrder;
	/** Order ids starting with this prefix are returns (`'C'` in Online Retail); `''` = none. */
	returnPrefix: string;
	/** `net` (default): returned lines are netted against the customer; `ignore`: left out. */
	returns: 'net' | 'ignore';
	/**
	 * Non-blank lines above the header to skip (a report title such as `Sales 2024`); default 0.
	 * The sniff sets it when it finds a title, and says so in its warnings.
	 */
	skipRows?: number;
	/**
	 * False when the file has no header row (CDNOW): the first row (after `skipRows`) is data, and
	 * the sniff names the columns after their roles. Default true.
	 */
	hasHeader?: boolean;
	/**
	 * True when the date column holds Excel serial days (`40513.35` = 2010-12-01 08:24, days since
	 * 1899-12-30); the sniff sets it when no other column holds dates. Default false.
	 */
	excelSerialDates?: boolean;
	/**
	 * The field delimiter chosen by hand in the mapping step (`,` `;` tab `|`, or `' '` for columns
	 * aligned with spaces) when detection got the file wrong; absent = detected, as the sniff did.
	 */
	delimiter?: string;
	/**
	 * The sheet of an Excel workbook to read, by name, chosen in the mapping step (or `--sheet` on
	 * the command line); absent = the first sheet. Ignored for text files.
	 */
	sheet?: string;
	/**
	 * The format preset's order-level rules (Shopify's order discount, refunds and cancellations),
	 * when the sniff recognised one that has them. Remove it (or set a column to -1) to override.
	 */
	preset?: PresetMapping;
	/**
	 * The currency of the amounts: an ISO 4217 code (`EUR`), a symbol when the file names no single
	 * currency (`$`, `Rs`), or absent / '' for plain numbers. The sniff suggests the one the file
	 * names (`detect-currency.ts`); the mapping step lets the user choose. Shown with every amount;
	 * it changes no figure.
	 */
	currency?: string;
	/**
	 * Columns (0-based, mapped to no role) kept as customer attributes, each customer's most
	 * frequent value (`derive-attributes.ts`): Online Retail's `Country`. The sniff offers them in
	 * `SniffResult.attributeSuggestions`; absent = none.
	 */
	attributeColumns?: number[];
}

/**
 * Order-level rules of a recognised export, as column indices of the header (-1 = not used).
 * Amounts are read with the column's decimal separator; "order" is the `order` role's column.
 */
export interface PresetMapping {
	/** The preset's id (`shopify-orders` …), for the mapping step and remembered mappings. */
	id: string;
	/** Per line: subtracted from the line's amount (Shopify `Lineitem discount`). */
	lineDiscount: number;
	/** Per order: spread over the order's lines in proportion to their amounts. */
	orderDiscount: number;
	/** Per order: the refunded amount, spread over the order's lines like the discount. */
	orderRefund: number;
	/** Per order: non-empty = the order was cancelled, a return in full (a negative copy of each line). */
	cancelled: number;
	/**
	 * True when order-level fields are written on an order's first row only: empty fields of the
	 * following rows of the same order (consecutive rows with the same order id) are taken from it.
	 */
	fillDown: boolean;
	/** A status column whose values in `notSaleStatuses` mark rows that are not sales (-1 = none). */
	status: number;
	/** Lower-case statuses of rows that are not sales (`failed`), rejected as `not-a-sale`. */
	notSaleStatuses: string[];
}

/** A format recognised from the header, for the mapping step ("Shopify orders export — recognised"). */
export interface PresetMatch {
	id: string;
	name: string;
	/** The rules the preset applies, in words, one per line. */
	rules: string[];
	/** Where the format's columns are described publicly. */
	source: string;
}

/** Where a file named its currency: with the amounts, in a money column's header, or a column. */
export type CurrencySource = 'values' | 'header' | 'column';

/** A currency read from an orders file (`detect-currency.ts`), and where. */
export interface CurrencyGuess {
	/** An ISO 4217 code (`EUR`) when the mark names one currency, else the mark as written (`$`). */
	currency: string;
	source: CurrencySource;
	/** The header of the column it was seen in. */
	column: string;
}

/** What the sample of one column looks like, for the mapping step. */
export interface ColumnProfile {
	index: number;
	name: string;
	/** The suggested role (the same as `SniffResult.mapping.roles[index]`). */
	role: ColumnRole;
	/** Data rows sampled from the head of the file. */
	sampled: number;
	/** Sampled values that are not empty. */
	nonEmpty: number;
	/** Sampled values that parse as a date (in the suggested date order). */
	dates: number;
	/** Sampled values that parse as a number (money, decimal commas, `(12.50)` …). */
	numbers: number;
	/**
	 * Why the column got its role, in words for the mapping step: `header “Betrag” (German:
	 * amount)`, `values look like dates: 99% parse as DD/MM/YYYY`, `Shopify orders export preset` …
	 * '' for ignored columns.
	 */
	reason: string;
	/**
	 * The same reason by code, with its figures (`sniff-warnings.ts`), for the mapping step to word
	 * in the chosen language; null for ignored columns, absent from sniffs made before it.
	 */
	reasonCause?: RoleReason | null;
}

export interface SniffResult {
	encoding: TextEncodingName;
	/** `,` `;` `\t` or `|`, or `' '` for columns aligned by runs of spaces (no quoting). */
	delimiter: string;
	header: string[];
	/** The first 20 data rows, as text. */
	preview: string[][];
	columns: ColumnProfile[];
	/** The suggested mapping. */
	mapping: ColumnMapping;
	/** Why `mapping.dateOrder` was chosen, in English words (the CLI's, the mapping step's in English). */
	dateOrderEvidence: string;
	/** The same by code, for the mapping step to word in another language; optional for sniffs made before it. */
	dateOrderEvidenceCause?: DateOrderEvidence;
	/** The export format recognised from the header, or null. */
	preset: PresetMatch | null;
	/**
	 * Columns mapped to no role that look like customer attributes (nearly constant within each
	 * customer across orders: `suggest-attributes.ts`), offered in the mapping step. Always set by
	 * `sniffOrders`; optional for sniffs made before it.
	 */
	attributeSuggestions?: number[];
	/** The currency the file names (values, a money column's header, a currency column), or null. */
	currency: CurrencyGuess | null;
	/** A stable key of the header, to remember a confirmed mapping for files with the same columns. */
	headerKey: string;
	warnings: string[];
	/**
	 * The same warnings by code, with their figures (`sniff-warnings.ts`), for the mapping step to
	 * word in the chosen language; optional for sniffs made before them.
	 */
	warningCauses?: SniffWarning[];
}

export interface ImportProgress {
	/** Data rows parsed so far (header excluded). */
	rowsRead: number;
	/** Decompressed bytes consumed so far. */
	bytesRead: number;
}

export type RejectionReason =
	| 'wrong-field-count'
	| 'unclosed-quote'
	| 'line-too-long'
	| 'no-customer'
	| 'bad-date'
	| 'bad-amount'
	| 'bad-quantity'
	| 'bad-price'
	| 'implausible-amount'
	| 'not-a-sale';

/** One reason rows were left out, with the first examples. */
/** A row left out: its 1-based line in the file and its text, cut at 200 characters. */
export interface RejectedExample {
	line: number;
	text: string;
	/** A row of the wrong width: the fields it has and the header's (worded where it is shown). */
	fields?: { found: number; expected: number };
}

export interface RejectedReason {
	reason: RejectionReason;
	/** The reason in words, for people. */
	label: string;
	count: number;
	/** The first 5 rows rejected for this reason. */
	examples: RejectedExample[];
}

/**
 * The outcome of an import. Invariant: `lines + Σ rejected.count + ignoredReturnLines = rowsRead`.
 * Counting conventions (customers, orders, returns …) are those of `shared/DOMAIN.md`, computed by
 * the engine's `summariseOrders`.
 */
export interface ImportReport {
	/** Data rows read (header and blank lines excluded). */
	rowsRead: number;
	/** Rows kept as order lines (a customer, a valid date, a valid amount). */
	lines: number;
	/** Rows left out, by reason (only reasons that occurred), in a fixed order. */
	rejected: RejectedReason[];
	/** Return lines left out because the mapping says `returns: 'ignore'` (not an error). */
	ignoredReturnLines: number;
	/** Empty lines skipped (not rows). */
	blankLines: number;
	/**
	 * Return lines added by a preset's rules (a cancelled Shopify order: a negative copy of each of
	 * its lines), included in `lines`: `lines − addedReturnLines + Σ rejected + ignored = rowsRead`.
	 */
	addedReturnLines?: number;
	customers: number;
	returnsOnlyCustomers: number;
	orders: number;
	returns: number;
	/** Sum of all kept lines' amounts, returns included (returns-only customers too). */
	netRevenue: number;
	/** The part of `netRevenue` that belongs to returns-only customers. */
	returnsOnlyRevenue: number;
	/** Days since 1970-01-01 (UTC calendar). */
	firstDay: number;
	lastDay: number;
	encoding: TextEncodingName;
	delimiter: string;
	/** Decompressed bytes read. */
	bytesRead: number;
	warnings: string[];
	/** The same warnings by code, with their figures (absent from reports stored before them). */
	warningCauses?: ImportWarning[];
	/**
	 * Header names of the orders-file columns kept as customer attributes (each customer's most
	 * frequent value); absent when none were chosen.
	 */
	attributeColumns?: string[];
}

/**
 * A file that cannot be read as asked. The message says what was wrong, where, and what was kept,
 * in words for the person who chose the file. Made from a refusal (`ingest-refusals.ts`) it also
 * carries its `code` and `values`, which cross the worker boundary, so that the interface words it
 * in the chosen language; the message is the refusal's English sentence (the CLI's).
 */
export class IngestError extends Error {
	override name = 'IngestError';
	/** The refusal's code; absent for a text without one. */
	code?: IngestRefusalCode;
	/** The refusal's figures and names (its fields but `code`). */
	values?: Record<string, unknown>;

	constructor(refusal: string | IngestRefusal) {
		super(typeof refusal === 'string' ? refusal : describeIngestRefusal(refusal));
		if (typeof refusal !== 'string') {
			const { code, ...values } = refusal;
			this.code = code;
			this.values = values;
		}
	}
}

/** Thrown when an import's `AbortSignal` fires; `name` is `AbortError` like the DOM's. */
export function abortError(): Error {
	const error = new Error('The import was cancelled.');
	error.name = 'AbortError';
	return error;
}
