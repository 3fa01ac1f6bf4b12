/**
 * Movement (`shared/DOMAIN.md`, "Movement"): the customer table at two analysis dates, every
 * customer in one group of the same family at each, and the from × to matrix of customers and
 * value. Columnar: one pass over the customers, per-customer codes in typed arrays.
 */
import {
	buildCustomerTable,
	type CustomerTable,
	type CustomerTableOptions
} from '../customers/customer-table';
import {
	groupForMovement,
	type MovementGrouping,
	type MovementGroupDefinition,
	type GroupReference
} from '../customers/group-by-movement';
import type { AttributesTable, OrdersTable } from '../tables/orders-table';
import {
	checkFromDate,
	GONE_SLUG,
	MovementOptionsError,
	NEW_SLUG,
	NO_ORDERS_SLUG,
	resolveMovementOptions,
	type MovementOptions,
	type ResolvedMovementOptions
} from './movement-options';

/** What a group of the matrix is: a family group, or one movement adds. */
export type MovementGroupKind = 'group' | 'new' | 'gone' | 'no-orders';

export interface MovementGroup extends MovementGroupDefinition {
	kind: MovementGroupKind;
}

export interface MovementResult {
	options: ResolvedMovementOptions;
	/** The customer tables at the earlier and the later date. */
	before: CustomerTable;
	after: CustomerTable;
	/**
	 * Every group, indexed by the codes below: the family's groups, then Gone, New and "No orders
	 * left" (a customer of the earlier table whose orders all became returns by the later date —
	 * possible only when an order id gets negative lines after the earlier date).
	 */
	groups: MovementGroup[];
	/** Group indices shown as rows (from) and columns (to): the family's groups, Gone when chosen,
	 * then New (rows) or "No orders left" when anyone is there (columns). */
	fromGroups: number[];
	toGroups: number[];
	/**
	 * One row per customer: rows 0…after.count−1 are the later table's entries, then the earlier
	 * table's customers missing from it. Per row: the entry at each date (−1 when absent) and the
	 * group at each date.
	 */
	rows: number;
	beforeEntry: Int32Array;
	afterEntry: Int32Array;
	fromCode: Int32Array;
	toCode: Int32Array;
	/** groups.length × groups.length, row-major [from × G + to]: customers, value at the earlier
	 * date (0 for New), value at the later date (0 for No orders left), critical flag. */
	counts: Int32Array;
	valueBefore: Float64Array;
	valueAfter: Float64Array;
	critical: Uint8Array;
	/** The cut points / boundaries / clusters used at each date. */
	referenceBefore: GroupReference;
	referenceAfter: GroupReference;
}

/** Inputs shared by every view: the dataset-wide customer-table options (value basis, period
 * start …; `analysisDay` is replaced by each date) and the customers file. */
export interface MovementContext {
	tableOptions?: CustomerTableOptions;
	attributes?: AttributesTable | null;
}

/** The earliest first-order day of a customer table, NaN when it is empty. */
export function firstOrderDayOf(customers: CustomerTable): number {
	let first = Infinity;
	for (let i = 0; i < customers.count; i++) {
		if (customers.firstOrderDay[i] < first) first = customers.firstOrderDay[i];
	}
	return Number.isFinite(first) ? first : NaN;
}

/**
 * Builds the customer tables at `options.from` and `options.to` (lines on or after each date left
 * out) and computes the movement between them. Throws `MovementOptionsError` for bad options or a
 * from-date on or before the first order.
 */
export function computeMovement(
	orders: OrdersTable,
	options: MovementOptions,
	context: MovementContext = {}
): MovementResult {
	const resolved = resolveMovementOptions(options);
	const attributes = context.attributes ?? null;
	const after = buildCustomerTable(
		orders,
		{ ...context.tableOptions, analysisDay: resolved.toDay },
		attributes
	);
	const problem = checkFromDate(resolved.fromDay, firstOrderDayOf(after));
	if (problem) throw new MovementOptionsError([problem]);
	const before = buildCustomerTable(
		orders,
		{ ...context.tableOptions, analysisDay: resolved.fromDay },
		attributes
	);
	return computeMovementFromTables(before, after, resolved);
}

/**
 * Movement between two customer tables built from the same orders (so customer codes agree),
 * `before` at the earlier date. The earlier grouping's reference is applied to the later table
 * when the policy is 'frozen'. Throws `MovementOptionsError` when `before` has no customer.
 */
export function computeMovementFromTables(
	before: CustomerTable,
	after: CustomerTable,
	options: MovementOptions | ResolvedMovementOptions
): MovementResult {
	const resolved = 'fromDay' in options ? options : resolveMovementOptions(options);
	if (before.analysisDay !== resolved.fromDay || after.analysisDay !== resolved.toDay) {
		throw new RangeError(
			'computeMovementFromTables: the tables must be built at the from- and to-date of the options'
		);
	}
	if (before.count === 0) {
		const problem = checkFromDate(resolved.fromDay, firstOrderDayOf(after)) ?? {
			field: 'from' as const,
			message: 'No customer had ordered before the from-date: choose a later from-date.'
		};
		throw new MovementOptionsError([problem]);
	}
	const groupingBefore = groupForMovement(before, resolved.family, resolved.settings);
	const frozen = resolved.cutPoints === 'frozen' || resolved.family === 'persona';
	const groupingAfter = groupForMovement(
		after,
		resolved.family,
		resolved.settings,
		frozen ? groupingBefore.reference : undefined
	);
	return assembleMovement(before, after, resolved, groupingBefore, groupingAfter);
}

