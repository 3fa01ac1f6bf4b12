/**
 * Order-level rules of a format preset (Shopify), applied after the row loop on the columnar
 * table: the order's discount and refunded amount spread over its lines in proportion to their
 * amounts, and a cancelled order turned into a return in full (a negative copy of each line, so
 * that the order's lines sum to zero with negative lines — `DOMAIN.md`'s "bought and cancelled").
 */
import type { DictColumn, OrdersTable } from '../engine/tables/orders-table';

/** Order-level values noted while the rows stream in, indexed by order code. */
export class OrderLevelValues {
	/** The order's discount amount (first non-empty value seen), NaN = none. */
	readonly discount: number[] = [];
	readonly refund: number[] = [];
	readonly cancelled: boolean[] = [];
	/** Σ line discounts already taken off the order's lines. */
	readonly lineDiscounts: number[] = [];

	note(order: number, discount: number, refund: number, cancelled: boolean, lineDiscount: number) {
		const unset = (value: number | undefined) => value === undefined || Number.isNaN(value);
		if (unset(this.discount[order])) this.discount[order] = discount;
		if (unset(this.refund[order])) this.refund[order] = refund;
		if (cancelled) this.cancelled[order] = true;
		this.lineDiscounts[order] = (this.lineDiscounts[order] ?? 0) + lineDiscount;
	}
}

/** What the post-pass changed, for the report. */
export interface AdjustmentCounts {
	/** Negative copies of the lines of cancelled orders. */
	addedReturnLines: number;
	cancelledOrders: number;
	/** Orders whose discount or refund was spread over their lines. */
	spreadOrders: number;
}

/**
 * Applies the order-level rules to `table` (its amounts change in place; cancelled orders' return
 * lines are appended, so the table returned may be a new one). With `returns: 'ignore'` cancelled
 * orders get no return lines.
 */
export function applyOrderLevelValues(
	table: OrdersTable,
	values: OrderLevelValues,
	returns: 'net' | 'ignore'
): { table: OrdersTable; counts: AdjustmentCounts } {
	const n = table.rowCount;
	const order = table.order.codes;
	const amount = table.amount;
	const orders = table.order.values.length;
	const gross = new Float64Array(orders);
	const lines = new Int32Array(orders);
	for (let i = 0; i < n; i++) {
		gross[order[i]] += amount[i];
		lines[order[i]]++;
	}
	// What is taken off each order: the discount beyond its lines' own, and its refund (a cancelled
	// order's refund is the cancellation itself, returned in full below).
	const spread = new Float64Array(orders);
	let spreadOrders = 0;
	let cancelledOrders = 0;
	for (let o = 0; o < orders; o++) {
		const discount = values.discount[o];
		const extraDiscount =
			discount === discount && discount !== undefined
				? Math.max(0, discount - (values.lineDiscounts[o] ?? 0))
				: 0;
		const refund = values.refund[o];
		const cancelled = values.cancelled[o] === true;
		if (cancelled) cancelledOrders++;
		spread[o] =
			extraDiscount + (!cancelled && refund === refund && refund !== undefined ? refund : 0);
		if (spread[o] !== 0) spreadOrders++;
	}
	for (let i = 0; i < n; i++) {
		const o = order[i];
		if (spread[o] === 0) continue;
		const share = gross[o] > 0 ? amount[i] / gross[o] : 1 / lines[o];
		const adjusted = amount[i] - spread[o] * share;
		// A line spread down to zero is zero, not −1e-17 (which would make its order a return).
		amount[i] = Math.abs(adjusted) < 1e-9 * Math.max(1, Math.abs(gross[o])) ? 0 : adjusted;
	}
	const counts: AdjustmentCounts = { addedReturnLines: 0, cancelledOrders, spreadOrders };
	if (cancelledOrders === 0 || returns === 'ignore') return { table, counts };

	const copies: number[] = [];
	for (let i = 0; i < n; i++) if (values.cancelled[order[i]] === true) copies.push(i);
	counts.addedReturnLines = copies.length;
	const m = n + copies.length;
	const extend = <T extends Int32Array | Float64Array | Uint8Array>(
		column: T,
		copy: (value: number) => number = (value) => value
	): T => {
		const out = new (column.constructor as new (length: number) => T)(m);
		out.set(column);
		copies.forEach((i, k) => (out[n + k] = copy(column[i])));
		return out;
	};
	const dict = (column: DictColumn | null): DictColumn | null =>
		column ? { codes: extend(column.codes), values: column.values } : null;
	const negate = (value: number) => (value === 0 ? 0 : -Math.abs(value));
	return {
		table: {
			...table,
			rowCount: m,
			customer: { codes: extend(table.customer.codes), values: table.customer.values },
			order: { codes: extend(table.order.codes), values: table.order.values },
			day: extend(table.day),
			amount: extend(table.amount, negate),
			quantity: table.quantity ? extend(table.quantity, negate) : null,
			cost: table.cost ? extend(table.cost, negate) : null,
			discounted: table.discounted ? extend(table.discounted) : null,
			product: dict(table.product),
			category: dict(table.category),
			channel: dict(table.channel)
		},
		counts
	};
}
