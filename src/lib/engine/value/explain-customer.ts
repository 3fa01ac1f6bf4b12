/**
 * One customer's detail for the Value view: rank and class, every feature of the customer table
 * as a raw value with a format kind (the page formats it), and their orders with lines per order.
 */
import type { OrdersTable } from '../tables/orders-table';
import type { ValueComputation } from './compute-value';

/**
 * How the page shows a feature's value: `money` (2 decimals), `count` (whole number), `number`
 * (up to 2 decimals), `days` (a number of days), `share` (0–1 as a percentage), `date` (an epoch
 * day), `text` (as it is).
 */
export type DetailKind = 'money' | 'count' | 'number' | 'days' | 'share' | 'date' | 'text';

/** The customer table's features the detail lists, by key (the page words them by key). */
export type DetailKey =
	| 'rank'
	| 'ranked'
	| 'valueClass'
	| 'netRevenue'
	| 'netProfit'
	| 'returnedValue'
	| 'orders'
	| 'lines'
	| 'units'
	| 'averageOrderValue'
	| 'averageUnitPrice'
	| 'firstOrder'
	| 'lastOrder'
	| 'recency'
	| 'tenure'
	| 'meanGap'
	| 'gapCv'
	| 'discountShare'
	| 'categoryCount'
	| 'topCategory'
	| 'topCategoryShare'
	| 'mainChannel'
	| 'topMonthShare'
	| 'topMonth';

/** Why a value is missing, by code: the optional column it needs, or one order only. */
export type MissingCause = 'cost' | 'quantity' | 'discount' | 'category' | 'channel' | 'oneOrder';

export interface DetailFeature {
	/** The feature's key; null for a customers-file attribute (then `label` is the column's name). */
	key: DetailKey | null;
	label: string;
	/** The raw value: a number for every kind but `text`; null when undefined for this customer
	 * or not in the data (then `missing` says why, or it is shown as "—"). */
	value: number | string | null;
	kind: DetailKind;
	/** Why `value` is null, in words (e.g. "needs a cost column"); null otherwise. */
	missing: string | null;
	/** The same reason by code, for the page to word; null when `missing` is. */
	missingCause: MissingCause | null;
}

export interface CustomerDetail {
	id: string;
	features: DetailFeature[];
	orders: { orderId: string; day: number; amount: number; lines: number }[];
}

const MISSING_TEXT: Record<MissingCause, string> = {
	cost: 'needs a cost column',
	quantity: 'needs a quantity column',
	discount: 'needs a discount column',
	category: 'needs a category column',
	channel: 'needs a channel column',
	oneOrder: 'one order only'
};

/** A numeric feature: NaN and ±Infinity become null (never sent as NaN). */
const num = (
	key: DetailKey | null,
	label: string,
	kind: DetailKind,
	value: number,
	cause: MissingCause | null = null
): DetailFeature => {
	const finite = Number.isFinite(value);
	return {
		key,
		label,
		value: finite ? value : null,
		kind,
		missing: finite || !cause ? null : MISSING_TEXT[cause],
		missingCause: finite ? null : cause
	};
};

/** A feature whose value is absent for a reason: null, with the reason in words and by code. */
const absent = (
	key: DetailKey,
	label: string,
	kind: DetailKind,
	cause: MissingCause
): DetailFeature => ({
	key,
	label,
	value: null,
	kind,
	missing: MISSING_TEXT[cause],
	missingCause: cause
});

/** A feature that needs an optional column: null with the reason when the column is absent. */
function needs(
	key: DetailKey,
	label: string,
	kind: DetailKind,
	column: ArrayLike<number> | null,
	index: number,
	cause: MissingCause
): DetailFeature {
	return column ? num(key, label, kind, column[index]) : absent(key, label, kind, cause);
}

