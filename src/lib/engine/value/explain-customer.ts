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

export interface DetailFeature {
	label: string;
	/** The raw value: a number for every kind but `text`; null when undefined for this customer
	 * or not in the data (then `missing` says why, or it is shown as "—"). */
	value: number | string | null;
	kind: DetailKind;
	/** Why `value` is null, in words (e.g. "needs a cost column"); null otherwise. */
	missing: string | null;
}

export interface CustomerDetail {
	id: string;
	features: DetailFeature[];
	orders: { orderId: string; day: number; amount: number; lines: number }[];
}

/** A numeric feature: NaN and ±Infinity become null (never sent as NaN). */
const num = (
	label: string,
	kind: DetailKind,
	value: number,
	missing: string | null = null
): DetailFeature => ({
	label,
	value: Number.isFinite(value) ? value : null,
	kind,
	missing: Number.isFinite(value) ? null : missing
});

/** A feature that needs an optional column: null with the reason when the column is absent. */
function needs(
	label: string,
	kind: DetailKind,
	column: ArrayLike<number> | null,
	index: number,
	columnName: string
): DetailFeature {
	return column
		? num(label, kind, column[index])
		: { label, value: null, kind, missing: `needs a ${columnName} column` };
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
	const text = (label: string, value: string | null, missing: string | null): DetailFeature => ({
		label,
		value,
		kind: 'text',
		missing: value === null ? missing : null
	});
	const topCategory =
		customers.topCategory && table.category
			? (table.category.values[customers.topCategory[index]] ?? null)
			: null;
	const features: DetailFeature[] = [
		num('Rank by value', 'count', pareto.order.indexOf(index) + 1),
		num('Customers ranked', 'count', customers.count),
		text('Value class', 'ABC'[pareto.abc[index]] ?? null, null),
		num('Net revenue', 'money', customers.netRevenue[index]),
		needs('Net profit', 'money', customers.profit, index, 'cost'),
		num('Returned value', 'money', customers.returnedValue[index]),
		num('Orders', 'count', customers.orders[index]),
		num('Lines', 'count', customers.lines[index]),
		needs('Units', 'number', customers.units, index, 'quantity'),
		num('Average order value', 'money', customers.averageOrderValue[index]),
		needs('Average unit price', 'money', customers.averageUnitPrice, index, 'quantity'),
		num('First order', 'date', customers.firstOrderDay[index]),
		num('Last order', 'date', customers.lastOrderDay[index]),
		num('Recency', 'days', customers.recencyDays[index]),
		num('Tenure', 'days', customers.tenureDays[index]),
		num('Mean gap between orders', 'days', customers.meanGapDays[index], 'one order only'),
		num('Gap variation (CV)', 'number', customers.gapCv[index]),
		needs('Discounted orders', 'share', customers.discountShare, index, 'discount'),
		needs('Categories bought', 'count', customers.categoryCount, index, 'category'),
		text('Top category', topCategory, 'needs a category column'),
		customers.categoryConcentration && table.category
			? num('Top category share of spend', 'share', customers.categoryConcentration[index])
			: {
					label: 'Top category share of spend',
					value: null,
					kind: 'share',
					missing: 'needs a category column'
				},
		text(
			'Main channel',
			customers.topChannel && table.channel
				? (table.channel.values[customers.topChannel[index]] ?? null)
				: null,
			'needs a channel column'
		),
		num('Orders in top month', 'share', customers.seasonality[index]),
		num('Top month', 'count', customers.topMonth[index])
	];
	for (const column of customers.attributes) {
		features.push(
			column.kind === 'numeric'
				? num(column.name, 'number', column.values[index])
				: text(column.name, column.values[column.codes[index]] ?? null, null)
		);
	}
	return { id: customerId, features, orders };
}