function assembleMovement(
	before: CustomerTable,
	after: CustomerTable,
	options: ResolvedMovementOptions,
	groupingBefore: MovementGrouping,
	groupingAfter: MovementGrouping
): MovementResult {
	const family = groupingBefore.groups.length;
	const gone = family;
	const fresh = family + 1;
	const noOrders = family + 2;
	const groups: MovementGroup[] = [
		...groupingBefore.groups.map((g) => ({ ...g, kind: 'group' as const })),
		{ slug: GONE_SLUG, name: 'Gone', colour: '#bdbdbd', kind: 'gone' },
		{ slug: NEW_SLUG, name: 'New', colour: '#80cdc1', kind: 'new' },
		{ slug: NO_ORDERS_SLUG, name: 'No orders left', colour: '#e0e0e0', kind: 'no-orders' }
	];
	const G = groups.length;

	// Customers of the earlier table missing from the later one (rare; see `groups`).
	const missing: number[] = [];
	for (let i = 0; i < before.count; i++) {
		if (after.indexByCode[before.customerCode[i]] < 0) missing.push(i);
	}
	const rows = after.count + missing.length;
	const beforeEntry = new Int32Array(rows);
	const afterEntry = new Int32Array(rows);
	const fromCode = new Int32Array(rows);
	const toCode = new Int32Array(rows);
	const counts = new Int32Array(G * G);
	const valueBefore = new Float64Array(G * G);
	const valueAfter = new Float64Array(G * G);

	const goneAfter = options.includeGone ? options.goneAfterDays : Infinity;
	const codeBefore = groupingBefore.code;
	const codeAfter = groupingAfter.code;
	const indexBefore = before.indexByCode;
	for (let r = 0; r < after.count; r++) {
		const b = indexBefore[after.customerCode[r]];
		beforeEntry[r] = b;
		afterEntry[r] = r;
		const from = b < 0 ? fresh : before.recencyDays[b] > goneAfter ? gone : codeBefore[b];
		const to = after.recencyDays[r] > goneAfter ? gone : codeAfter[r];
		fromCode[r] = from;
		toCode[r] = to;
		const cell = from * G + to;
		counts[cell]++;
		if (b >= 0) valueBefore[cell] += before.value[b];
		valueAfter[cell] += after.value[r];
	}
	for (let m = 0; m < missing.length; m++) {
		const r = after.count + m;
		const b = missing[m];
		beforeEntry[r] = b;
		afterEntry[r] = -1;
		const from = before.recencyDays[b] > goneAfter ? gone : codeBefore[b];
		fromCode[r] = from;
		toCode[r] = noOrders;
		counts[from * G + noOrders]++;
		valueBefore[from * G + noOrders] += before.value[b];
	}

	const critical = new Uint8Array(G * G);
	const indexOfSlug = new Map(groups.map((g, k) => [g.slug, k]));
	for (const [fromSlug, toSlug] of options.criticalDowngrades) {
		const from = indexOfSlug.get(fromSlug);
		const to = indexOfSlug.get(toSlug);
		if (from !== undefined && to !== undefined && from !== to) critical[from * G + to] = 1;
	}

	const familyIndices = Array.from({ length: family }, (_, k) => k);
	const withGone = options.includeGone ? [...familyIndices, gone] : familyIndices;
	return {
		options,
		before,
		after,
		groups,
		fromGroups: [...withGone, fresh],
		toGroups: missing.length > 0 ? [...withGone, noOrders] : withGone,
		rows,
		beforeEntry,
		afterEntry,
		fromCode,
		toCode,
		counts,
		valueBefore,
		valueAfter,
		critical,
		referenceBefore: groupingBefore.reference,
		referenceAfter: groupingAfter.reference
	};
}

/** The group index of a slug, or −1. */
export function groupIndexOf(result: MovementResult, slug: string): number {
	return result.groups.findIndex((g) => g.slug === slug);
}

/**
 * Rows (see `MovementResult.rows`) in the cell from → to, in row order; either side may be null
 * for "any" (a whole row or column of the matrix, or every customer).
 */
export function listCellRows(
	result: MovementResult,
	from: number | null,
	to: number | null
): Int32Array {
	const G = result.groups.length;
	let size = 0;
	if (from !== null && to !== null) size = result.counts[from * G + to];
	else {
		for (let f = 0; f < G; f++) {
			for (let t = 0; t < G; t++) {
				if ((from === null || f === from) && (to === null || t === to)) {
					size += result.counts[f * G + t];
				}
			}
		}
	}
	const out = new Int32Array(size);
	let k = 0;
	for (let r = 0; r < result.rows; r++) {
		if (
			(from === null || result.fromCode[r] === from) &&
			(to === null || result.toCode[r] === to)
		) {
			out[k++] = r;
		}
	}
	return out;
}