/** One customer's features and orders (with lines per order), for the detail dialog. */
export function explainCustomer(
	computation: ValueComputation,
	table: OrdersTable,
	customerId: string
): CustomerDetail {
	const { customers, pareto } = computation;
	const index = customers.ids.indexOf(customerId);
	if (index < 0) throw new RangeError(`No customer “${customerId}” in the customer table.`);
	const code = customers.customerCode[index];
	const linesPerOrder = new Map<number, number>();
	const { customer, order } = table;
	for (let line = 0; line < table.rowCount; line++) {
		if (customer.codes[line] === code) {
			const orderCode = order.codes[line];
			linesPerOrder.set(orderCode, (linesPerOrder.get(orderCode) ?? 0) + 1);
		}
	}
	const orders: CustomerDetail['orders'] = [];
	for (let k = customers.orderStart[index]; k < customers.orderStart[index + 1]; k++) {
		orders.push({
			orderId: order.values[customers.orderCode[k]],
			day: customers.orderDay[k],
			amount: customers.orderValue[k],
			lines: linesPerOrder.get(customers.orderCode[k]) ?? 0
		});
	}
	const text = (
		key: DetailKey | null,
		label: string,
		value: string | null,
		cause: MissingCause | null
	): DetailFeature =>
		value === null && cause
			? absent(key as DetailKey, label, 'text', cause)
			: { key, label, value, kind: 'text', missing: null, missingCause: null };
	const topCategory =
		customers.topCategory && table.category
			? (table.category.values[customers.topCategory[index]] ?? null)
			: null;
	const features: DetailFeature[] = [
		num('rank', 'Rank by value', 'count', pareto.order.indexOf(index) + 1),
		num('ranked', 'Customers ranked', 'count', customers.count),
		text('valueClass', 'Value class', 'ABC'[pareto.abc[index]] ?? null, null),
		num('netRevenue', 'Net revenue', 'money', customers.netRevenue[index]),
		needs('netProfit', 'Net profit', 'money', customers.profit, index, 'cost'),
		num('returnedValue', 'Returned value', 'money', customers.returnedValue[index]),
		num('orders', 'Orders', 'count', customers.orders[index]),
		num('lines', 'Lines', 'count', customers.lines[index]),
		needs('units', 'Units', 'number', customers.units, index, 'quantity'),
		num('averageOrderValue', 'Average order value', 'money', customers.averageOrderValue[index]),
		needs(
			'averageUnitPrice',
			'Average unit price',
			'money',
			customers.averageUnitPrice,
			index,
			'quantity'
		),
		num('firstOrder', 'First order', 'date', customers.firstOrderDay[index]),
		num('lastOrder', 'Last order', 'date', customers.lastOrderDay[index]),
		num('recency', 'Recency', 'days', customers.recencyDays[index]),
		num('tenure', 'Tenure', 'days', customers.tenureDays[index]),
		num('meanGap', 'Mean gap between orders', 'days', customers.meanGapDays[index], 'oneOrder'),
		num('gapCv', 'Gap variation (CV)', 'number', customers.gapCv[index]),
		needs(
			'discountShare',
			'Discounted orders',
			'share',
			customers.discountShare,
			index,
			'discount'
		),
		needs(
			'categoryCount',
			'Categories bought',
			'count',
			customers.categoryCount,
			index,
			'category'
		),
		text('topCategory', 'Top category', topCategory, 'category'),
		customers.categoryConcentration && table.category
			? num(
					'topCategoryShare',
					'Top category share of spend',
					'share',
					customers.categoryConcentration[index]
				)
			: absent('topCategoryShare', 'Top category share of spend', 'share', 'category'),
		text(
			'mainChannel',
			'Main channel',
			customers.topChannel && table.channel
				? (table.channel.values[customers.topChannel[index]] ?? null)
				: null,
			'channel'
		),
		num('topMonthShare', 'Orders in top month', 'share', customers.seasonality[index]),
		num('topMonth', 'Top month', 'count', customers.topMonth[index])
	];
	for (const column of customers.attributes) {
		features.push(
			column.kind === 'numeric'
				? num(null, column.name, 'number', column.values[index])
				: text(null, column.name, column.values[column.codes[index]] ?? null, null)
		);
	}
	return { id: customerId, features, orders };
}
